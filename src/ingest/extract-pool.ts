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

export function defaultThreads(): number {
  return Math.max(1, Math.min(availableParallelism(), 8));
}

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
