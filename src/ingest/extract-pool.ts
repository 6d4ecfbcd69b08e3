// Extraction in a pool of worker threads (piscina), or in this thread when threads = 0 or when the
// compiled worker file is absent (running from TypeScript sources under tsx or vitest).
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { ArticleInput } from '../read/article.js';
import { type ExtractOutcome, extractChunk } from './extract-task.js';

/** Articles per message to a worker: amortizes the structured-clone round trip. */
const CHUNK = 32;

export interface Extractor {
  readonly threads: number;
  extractAll(inputs: ArticleInput[]): Promise<ExtractOutcome[]>;
  close(): Promise<void>;
}

/**
 * Measured on 2 cores (docs/bench-store.md): the pool did not beat the main thread — each thread pays
 * ~1.5 s CPU to load the pipeline's lexicons and models and warms its own JIT, and the main thread's
 * share (read, hash, write) is a quarter of the work. So: the main thread on up to 3 cores and for
 * small inputs; from 4 cores, one thread per core but the one the main thread keeps.
 */
export function defaultThreads(inputBytes = Number.POSITIVE_INFINITY): number {
  const cores = availableParallelism();
  if (inputBytes < SMALL_INPUT_BYTES || cores < 4) return 0;
  return Math.min(cores - 1, 8);
}

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
  });
  return {
    threads,
    async extractAll(inputs) {
      const chunks: Promise<ExtractOutcome[]>[] = [];
      for (let i = 0; i < inputs.length; i += CHUNK) chunks.push(pool.run(inputs.slice(i, i + CHUNK)));
      return (await Promise.all(chunks)).flat();
    },
    close: () => pool.destroy(),
  };
}
