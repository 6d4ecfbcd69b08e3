// One posted article, in whichever content type it came, as the pipeline's ArticleInput.
import { createHash } from 'node:crypto';
import type { ArticleInput } from '../read/article.js';
import { HttpError } from './errors.js';
import type { ArticleBody } from './schemas.js';

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
  const article = (body ?? {}) as ArticleBody;
  const original =
    article.html ?? article.text ?? (article.paragraphs ? article.paragraphs.join('\n') : null);
  if (original == null || original.trim() === '') {
    throw new HttpError(
      400,
      "one of 'text', 'html' or 'paragraphs' is required and must not be empty",
      'text',
    );
  }
  return { input: { ...article }, original };
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
