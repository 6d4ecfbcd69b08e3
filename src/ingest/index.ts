// `rasad ingest` as a library call: files, directories and globs → articles → the store. Into the
// embedded store (or PostgreSQL with queue: false) articles are extracted here, in a worker-thread
// pool, and saved one batch per transaction; into PostgreSQL by default they are queued for
// `rasad worker`s. Either way each batch commits whole, so an ingest killed at any moment and run
// again ends with every article stored exactly once (idempotent by content hash).
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { errorLine, UserError } from '../errors.js';
import type { ArticleInput } from '../read/article.js';
import { ArticleError, articleText } from '../read/article.js';
import { contentHash } from '../store/content-hash.js';
import { openStore } from '../store/index.js';
import type { JobQueue, SaveItem, SaveSummary, WritableStore } from '../store/types.js';
import { expandPaths, type PathProblem } from './expand-paths.js';
import { createExtractor, defaultThreads, type Extractor } from './extract-pool.js';
import { createProgress, type Progress } from './progress.js';
import { readFileItems } from './readers/index.js';
import type { Origin, ReadItem } from './readers/types.js';
import { RejectsFile } from './rejects.js';

export interface IngestSummary {
  ingested: number;
  duplicates: number;
  rejected: number;
  rejectsFile: string | null;
  /** Of `ingested`, how many were queued for workers rather than stored (PostgreSQL). */
  queued?: number;
}

export interface IngestOptions {
  db: string;
  progress?: boolean;
  /** Articles per transaction. */
  batchSize?: number;
  /** Extraction threads; 0 extracts in this thread. */
  threads?: number;
  /** Where rejected inputs go (default ./rasad-rejects-<time>.jsonl, created only if needed). */
  rejects?: string;
  /** PostgreSQL only: false extracts here and stores directly instead of queueing for workers. */
  queue?: boolean;
  /** Told of each named path that cannot be read (missing, a dangling link, a FIFO …). */
  onProblem?: (problem: PathProblem) => void;
}

export const DEFAULT_BATCH = 200;

/** Batches read and handed to extraction while earlier ones wait to be saved. */
const SAVES_AHEAD = 2;

/** An article read, converted to plain text and hashed: ready to extract or to queue. */
export interface PlainArticle {
  origin: Origin;
  input: ArticleInput;
  original: string;
  hash: string;
}

const withoutNul = (s: string) => (s.includes('\u0000') ? s.replaceAll('\u0000', '') : s);

/** ArticleInput → the plain article extraction takes (HTML read once, here), or why it is rejected. */
export function toPlain(origin: Origin, input: ArticleInput): PlainArticle | string {
  let read: ReturnType<typeof articleText>;
  try {
    read = articleText(input);
  } catch (e) {
    if (e instanceof ArticleError) return e.message;
    return `cannot read the article: ${errorLine(e)}`;
  }
  // NUL is never content, and PostgreSQL cannot store it in text.
  const text = withoutNul(read.text);
  if (text.trim() === '') return 'no text in the article';
  const { meta } = read;
  return {
    origin,
    input: {
      id: withoutNul(meta.id),
      title: meta.title && withoutNul(meta.title),
      text,
      url: meta.url && withoutNul(meta.url),
      source: meta.source && withoutNul(meta.source),
      published: meta.published,
    },
    original: text,
    hash: contentHash(meta.title, text),
  };
}

/** Reads every file in turn, yielding articles and rejects in input order. */
async function* readAll(files: string[], progress: Progress): AsyncGenerator<ReadItem> {
  let before = 0;
  for (const file of files) {
    let size = 0;
    try {
      size = statSync(file).size;
    } catch {
      // the reader reports it
    }
    yield* readFileItems(file, (bytes) => progress.bytes(before + bytes));
    before += size;
    progress.bytes(before);
  }
}

interface Sink {
  /** Takes one batch; may return before it is durably written, but never more than SAVES_AHEAD batches behind. */
  write(batch: PlainArticle[]): Promise<void>;
  /** Waits for everything written to be committed. */
  drain(): Promise<void>;
}

interface Counts {
  ingested: number;
  duplicates: number;
}

/** Extract here, save one transaction per batch; extraction of the next batch overlaps the save of this one. */
function storeSink(
  store: WritableStore,
  extractor: Extractor,
  rejects: RejectsFile,
  counts: Counts,
  progress: Progress,
): Sink {
  let inflight: Promise<void> = Promise.resolve();
  // Saves still to finish, oldest first: reading and extraction run up to SAVES_AHEAD batches ahead
  // of the writer, so the extraction threads are not idle while it commits.
  const pending: Promise<void>[] = [];
  return {
    async write(batch) {
      const known = await store.knownHashes(batch.map((a) => a.hash));
      const seen = new Set<string>();
      const todo: PlainArticle[] = [];
      for (const a of batch) {
        if (known.has(a.hash) || seen.has(a.hash)) counts.duplicates++;
        else {
          seen.add(a.hash);
          todo.push(a);
        }
      }
      const outcomes = extractor.extractAll(todo.map((a) => a.input));
      const previous = inflight;
      inflight = (async () => {
        const [done] = await Promise.all([outcomes, previous]);
        const items = [];
        for (let i = 0; i < todo.length; i++) {
          const o = done[i];
          if (!o.ok) rejects.write(todo[i].origin, o.reason);
          else
            items.push({
              origin: todo[i].origin,
              result: o.result,
              original: todo[i].original,
              content_hash: todo[i].hash,
              signature: o.signature,
              search: o.search,
              layers: o.layers,
            });
        }
        const saved = await saveOrRejectEach(store, items, rejects);
        counts.ingested += saved.ingested;
        counts.duplicates += saved.duplicates;
        progress.articles(saved.ingested);
      })();
      // A failure surfaces from a later write or drain; never as an unhandled rejection.
      inflight.catch(() => {});
      pending.push(inflight);
      if (pending.length > SAVES_AHEAD) await pending.shift();
    },
    drain: () => inflight,
  };
}

/**
 * Saves a batch in one transaction. If the store refuses it while the database still answers, one
 * article poisons it: each is then saved in its own transaction, and the refused ones are rejected
 * with their reason, so the rest go in (and a rerun does not stop at the same place again).
 */
export async function saveOrRejectEach(
  store: WritableStore,
  items: Array<SaveItem & { origin: Origin }>,
  rejects: RejectsFile,
): Promise<SaveSummary> {
  try {
    return await store.saveArticles(items);
  } catch (e) {
    if (!(await store.isReachable())) throw e;
  }
  const total: SaveSummary = { ingested: 0, duplicates: 0 };
  for (const item of items) {
    try {
      const one = await store.saveArticles([item]);
      total.ingested += one.ingested;
      total.duplicates += one.duplicates;
    } catch (e) {
      if (!(await store.isReachable())) throw e;
      rejects.write(item.origin, `cannot store the article: ${errorLine(e)}`);
    }
  }
  return total;
}

/** PostgreSQL: queue what is neither stored nor queued; workers do the rest. */
function queueSink(store: WritableStore, queue: JobQueue, counts: Counts, progress: Progress): Sink {
  return {
    async write(batch) {
      const known = await store.knownHashes(batch.map((a) => a.hash));
      const fresh = new Map<string, PlainArticle>();
      for (const a of batch) if (!known.has(a.hash) && !fresh.has(a.hash)) fresh.set(a.hash, a);
      const queued = await queue.enqueue(
        [...fresh.values()].map((a) => ({
          content_hash: a.hash,
          input: a.input,
          file: a.origin.file,
          line: a.origin.line ?? a.origin.item ?? null,
        })),
      );
      counts.ingested += queued;
      counts.duplicates += batch.length - queued;
      progress.articles(queued);
    },
    drain: async () => {},
  };
}

export async function ingestPaths(paths: string[], options: IngestOptions): Promise<IngestSummary> {
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH);
  const rejects = new RejectsFile(resolve(options.rejects ?? RejectsFile.defaultPath()));
  const { files, problems } = expandPaths(paths);
  for (const p of problems) {
    rejects.write({ file: p.file }, p.reason);
    options.onProblem?.(p);
  }
  // Nothing readable (a missing path, a dangling link, a FIFO): no store is opened, so none is created.
  if (files.length === 0)
    return { ingested: 0, duplicates: 0, rejected: rejects.count, rejectsFile: rejects.written };

  const store = await openStore(options.db);
  // A shared store (PostgreSQL) queues for workers unless told to store directly.
  const queue = options.queue !== false ? store.queue : null;
  const useQueue = queue !== null;
  let extractor: Extractor | null = null;
  const counts: Counts = { ingested: 0, duplicates: 0 };
  let totalBytes = 0;
  for (const f of files) {
    try {
      totalBytes += statSync(f).size;
    } catch {
      // reported by the reader
    }
  }
  const progress = createProgress(options.progress ?? false, totalBytes);
  try {
    let sink: Sink;
    if (queue) {
      await queue.ensure();
      sink = queueSink(store, queue, counts, progress);
    } else {
      extractor = createExtractor(options.threads ?? defaultThreads(totalBytes));
      sink = storeSink(store, extractor, rejects, counts, progress);
    }
    let batch: PlainArticle[] = [];
    for await (const item of readAll(files, progress)) {
      if (item.kind === 'reject') {
        rejects.write(item.origin, item.reason);
        continue;
      }
      const plain = toPlain(item.origin, item.input);
      if (typeof plain === 'string') {
        rejects.write(item.origin, plain);
        continue;
      }
      batch.push(plain);
      if (batch.length >= batchSize) {
        await sink.write(batch);
        batch = [];
      }
    }
    if (batch.length > 0) await sink.write(batch);
    await sink.drain();
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(
      `${store.describeError(e)}; committed batches are kept, run the same command again to resume`,
    );
  } finally {
    progress.stop();
    await extractor?.close().catch(() => {});
    await store.close().catch(() => {});
  }
  return {
    ingested: counts.ingested,
    duplicates: counts.duplicates,
    rejected: rejects.count,
    rejectsFile: rejects.written,
    ...(useQueue ? { queued: counts.ingested } : {}),
  };
}

/** The contract's summary line. */
export function summaryLine(s: IngestSummary): string {
  return `ingested ${s.ingested}, duplicates ${s.duplicates}, rejected ${s.rejected}`;
}
