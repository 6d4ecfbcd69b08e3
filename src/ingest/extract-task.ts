// What a worker thread does with one chunk of articles: extract each, and compute the MinHash
// signature for near-duplicate detection, its search text and stored layers, so the main thread
// only reads and writes.
import { extract } from '../pipeline.js';
import type { ArticleInput } from '../read/article.js';
import type { ExtractResult } from '../result.js';
import { layersOf } from '../store/article-rows.js';
import { minhash } from '../store/near-duplicate.js';
import { articleSearchText, type SearchText } from '../store/search-text.js';

export type ExtractOutcome =
  | { ok: true; result: ExtractResult; signature: Uint32Array | null; search: SearchText; layers: string }
  | { ok: false; reason: string };

export function extractOne(input: ArticleInput): ExtractOutcome {
  try {
    const result = extract(input);
    return {
      ok: true,
      result,
      signature: minhash(result.text),
      search: articleSearchText(result),
      layers: JSON.stringify(layersOf(result)),
    };
  } catch (e) {
    const reason = (e instanceof Error ? e.message : String(e)).split('\n')[0];
    return { ok: false, reason: `extractor rejected the article: ${reason}` };
  }
}

export function extractChunk(inputs: ArticleInput[]): ExtractOutcome[] {
  return inputs.map(extractOne);
}
