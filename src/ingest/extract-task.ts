// What a worker thread does with one chunk of articles: extract them (stage by stage over the
// chunk, extractBatch), and compute each one's MinHash signature for near-duplicate detection, its
// search text and stored layers, so the main thread only reads and writes.
import { errorLine } from '../errors.js';
import { extractBatch, STAGE_BATCH } from '../pipeline.js';
import type { ArticleInput } from '../read/article.js';
import type { ExtractResult } from '../result.js';
import { layersOf } from '../store/article-rows.js';
import { minhash } from '../store/near-duplicate.js';
import { articleSearchText, type SearchText } from '../store/search-text.js';

export type ExtractOutcome =
  | { ok: true; result: ExtractResult; signature: Uint32Array | null; search: SearchText; layers: string }
  | { ok: false; reason: string };

function rejected(error: unknown): ExtractOutcome {
  return { ok: false, reason: `extractor rejected the article: ${errorLine(error)}` };
}

export function extractChunk(inputs: ArticleInput[]): ExtractOutcome[] {
  const out: ExtractOutcome[] = [];
  for (let i = 0; i < inputs.length; i += STAGE_BATCH) {
    for (const o of extractBatch(inputs.slice(i, i + STAGE_BATCH))) {
      if (!o.ok) {
        out.push(rejected(o.error));
        continue;
      }
      try {
        out.push({
          ok: true,
          result: o.result,
          signature: minhash(o.result.text),
          search: articleSearchText(o.result),
          layers: JSON.stringify(layersOf(o.result)),
        });
      } catch (e) {
        out.push(rejected(e));
      }
    }
  }
  return out;
}
