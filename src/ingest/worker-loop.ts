// `rasad worker`: claim a batch of queued articles, extract them, and in ONE transaction store the
// results and mark the jobs done, until stopped. SIGINT/SIGTERM finish the current batch first.
// Nothing is lost silently: a job that fails (its article rejected by the extractor, a payload that is
// not an article, an article the store refuses, or a poison job given up after MAX_ATTEMPTS crashed
// attempts) is marked failed with its reason and written to the rejects file with its file and line.
import { resolve } from 'node:path';
import { errorLine, UserError } from '../errors.js';
import { openStore } from '../store/index.js';
import type { Claim, FailedJob, JobQueue, SaveItem, SaveSummary } from '../store/types.js';
import { createExtractor, defaultWorkerThreads } from './extract-pool.js';
import { RejectsFile } from './rejects.js';

/**
 * Articles a worker claims per transaction. Measured with 2 workers on 2 cores (10,000 articles):
 * 50 → 237–263 articles/s, 150 → 286–292, 200 → 275; fewer, larger commits until a batch's
 * extraction starts to leave the other worker's commits waiting.
 */
export const DEFAULT_WORKER_BATCH = 150;

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
  /** Where failed jobs go (default ./rasad-rejects-<time>.jsonl, as for ingest; created only if needed). */
  rejects?: string;
  signal?: AbortSignal;
  log?: (line: string) => void;
}

export interface WorkerSummary {
  batches: number;
  stored: number;
  duplicates: number;
  /** Jobs this worker marked failed (and wrote to the rejects file). */
  failed: number;
  rejectsFile: string | null;
}

interface Prepared {
  jobId: number;
  item: SaveItem;
}

/**
 * The batch's transaction failed while the server still answers: one article poisons it (the store
 * refuses it). Store each article in its own transaction so the rest go in, and fail the ones refused.
 */
async function commitOneByOne(
  store: { isReachable(): Promise<boolean> },
  queue: JobQueue,
  claimed: Claim,
  items: Prepared[],
  failures: FailedJob[],
): Promise<{ saved: SaveSummary; failed: FailedJob[] }> {
  const saved: SaveSummary = { ingested: 0, duplicates: 0 };
  const failed: FailedJob[] = [];
  const refused: FailedJob[] = [];
  for (const x of items) {
    const job = claimed.jobs.find((j) => j.id === x.jobId);
    if (!job) continue;
    const one: Claim = { token: claimed.token, jobs: [job], broken: [] };
    try {
      const r = await queue.commit(one, [x], []);
      saved.ingested += r.saved.ingested;
      saved.duplicates += r.saved.duplicates;
    } catch (e) {
      if (!(await store.isReachable())) throw e;
      refused.push({
        id: job.id,
        file: job.file,
        line: job.line,
        reason: `cannot store the article: ${errorLine(e)}`,
      });
    }
  }
  const r = await queue.commit(claimed, [], [...failures, ...refused]);
  failed.push(...r.failed);
  return { saved, failed };
}

export async function runWorker(options: WorkerOptions): Promise<WorkerSummary> {
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_WORKER_BATCH);
  const lease = Math.max(1, options.leaseSeconds ?? 120);
  const poll = (options.pollSeconds ?? 1) * 1000;
  const log = options.log ?? (() => {});
  const rejects = new RejectsFile(resolve(options.rejects ?? RejectsFile.defaultPath()), { append: true });
  const summary: WorkerSummary = { batches: 0, stored: 0, duplicates: 0, failed: 0, rejectsFile: null };
  const reject = (f: FailedJob) => {
    if (rejects.written === null) log(`failed jobs and their reasons go to ${rejects.path}`);
    rejects.write(
      { file: f.file ?? '(unknown)', ...(f.line !== null ? { line: f.line } : {}), job: f.id },
      f.reason,
    );
    log(`job ${f.id}${f.file ? ` (${f.file}${f.line !== null ? `:${f.line}` : ''})` : ''}: ${f.reason}`);
    summary.failed++;
  };
  // Only a shared store has a queue: the embedded one is refused before anything is opened.
  const store = await openStore(options.db, { queue: true });
  const queue = store.queue;
  if (!queue) {
    await store.close();
    throw new UserError('--db: a worker needs a shared PostgreSQL store (postgres://…)', 2);
  }
  const extractor = createExtractor(options.threads ?? defaultWorkerThreads());
  let claimed: Claim | null = null;
  try {
    await queue.ensure();
    while (!options.signal?.aborted) {
      for (const f of await queue.giveUpPoisoned()) reject(f);
      claimed = await queue.claim(batchSize, lease);
      const current = claimed;
      if (current.jobs.length === 0 && current.broken.length === 0) {
        claimed = null;
        if (options.once) break;
        if (options.exitWhenEmpty && (await queue.pendingCount()) === 0) break;
        await new Promise((r) => setTimeout(r, poll));
        continue;
      }
      const outcomes = await extractor.extractAll(current.jobs.map((j) => j.input));
      const items: Prepared[] = [];
      const failures: FailedJob[] = [...current.broken];
      current.jobs.forEach((job, i) => {
        const o = outcomes[i];
        if (o.ok)
          items.push({
            jobId: job.id,
            item: {
              result: o.result,
              original: job.input.text ?? '',
              content_hash: job.content_hash,
              signature: o.signature,
              search: o.search,
              layers: o.layers,
            },
          });
        else failures.push({ id: job.id, file: job.file, line: job.line, reason: o.reason });
      });
      let done: { saved: SaveSummary; failed: FailedJob[] };
      try {
        done = await queue.commit(current, items, failures);
      } catch (e) {
        if (!(await store.isReachable())) throw e;
        log(`batch refused (${errorLine(e)}); storing its articles one by one`);
        done = await commitOneByOne(store, queue, current, items, failures);
      }
      claimed = null;
      summary.batches++;
      summary.stored += done.saved.ingested;
      summary.duplicates += done.saved.duplicates;
      // Written once committed: a batch that did not commit is done again by whoever claims it next.
      for (const f of done.failed) reject(f);
      if (options.once) break;
    }
  } catch (e) {
    // Best effort: a poison job given up later says what went wrong on its last attempt.
    if (claimed) await queue.noteError(claimed, errorLine(e)).catch(() => {});
    if (e instanceof UserError) throw e;
    throw new UserError(
      `${store.describeError(e)}; unfinished jobs return to the queue when their lease runs out`,
    );
  } finally {
    summary.rejectsFile = rejects.written;
    await extractor.close().catch(() => {});
    await store.close().catch(() => {});
  }
  return summary;
}
