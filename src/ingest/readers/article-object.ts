// One JSON object (a JSONL line, a JSON-list item) → an ArticleInput, or the reason it is not one:
// the shared validator (src/read/article-object.ts), its error as the reject reason.

import type { ArticleInput } from '../../read/article.js';
import { ArticleError } from '../../read/article.js';
import { readArticleObject } from '../../read/article-object.js';

export function toArticleInput(value: unknown, fallbackId: string): ArticleInput | string {
  try {
    return readArticleObject(value, { id: fallbackId });
  } catch (e) {
    if (e instanceof ArticleError) return e.message;
    throw e;
  }
}
