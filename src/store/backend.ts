// What one backend (sqlite/, postgres/) supplies beyond its Kysely dialect: the few places where the
// SQL differs. Everything else in the store is written once over Kysely.
import type { Expression, Kysely, Transaction } from 'kysely';
import type { DialectSchema } from './migrations/index.js';
import type { Database } from './schema.js';
import type { JobQueue, SaveItem, SaveSummary } from './types.js';
import type { PreparedItem } from './write/save-articles.js';

export type Db = Kysely<Database> | Transaction<Database>;

/** What one backend supplies beyond its Kysely dialect. */
export interface Backend extends DialectSchema {
  kind: 'sqlite' | 'postgres';
  /** Adds an article's folded text to the full-text index. */
  indexSearchText(db: Db, rows: Array<{ seq: number; body: string; parts: string }>): Promise<void>;
  /** An expression selecting the `seq` of articles that contain every term. */
  matchingSeqs(terms: string[]): Expression<unknown>;
  /** Runs fn in a transaction, retrying on the dialect's transient conflicts. */
  transaction<T>(db: Kysely<Database>, fn: (trx: Transaction<Database>) => Promise<T>): Promise<T>;
  /** Keeps two processes from migrating at once (PostgreSQL; SQLite's write lock does it already). */
  lockForMigration?(trx: Transaction<Database>): Promise<void>;
  /**
   * Fast path for a batch's inserts (SQLite): one cached prepared single-row statement per table,
   * run once per row on the transaction's own connection, instead of Kysely compiling a multi-row
   * INSERT (and SQLite parsing thousands of placeholders) per chunk. `suffix` is the ON CONFLICT
   * clause, if any. Returns, per row, the new rowid, or null when the row was skipped by a conflict.
   */
  insertRows?(table: string, rows: ReadonlyArray<object>, suffix: string): Array<number | null>;
  /** One line a user can act on for an error this backend threw (never a password, never a stack). */
  describeError(e: unknown, target: string): string;
  /** The backend's job queue for `rasad worker`s (PostgreSQL); absent when it has none. */
  jobQueue?(db: Kysely<Database>, store: Saver): JobQueue;
}

/** The store's transactional save, as the parts that save inside their own transaction use it. */
export interface Saver {
  prepare(batch: SaveItem[]): PreparedItem[];
  transaction<T>(fn: (trx: Transaction<Database>) => Promise<T>): Promise<T>;
  saveInTransaction(trx: Transaction<Database>, prepared: PreparedItem[]): Promise<SaveSummary>;
}
