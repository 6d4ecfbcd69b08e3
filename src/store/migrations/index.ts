// The migration runner: one file per schema version (v1.ts … vN.ts), each an `up` written once with
// Kysely's schema builder. Version 1 is all CREATE … IF NOT EXISTS and runs on every open; the store's
// version is kept in rasad_meta, and every later file whose version is above it runs once, in order.
// To change the schema: add vN+1.ts and list it below; never edit a version that has shipped.
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type { DialectSchema } from './dialect.js';
import * as v1 from './v1.js';
import * as v2 from './v2.js';
import * as v3 from './v3.js';
import * as v4 from './v4.js';
import * as v5 from './v5.js';
import * as v6 from './v6.js';

export { type DialectSchema, UNKNOWN_DAY } from './dialect.js';

interface Migration {
  version: number;
  up(db: Kysely<Database>, dialect: DialectSchema): Promise<void>;
}

/** Versions after the first, in order. */
const UPGRADES: readonly Migration[] = [v2, v3, v4, v5, v6];

export const SCHEMA_VERSION = UPGRADES[UPGRADES.length - 1].version;

/** The version rasad_meta records; a store made before version 2 has none and is version 1. */
async function storedVersion(db: Kysely<Database>): Promise<number> {
  await db.schema
    .createTable('rasad_meta')
    .ifNotExists()
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();
  const row = await db
    .selectFrom('rasad_meta')
    .select('value')
    .where('key', '=', 'schema_version')
    .executeTakeFirst();
  return row ? Number(row.value) : 1;
}

/** Creates or upgrades the schema (the caller holds the transaction and any migration lock). */
export async function migrate(db: Kysely<Database>, dialect: DialectSchema): Promise<void> {
  await v1.up(db, dialect);
  const version = await storedVersion(db);
  for (const m of UPGRADES) if (version < m.version) await m.up(db, dialect);
  if (version !== SCHEMA_VERSION) {
    await db
      .insertInto('rasad_meta')
      .values({ key: 'schema_version', value: String(SCHEMA_VERSION) })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: String(SCHEMA_VERSION) }))
      .execute();
  }
}
