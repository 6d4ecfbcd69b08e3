// Opens the store a --db value names: `postgres://…` (or postgresql://) → PostgreSQL, anything else
// → the embedded SQLite file at that path.
import { errorLine, UserError } from '../errors.js';
import type { KyselyStore } from './kysely-store.js';
import type { Store } from './types.js';

export const DEFAULT_DB = './rasad.db';

export function isPostgresUrl(db: string): boolean {
  return /^postgres(ql)?:\/\//i.test(db);
}

/** `--db` if given, else `$RASAD_DB`, else ./rasad.db. */
export function resolveDb(db: string | undefined): string {
  return db || process.env.RASAD_DB || DEFAULT_DB;
}

/** `./rasad.db` (or any path) → embedded SQLite; `postgres://…` → PostgreSQL. */
export async function openStore(db: string): Promise<Store> {
  return openKyselyStore(db);
}

/** The same, typed with the store's extra methods (ingest, exports). */
export async function openKyselyStore(db: string): Promise<KyselyStore> {
  if (isPostgresUrl(db)) {
    const { openPostgresStore } = await import('./postgres/index.js');
    return openPostgresStore(db);
  }
  const { openSqliteStore } = await import('./sqlite/index.js');
  try {
    return await openSqliteStore(db);
  } catch (e) {
    throw new UserError(`--db ${db}: cannot open the store: ${errorLine(e)}`);
  }
}

export type { Store } from './types.js';
