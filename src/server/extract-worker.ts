// A thread of the server's extraction pool (extract-pool.ts): one article in, its result or the reason
// it is refused out. Loads the lexicons and models once per thread, with the server's pipeline options.
import { workerData } from 'node:worker_threads';
import type { PipelineOptions } from '../doc.js';
import { extract } from '../pipeline.js';
import { ArticleError, type ArticleInput, ArticleTooLarge } from '../read/article.js';
import type { ExtractResult } from '../result.js';

export type ExtractReply =
  | { ok: true; result: ExtractResult }
  | { ok: false; message: string; field: string; tooLarge: boolean };

const pipeline: PipelineOptions = (workerData as { pipeline?: PipelineOptions } | null)?.pipeline ?? {};

export default function run(input: ArticleInput): ExtractReply {
  try {
    return { ok: true, result: extract(input, pipeline) };
  } catch (error) {
    if (error instanceof ArticleError)
      return {
        ok: false,
        message: error.message,
        field: error.field,
        tooLarge: error instanceof ArticleTooLarge,
      };
    throw error;
  }
}
