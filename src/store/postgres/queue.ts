// The job queue on PostgreSQL itself, so a deployment needs nothing but PostgreSQL: `rasad ingest`
// enqueues plain articles; `rasad worker`s claim batches with FOR UPDATE SKIP LOCKED under a lease.
// A job is marked done in the same transaction that stores its results, and only by the claim that
// still holds it (claim_token), so a worker killed mid-batch loses nothing and duplicates nothing:
// its lease runs out and another worker takes the jobs again.

import { randomUUID } from 'node:crypto';
import { type Kysely, sql, type Transaction } from 'kysely';
import { errorLine } from '../../errors.js';
import type { ArticleInput } from '../../read/article.js';
import type { Database } from '../schema.js';
import type { Claim, FailedJob, Job, NewJob } from '../types.js';

/** A job that failed this many times is left as failed (a poison article must not loop forever). */
export const MAX_ATTEMPTS = 3;

export type { Claim, FailedJob, Job } from '../types.js';

export async function ensureQueue(db: Kysely<Database>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(7263513)`.execute(trx);
    await sql`create table if not exists jobs (
      id bigserial primary key,
      content_hash text not null unique,
      payload text not null,
      file text,
      line integer,
      state text not null default 'queued',
      attempts integer not null default 0,
      lease_until timestamptz,
      claim_token text,
      error text
    )`.execute(trx);
    await sql`create index if not exists jobs_claimable on jobs (state, id) where state in ('queued', 'running')`.execute(
      trx,
    );
  });
}

/** Queues articles not stored or queued yet; returns how many were new. */
export async function enqueue(db: Kysely<Database>, jobs: NewJob[]): Promise<number> {
  if (jobs.length === 0) return 0;
  const rows = await db
    .insertInto('jobs')
    .values(
      jobs.map((j) => ({
        content_hash: j.content_hash,
        payload: JSON.stringify(j.input),
        file: j.file,
        line: j.line,
        state: 'queued',
        attempts: 0,
      })),
    )
    // A job that failed was never stored: queueing its article again retries it from scratch, so a
    // rerun never counts an article that is not in the store as a duplicate (issue 10).
    .onConflict((oc) =>
      oc
        .column('content_hash')
        .doUpdateSet((eb) => ({
          payload: eb.ref('excluded.payload'),
          file: eb.ref('excluded.file'),
          line: eb.ref('excluded.line'),
          state: 'queued',
          attempts: 0,
          lease_until: null,
          claim_token: null,
          error: null,
        }))
        .where('jobs.state', '=', 'failed'),
    )
    .returning('id')
    .execute();
  return rows.length;
}

/**
 * Claims up to `limit` jobs: queued ones, and running ones whose lease ran out (their worker died).
 * A job whose earlier claim died is claimed alone: one poison article that crashes its worker must
 * not take its batch-mates' attempts with it, so it is retried on its own, and only it is given up
 * after MAX_ATTEMPTS (issue 10). Only these lone attempts count: a batch whose worker died proves
 * nothing against any one of its jobs (a kill -9 or a slow worker's lapsed lease would otherwise use
 * up a good article's attempts).
 */
export async function claim(db: Kysely<Database>, limit: number, leaseSeconds: number): Promise<Claim> {
  const token = randomUUID();
  const retried = await claimWhere(db, token, 1, leaseSeconds, true);
  return retried.jobs.length + retried.broken.length > 0
    ? retried
    : claimWhere(db, token, limit, leaseSeconds, false);
}

async function claimWhere(
  db: Kysely<Database>,
  token: string,
  limit: number,
  leaseSeconds: number,
  retried: boolean,
): Promise<Claim> {
  const which = retried
    ? sql`(state = 'running' and lease_until < now()) or (state = 'queued' and attempts > 0)`
    : sql`state = 'queued' and attempts = 0`;
  const { rows } = await sql<{
    id: number;
    content_hash: string;
    payload: string;
    file: string | null;
    line: number | null;
  }>`
    update jobs set state = 'running', attempts = attempts + ${retried ? 1 : 0}, claim_token = ${token},
                    lease_until = now() + make_interval(secs => ${leaseSeconds})
    where id in (
      select id from jobs
      where (${which}) and attempts < ${MAX_ATTEMPTS}
      order by id
      limit ${limit}
      for update skip locked
    )
    returning id, content_hash, payload, file, line`.execute(db);
  const jobs: Job[] = [];
  const broken: FailedJob[] = [];
  for (const r of rows) {
    const id = Number(r.id);
    let input: unknown;
    try {
      input = JSON.parse(r.payload);
    } catch (e) {
      broken.push({ id, file: r.file, line: r.line, reason: `broken job payload: ${errorLine(e)}` });
      continue;
    }
    if (input === null || typeof input !== 'object' || Array.isArray(input))
      broken.push({ id, file: r.file, line: r.line, reason: 'broken job payload: not an article object' });
    else
      jobs.push({
        id,
        content_hash: r.content_hash,
        input: input as ArticleInput,
        file: r.file,
        line: r.line,
      });
  }
  jobs.sort((a, b) => a.id - b.id);
  return { token, jobs, broken };
}

/** Locks the claimed jobs this claim still holds; the rest were taken over after a lease ran out. */
export async function lockHeld(trx: Transaction<Database>, claimed: Claim): Promise<Set<number>> {
  const ids = [...claimed.jobs.map((j) => j.id), ...claimed.broken.map((j) => j.id)];
  if (ids.length === 0) return new Set();
  const rows = await trx
    .selectFrom('jobs')
    .select('id')
    .where('id', 'in', ids)
    .where('claim_token', '=', claimed.token)
    .where('state', '=', 'running')
    .forUpdate()
    .execute();
  return new Set(rows.map((r) => Number(r.id)));
}

export async function markDone(trx: Transaction<Database>, ids: number[]): Promise<void> {
  if (ids.length === 0) return;
  await trx
    .updateTable('jobs')
    .set({ state: 'done', lease_until: null, error: null })
    .where('id', 'in', ids)
    .execute();
}

export async function markFailed(
  trx: Transaction<Database>,
  failures: Array<{ id: number; reason: string }>,
): Promise<void> {
  for (const f of failures) {
    await trx
      .updateTable('jobs')
      .set({ state: 'failed', lease_until: null, error: f.reason })
      .where('id', '=', f.id)
      .execute();
  }
}

/**
 * Records why a claim's batch could not be finished (best effort, before the worker gives up on it), so
 * that a job given up after MAX_ATTEMPTS carries the last error rather than only "the worker stopped".
 */
export async function noteError(db: Kysely<Database>, claimed: Claim, reason: string): Promise<void> {
  await db
    .updateTable('jobs')
    .set({ error: reason })
    .where('claim_token', '=', claimed.token)
    .where('state', '=', 'running')
    .execute();
}

/**
 * Poison jobs: their last allowed attempt ran out its lease (the worker crashed, was killed, or kept
 * failing on them). Marks them failed and returns them. Each is returned to exactly one caller, since
 * a concurrent worker's UPDATE re-checks `state = 'running'` after the row lock and skips it.
 */
export async function giveUpPoisoned(db: Kysely<Database>): Promise<FailedJob[]> {
  const { rows } = await sql<{ id: number; file: string | null; line: number | null; error: string | null }>`
    update jobs set state = 'failed', lease_until = null,
                    error = ${`given up after ${MAX_ATTEMPTS} attempts: `} ||
                            coalesce(error, 'the worker stopped while processing it each time (crash or kill)')
    where state = 'running' and attempts >= ${MAX_ATTEMPTS} and lease_until < now()
    returning id, file, line, error`.execute(db);
  return rows
    .map((r) => ({ id: Number(r.id), file: r.file, line: r.line, reason: r.error ?? 'given up' }))
    .sort((a, b) => a.id - b.id);
}

/** Jobs still to do (queued, or running under a lease): a worker told to exit when empty waits for these. */
export async function pendingCount(db: Kysely<Database>): Promise<number> {
  const r = await db
    .selectFrom('jobs')
    .select((eb) => eb.fn.countAll().as('n'))
    // Running jobs on their last attempt count too: if their worker died, giveUpPoisoned fails them
    // (and a worker writes them to its rejects file) once their lease runs out.
    .where('state', 'in', ['queued', 'running'])
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function queueCounts(db: Kysely<Database>): Promise<Record<string, number>> {
  const rows = await db
    .selectFrom('jobs')
    .select(['state'])
    .select((eb) => eb.fn.countAll().as('n'))
    .groupBy('state')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.state, Number(r.n)]));
}
