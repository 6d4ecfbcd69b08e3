// One posted article, in whichever content type it came, as the pipeline's ArticleInput.
import { createHash } from 'node:crypto';
import { ArticleError, type ArticleInput } from '../read/article.js';
import { readArticleObject } from '../read/article-object.js';
import { HttpError } from './errors.js';

export interface PostedArticle {
  input: ArticleInput;
  /** The article as received, kept by the store for audit. */
  original: string;
}

export function postedArticle(body: unknown, contentType: string | undefined): PostedArticle {
  if (typeof body === 'string') {
    if (body.trim() === '') throw new HttpError(400, 'the article is empty', 'body');
    const isHtml = (contentType ?? '').startsWith('text/html');
    return { input: isHtml ? { html: body } : { text: body }, original: body };
  }
  // The shared validator (src/read/article-object.ts): the same layouts and checks as the CLI and
  // ingest; its one-line error, naming the field, is the 400.
  let input: ArticleInput;
  try {
    input = readArticleObject(body ?? {});
  } catch (e) {
    if (e instanceof ArticleError) throw new HttpError(400, e.message, e.field);
    throw e;
  }
  return { input, original: input.html ?? input.text ?? '' };
}

/** A stable id for an article posted without one: the same text always gets the same id. */
export function contentId(original: string): string {
  return `post-${createHash('sha256').update(original, 'utf8').digest('hex').slice(0, 16)}`;
}

/** since after until is a malformed range: name `until`, the bound that contradicts the other. */
export function checkRange(range: { since?: string; until?: string }): void {
  if (range.since && range.until && range.since > range.until) {
    throw new HttpError(400, "'until' is before 'since'", 'until');
  }
}
