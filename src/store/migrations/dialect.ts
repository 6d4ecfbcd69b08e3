// What a migration needs from its backend: the two places where the dialects' schemas differ (the
// auto-increment key and the full-text index) and a way to ask whether a column exists.
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

export interface DialectSchema {
  /** Adds the auto-increment `seq` key column in the dialect's own way. */
  serialType: 'integer' | 'serial';
  /** Creates the dialect's full-text index over articles. */
  createSearchIndex(db: Kysely<Database>): Promise<void>;
  /** Whether a table of this store has a column (migrations that add columns run once). */
  hasColumn(db: Kysely<Database>, table: string, column: string): Promise<boolean>;
}

/** The day events without a known date are filed under (never shown on a timeline). */
export const UNKNOWN_DAY = '0000-00-00';
