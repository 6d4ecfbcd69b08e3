// Extraction in a pool of worker threads (piscina), or in this thread when threads = 0 or when the
// compiled worker file is absent (running from TypeScript sources under tsx or vitest).
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { ArticleInput } from '../read/article.js';
import { type ExtractOutcome, extractChunk } from './extract-task.js';

/** Articles per message to a worker: amortizes the structured-clone round trip. */
const CHUNK = 16;

export interface Extractor {
  readonly threads: number;
  extractAll(inputs: ArticleInput[]): Promise<ExtractOutcome[]>;
  close(): Promise<void>;
}

/**
 * One core stays with the main thread, which reads, hashes and writes (about a quarter of the work
 * per article); the others extract. Each thread pays ~1.5 s CPU to load the pipeline's lexicons and
 * models, so small inputs are extracted in the main thread (docs/bench-store.md).
 */
export function defaultThreads(inputBytes = Number.POSITIVE_INFINITY): number {
  if (inputBytes < SMALL_INPUT_BYTES) return 0;
  return Math.max(1, Math.min(availableParallelism() - 1, 8));
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
