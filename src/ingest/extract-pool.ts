// Extraction in a pool of worker threads (piscina), or in this thread when threads = 0 or when the
// compiled worker file is absent (running from TypeScript sources under tsx or vitest).

import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { errorLine } from '../errors.js';
import { STAGE_BATCH } from '../pipeline.js';
import type { ArticleInput } from '../read/article.js';
import { type ExtractOutcome, extractChunk } from './extract-task.js';

/** Articles per message to a worker: amortizes the structured-clone round trip. */
const CHUNK = STAGE_BATCH;

export interface Extractor {
  readonly threads: number;
  extractAll(inputs: ArticleInput[]): Promise<ExtractOutcome[]>;
  close(): Promise<void>;
}

/**
 * Extraction threads `rasad ingest` starts by default. Measured on 2 cores (docs/bench-store.md,
 * `npm run bench ingest`): with extraction at ≈2.5 ms and the writer's share at ≈1.6 ms per article,
 * two threads beside the main thread beat the main thread alone (≈310 vs ≈270 articles/s over
 * 100,000 articles) although each thread pays ≈1.5 s CPU to load the lexicons and models; one
 * thread is slower than none. So: none for small inputs (the load costs more than it saves), one
 * per core on 2–3 cores (the main thread mostly waits), and from 4 cores one per core but the one
 * the main thread keeps busy writing.
 */
export function defaultThreads(inputBytes = Number.POSITIVE_INFINITY): number {
  const cores = availableParallelism();
  if (inputBytes < SMALL_INPUT_BYTES || cores < 2) return 0;
  return cores < 4 ? cores : Math.min(cores - 1, 8);
}

/**
 * Extraction threads a `rasad worker` starts by default: none below 4 cores. A worker extracts a
 * claimed batch and then commits it, so a thread only helps when there are cores to spare; on small
 * machines run one worker process per core instead.
 */
export function defaultWorkerThreads(): number {
  const cores = availableParallelism();
  return cores < 4 ? 0 : Math.min(cores - 1, 8);
}

/** Heap limit of an extraction thread (MB); $RASAD_WORKER_HEAP_MB overrides it. */
const WORKER_HEAP_MB = Number(process.env.RASAD_WORKER_HEAP_MB) || 768;

/** Below this much input (~250 articles) starting worker threads costs more than it saves. */
export const SMALL_INPUT_BYTES = 1 << 20;

export function createExtractor(threads: number = defaultThreads()): Extractor {
  const workerFile = fileURLToPath(new URL('./extract-worker.js', import.meta.url));
  if (threads <= 0 || !existsSync(workerFile)) {
    return {
      threads: 0,
      extractAll: async (inputs) => extractChunk(inputs),
      close: async () => {},
    };
  }
  const pool = new Piscina({
    filename: workerFile,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 60_000,
    // V8 grows an idle-rich isolate's heap lazily: uncapped, the two threads' heaps reached ≈1.3 GB
    // together in the first minute of a large ingest before their first full collection. A cap keeps
    // the process flat (≈0.8 GB) at no measured cost in speed (docs/bench-store.md).
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
  });
  /** One chunk; if its thread dies (out of memory on a huge article, a crash), each article alone. */
  const runChunk = async (chunk: ArticleInput[]): Promise<ExtractOutcome[]> => {
    try {
      return await pool.run(chunk);
    } catch (e) {
      if (chunk.length === 1) return [{ ok: false, reason: `extraction thread failed: ${errorLine(e)}` }];
      return (await Promise.all(chunk.map((a) => runChunk([a])))).flat();
    }
  };
  return {
    threads,
    async extractAll(inputs) {
      const chunks: Promise<ExtractOutcome[]>[] = [];
      for (let i = 0; i < inputs.length; i += CHUNK) chunks.push(runChunk(inputs.slice(i, i + CHUNK)));
      return (await Promise.all(chunks)).flat();
    },
    close: () => pool.destroy(),
  };
}
