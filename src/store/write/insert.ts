// Inserts and count updates shared by the writers. Counts grow by what a batch inserts (a row that
// conflicted was stored already), always in key order so that concurrent writers cannot deadlock.
import { sql, type Transaction } from 'kysely';
import type { Backend, Db } from '../backend.js';
import { UNKNOWN_DAY } from '../migrations/index.js';
import type { Database } from '../schema.js';

export const now = () => new Date().toISOString();

/** Inserts rows in chunks that stay under both dialects' bound-parameter limits. */
export async function insertChunked<T extends keyof Database & string>(
  db: Db,
  table: T,
  rows: ReadonlyArray<object>,
  conflict: 'nothing' | null,
  backend?: Backend,
): Promise<void> {
  if (rows.length === 0) return;
  if (backend?.insertRows) {
    backend.insertRows(table, rows, conflict === 'nothing' ? 'on conflict do nothing' : '');
    return;
  }
  const cols = Object.keys(rows[0] as object).length;
  const size = Math.max(1, Math.floor(30000 / cols));
  for (let i = 0; i < rows.length; i += size) {
    const chunk = rows.slice(i, i + size);
    // biome-ignore lint/suspicious/noExplicitAny: rows are built per table above
    let q = db.insertInto(table).values(chunk as any);
    if (conflict === 'nothing') q = q.onConflict((oc) => oc.doNothing());
    await q.execute();
  }
}

/**
 * Inserts rows, skipping those whose key is stored already (or repeated in `rows`), and returns
 * the rows that were inserted.
 */
export async function insertNew<R extends object>(
  backend: Backend,
  trx: Transaction<Database>,
  table: keyof Database & string,
  rows: R[],
  key: Array<keyof R & string>,
): Promise<R[]> {
  const unique = new Map<string, R>();
  for (const r of rows) {
    const k = key.map((c) => String(r[c])).join('\u0000');
    if (!unique.has(k)) unique.set(k, r);
  }
  const list = [...unique.values()];
  if (list.length === 0) return [];
  if (backend.insertRows) {
    const rowids = backend.insertRows(table, list, 'on conflict do nothing');
    return list.filter((_, i) => rowids[i] != null);
  }
  const inserted = new Set<string>();
  const size = Math.max(1, Math.floor(30000 / Object.keys(list[0]).length));
  for (let i = 0; i < list.length; i += size) {
    const rows = await trx
      .insertInto(table)
      // biome-ignore lint/suspicious/noExplicitAny: rows are built per table by the caller
      .values(list.slice(i, i + size) as any)
      .onConflict((oc) => oc.doNothing())
      // biome-ignore lint/suspicious/noExplicitAny: the key columns of that table
      .returning(key as any)
      .execute();
    for (const r of rows as Array<Record<string, unknown>>)
      inserted.add(key.map((c) => String(r[c])).join('\u0000'));
  }
  return list.filter((r) => inserted.has(key.map((c) => String(r[c])).join('\u0000')));
}

/** `event|actor` for every actor or recipient these (already stored) events have. */
export async function participantPairs(db: Db, eventIds: string[]): Promise<Set<string>> {
  const pairs = new Set<string>();
  for (let i = 0; i < eventIds.length; i += 5000) {
    const rows = await db
      .selectFrom('event_actors')
      .select(['event_id', 'actor_id'])
      .where('event_id', 'in', eventIds.slice(i, i + 5000))
      .where('role', '!=', 'reported_by')
      .execute();
    for (const r of rows) pairs.add(`${r.event_id}|${r.actor_id}`);
  }
  return pairs;
}

/** Adds per-row increments to count columns, in id order (workers lock rows in one order). */
export async function addToCounts(
  trx: Transaction<Database>,
  table: 'events' | 'actors',
  columns: string[],
  counts: Counter,
): Promise<void> {
  const rows = counts.sorted();
  const size = Math.floor(30000 / (columns.length + 1));
  for (let i = 0; i < rows.length; i += size) {
    const values = rows.slice(i, i + size).map(([id, n]) => sql`(${sql.join([id, ...Array.from(n)])})`);
    // VALUES columns are column1, column2, … in both SQLite and PostgreSQL.
    const sets = columns.map(
      (c, k) =>
        sql`${sql.ref(c)} = ${sql.ref(`${table}.${c}`)} + cast(${sql.ref(`v.column${k + 2}`)} as integer)`,
    );
    await sql`update ${sql.table(table)} set ${sql.join(sets)} from (values ${sql.join(values)}) as v where ${sql.ref(`${table}.id`)} = v.column1`.execute(
      trx,
    );
  }
}

/** Adds newly stored events to the per-day counts (rows in key order: no deadlocks between workers). */
export async function addEventDays(
  trx: Transaction<Database>,
  added: Array<Database['events']>,
): Promise<void> {
  const counts = new Map<string, Database['event_days']>();
  for (const e of added) {
    if (e.day === UNKNOWN_DAY) continue;
    const key = `${e.day}|${e.quad}`;
    const c = counts.get(key);
    if (c) c.n++;
    else counts.set(key, { day: e.day, quad: e.quad, n: 1 });
  }
  const rows = [...counts.values()].sort((a, b) =>
    a.day < b.day ? -1 : a.day > b.day ? 1 : a.quad - b.quad,
  );
  for (let i = 0; i < rows.length; i += 2000) {
    await trx
      .insertInto('event_days')
      .values(rows.slice(i, i + 2000))
      .onConflict((oc) => oc.columns(['day', 'quad']).doUpdateSet({ n: sql`event_days.n + excluded.n` }))
      .execute();
  }
}

/** Per-id integer increments for a few count columns. */
export class Counter {
  private readonly rows = new Map<string, Int32Array>();
  constructor(private readonly width: number) {}
  add(id: string, column: number): void {
    let r = this.rows.get(id);
    if (!r) {
      r = new Int32Array(this.width);
      this.rows.set(id, r);
    }
    r[column]++;
  }
  sorted(): Array<[string, Int32Array]> {
    return [...this.rows.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  }
}
