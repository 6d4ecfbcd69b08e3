// Opens the store a --db value names: `postgres://…` (or postgresql://) → PostgreSQL, anything else
// → the embedded SQLite file at that path. This is the only place that tells the two apart: the faces
// (cli/, ingest/, follow/, server/) get a WritableStore and ask it (`kind`, `queue`, `describeError`).
import { existsSync } from 'node:fs';
import { errorLine, UserError } from '../errors.js';
import type { WritableStore } from './types.js';

export const DEFAULT_DB = './rasad.db';

function isPostgresUrl(db: string): boolean {
  return /^postgres(ql)?:\/\//i.test(db);
}

/** `--db` if given, else `$RASAD_DB`, else ./rasad.db. */
export function resolveDb(db: string | undefined): string {
  return db || process.env.RASAD_DB || DEFAULT_DB;
}

export interface OpenOptions {
  /** Refuse to create an embedded store that is not there yet (`rasad query`). */
  existing?: boolean;
  /** Refuse, before opening anything, a store without a job queue (`rasad worker`). */
  queue?: boolean;
}

/** `./rasad.db` (or any path) → embedded SQLite; `postgres://…` → PostgreSQL. Migrated on open. */
export async function openStore(db: string, options: OpenOptions = {}): Promise<WritableStore> {
  if (isPostgresUrl(db)) {
    const { openPostgresStore } = await import('./postgres/index.js');
    return openPostgresStore(db);
  }
  if (options.queue) throw new UserError('--db: a worker needs a shared PostgreSQL store (postgres://…)', 2);
  if (options.existing && !existsSync(db))
    throw new UserError(`--db ${db}: no such store (run \`rasad ingest\` first)`);
  const { openSqliteStore } = await import('./sqlite/index.js');
  try {
    return await openSqliteStore(db);
  } catch (e) {
    throw new UserError(`--db ${db}: cannot open the store: ${errorLine(e)}`);
  }
}

export { CursorError } from './query/page.js';
export type { Store, WritableStore } from './types.js';
