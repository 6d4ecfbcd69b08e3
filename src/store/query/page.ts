// Paging shared by every query: limits, opaque cursors, and what a query reads from.
import type { Kysely } from 'kysely';
import type { Backend } from '../backend.js';
import type { Database } from '../schema.js';

/** What the queries read from: the database, the backend's full-text search, and two plan thresholds. */
export interface QueryContext {
  readonly db: Kysely<Database>;
  readonly backend: Backend;
  /** Above this many matching articles, an event full-text filter walks events in date order. */
  fullTextScanAbove: number;
  /** Above this many events of the filtered actors, an actor filter walks events in date order. */
  actorScanAbove: number;
}

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 1000;

export const num = (v: unknown): number => (v == null ? 0 : Number(v));

export function encodeCursor(parts: Array<string | number>): string {
  return Buffer.from(JSON.stringify(parts)).toString('base64url');
}

export class CursorError extends Error {
  // By name, so that the server knows it after it crossed a thread (ThreadedReadStore).
  override name = 'CursorError';
}

export function decodeCursor(cursor: string): unknown[] {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(v)) return v;
  } catch {
    // fall through
  }
  throw new CursorError('cursor: not a cursor from a previous page');
}

export const clampLimit = (limit: number | undefined) =>
  Math.min(Math.max(1, Math.floor(limit ?? DEFAULT_LIMIT)), MAX_LIMIT);
