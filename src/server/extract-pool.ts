// Extraction for POST /api/extract and /api/articles, off the event loop: a bounded pool of worker
// threads (piscina) so that one article, however large or slow, never stalls the reads (issue 10).
// Bounded three ways: threads (CPU), a queue limit (memory: a full queue answers 503 with Retry-After
// at once instead of piling bodies up), and a time limit per request (a thread over it is terminated
// and replaced, and the client told 503).
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { PipelineOptions } from '../doc.js';
import type { ArticleInput } from '../read/article.js';
import type { ExtractResult } from '../result.js';
import { HttpError } from './errors.js';
import type { ExtractReply } from './extract-worker.js';

export interface ExtractPoolOptions {
  /** Extraction threads (default: one per core but one, at least one, at most four). */
  threads?: number;
  /** Requests that may wait for a thread beyond those running (default 4 per thread). */
  maxQueue?: number;
  /** Milliseconds a request may take, waiting included (default 30,000). */
  timeoutMs?: number;
  /** Start the threads now rather than on the first request (a server; tests stay lazy). */
  warm?: boolean;
  pipeline?: PipelineOptions;
}

export const DEFAULT_EXTRACT_TIMEOUT_MS = 30_000;

export function defaultExtractThreads(): number {
  return Math.max(1, Math.min(availableParallelism() - 1, 4));
}

/** The worker: compiled JavaScript beside this file, or the TypeScript source through tsx (tests). */
function workerFile(): { filename: string; execArgv: string[] } {
  if (!import.meta.url.endsWith('.ts'))
    return { filename: fileURLToPath(new URL('./extract-worker.js', import.meta.url)), execArgv: [] };
  return {
    filename: fileURLToPath(new URL('./extract-worker.ts', import.meta.url)),
    execArgv: ['--import', 'tsx'],
  };
}

export class ExtractPool {
  readonly threads: number;
  readonly maxQueue: number;
  readonly timeoutMs: number;
  private readonly pool: Piscina;
  /** Requests running or waiting. */
  private active = 0;

  constructor(options: ExtractPoolOptions = {}) {
    this.threads = Math.max(1, options.threads ?? defaultExtractThreads());
    this.maxQueue = Math.max(0, options.maxQueue ?? 4 * this.threads);
    this.timeoutMs = Math.max(1, options.timeoutMs ?? DEFAULT_EXTRACT_TIMEOUT_MS);
    const { filename, execArgv } = workerFile();
    this.pool = new Piscina({
      filename,
      execArgv,
      workerData: { pipeline: options.pipeline ?? {} },
      minThreads: options.warm ? this.threads : 0,
      maxThreads: this.threads,
      // Lexicons and models take a thread about 1.5 s to load: keep it once loaded.
      idleTimeout: 10 * 60_000,
      // Our own limit (below) answers 503; piscina's queue never refuses on its own.
      maxQueue: Number.POSITIVE_INFINITY,
    });
  }

  /** Seconds a refused client should wait: about one time limit's worth of the queue draining. */
  private retryAfter(): number {
    return Math.max(1, Math.ceil(this.timeoutMs / 1000));
  }

  /** Requests running or waiting now. */
  get load(): number {
    return this.active;
  }

  async extract(input: ArticleInput): Promise<ExtractResult> {
    if (this.active >= this.threads + this.maxQueue)
      throw new HttpError(503, 'the server is busy extracting; try again later', null, this.retryAfter());
    this.active++;
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), this.timeoutMs);
    try {
      const reply = (await this.pool.run(input, { signal: abort.signal })) as ExtractReply;
      if (reply.ok) return reply.result;
      throw new HttpError(reply.tooLarge ? 413 : 400, reply.message, reply.field);
    } catch (error) {
      if (abort.signal.aborted)
        throw new HttpError(
          503,
          `extraction did not finish within ${this.timeoutMs / 1000} s`,
          null,
          this.retryAfter(),
        );
      throw error;
    } finally {
      clearTimeout(timer);
      this.active--;
    }
  }

  close(): Promise<void> {
    return this.pool.destroy();
  }
}
