// `rasad worker`: claim a batch of queued articles, extract them, and in ONE transaction store the
// results and mark the jobs done, until stopped. SIGINT/SIGTERM finish the current batch first.
import { UserError } from '../errors.js';
import { isPostgresUrl, openKyselyStore } from '../store/index.js';
import type { SaveItem } from '../store/kysely-store.js';
import { describePgError } from '../store/postgres/index.js';
import { claim, ensureQueue, lockHeld, markDone, markFailed, pendingCount } from '../store/postgres/queue.js';
import { createExtractor, defaultThreads } from './extract-pool.js';

export interface WorkerOptions {
  db: string;
  batchSize?: number;
  /** Seconds a claim holds its jobs; a dead worker's jobs return to the queue after this. */
  leaseSeconds?: number;
  threads?: number;
  /** Exit once nothing is queued or running under a live lease. */
  exitWhenEmpty?: boolean;
  /** Process at most one batch. */
  once?: boolean;
  /** Seconds between polls of an empty queue. */
  pollSeconds?: number;
  signal?: AbortSignal;
  log?: (line: string) => void;
}

export interface WorkerSummary {
  batches: number;
  stored: number;
  duplicates: number;
  failed: number;
}

export async function runWorker(options: WorkerOptions): Promise<WorkerSummary> {
  if (!isPostgresUrl(options.db))
    throw new UserError('--db: a worker needs a shared PostgreSQL store (postgres://…)', 2);
  const batchSize = Math.max(1, options.batchSize ?? 50);
  const lease = Math.max(1, options.leaseSeconds ?? 120);
  const poll = (options.pollSeconds ?? 1) * 1000;
  const log = options.log ?? (() => {});
  const store = await openKyselyStore(options.db);
  const extractor = createExtractor(options.threads ?? defaultThreads());
  const summary: WorkerSummary = { batches: 0, stored: 0, duplicates: 0, failed: 0 };
  try {
    await ensureQueue(store.db);
    while (!options.signal?.aborted) {
      const claimed = await claim(store.db, batchSize, lease);
      if (claimed.jobs.length === 0) {
        if (options.once) break;
        if (options.exitWhenEmpty && (await pendingCount(store.db)) === 0) break;
        await new Promise((r) => setTimeout(r, poll));
        continue;
      }
      const outcomes = await extractor.extractAll(claimed.jobs.map((j) => j.input));
      const items: Array<{ jobId: number; item: SaveItem }> = [];
      const failures: Array<{ id: number; reason: string }> = [];
      claimed.jobs.forEach((job, i) => {
        const o = outcomes[i];
        if (o.ok)
          items.push({
            jobId: job.id,
            item: {
              result: o.result,
              original: job.input.text ?? '',
              content_hash: job.content_hash,
              signature: o.signature,
            },
          });
        else failures.push({ id: job.id, reason: o.reason });
      });
      const saved = await store.transaction(async (trx) => {
        const held = await lockHeld(trx, claimed);
        const mine = items.filter((x) => held.has(x.jobId));
        const result = await store.saveInTransaction(trx, store.prepare(mine.map((x) => x.item)));
        await markDone(
          trx,
          mine.map((x) => x.jobId),
        );
        await markFailed(
          trx,
          failures.filter((f) => held.has(f.id)),
        );
        return result;
      });
      summary.batches++;
      summary.stored += saved.ingested;
      summary.duplicates += saved.duplicates;
      summary.failed += failures.length;
      for (const f of failures) log(`job ${f.id}: ${f.reason}`);
      if (options.once) break;
    }
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(
      `${describePgError(e, options.db)}; unfinished jobs return to the queue when their lease runs out`,
    );
  } finally {
    await extractor.close().catch(() => {});
    await store.close().catch(() => {});
  }
  return summary;
}
