// The hard per-article caps (issue 10). Every stage is linear in its input, so these only bound the
// cost of one article: an article past a cap is rejected with a reason, never half-extracted, and
// never takes the memory or time of its batch-mates. Fars articles run 2–20 KB; the caps leave two
// orders of magnitude of room for long reports, transcripts and whole-book dumps.
import { ArticleTooLarge } from './article-error.js';

/** Characters of plain text (after HTML is read): about 400 pages of Persian. */
export const MAX_ARTICLE_CHARS = 1_000_000;
/** Characters of HTML given to the reader (pages carry markup, scripts and styles around the text). */
export const MAX_HTML_CHARS = 5_000_000;
/** Tokens after segmentation: the work the later stages do is linear in this. */
export const MAX_ARTICLE_TOKENS = 250_000;

function tooLarge(what: string, n: number, limit: number, field: string): ArticleTooLarge {
  return new ArticleTooLarge(
    `article too large: ${n.toLocaleString('en')} ${what} (the limit is ${limit.toLocaleString('en')})`,
    field,
  );
}

export function checkHtmlSize(html: string, field: string): void {
  if (html.length > MAX_HTML_CHARS) throw tooLarge('characters of HTML', html.length, MAX_HTML_CHARS, field);
}

export function checkTextSize(text: string, field = 'text'): void {
  if (text.length > MAX_ARTICLE_CHARS) throw tooLarge('characters', text.length, MAX_ARTICLE_CHARS, field);
}

export function checkTokenCount(tokens: number): void {
  if (tokens > MAX_ARTICLE_TOKENS) throw tooLarge('tokens', tokens, MAX_ARTICLE_TOKENS, 'text');
}
