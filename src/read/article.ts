// Turns one article as users give it (the `extract --input jsonl` layout, a text file, an HTML page)
// into metadata and the plain text the pipeline repairs. HTML goes through Mozilla Readability over
// linkedom, so navigation, scripts and styles never reach the text.
import type { ArticleMeta } from '../doc.js';
import { ArticleError } from './article-error.js';
import { checkHtmlSize, checkTextSize } from './article-limits.js';
import { htmlToText, looksLikeHtml } from './html.js';

export interface ArticleInput {
  id?: string;
  title?: string | null;
  text?: string | null;
  paragraphs?: string[] | null;
  html?: string | null;
  published?: string | null;
  url?: string | null;
  source?: string | null;
  /** Fars-corpus style fields. */
  abstract?: string | null;
  link?: string | null;
}

export interface ArticleText {
  meta: ArticleMeta;
  text: string;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export { ArticleError, ArticleTooLarge } from './article-error.js';

export function validatePublished(published: string | null | undefined): string | null {
  if (published == null || published === '') return null;
  const day = published.slice(0, 10);
  if (!ISO_DAY.test(day) || Number.isNaN(Date.parse(`${day}T00:00:00Z`))) {
    throw new ArticleError(`published: not a YYYY-MM-DD date: ${JSON.stringify(published)}`, 'published');
  }
  return day;
}

export function articleText(input: ArticleInput): ArticleText {
  let title = input.title ?? null;
  let text: string;
  if (typeof input.html === 'string') {
    checkHtmlSize(input.html, 'html');
    const page = htmlToText(input.html);
    text = page.text;
    title = title ?? page.title;
  } else if (Array.isArray(input.paragraphs)) {
    text = input.paragraphs.filter((p) => typeof p === 'string').join('\n');
  } else if (typeof input.text === 'string') {
    if (looksLikeHtml(input.text)) {
      checkHtmlSize(input.text, 'text');
      const page = htmlToText(input.text);
      text = page.text;
      title = title ?? page.title;
    } else {
      text = input.text;
    }
  } else {
    text = '';
  }
  checkTextSize(text);
  const meta: ArticleMeta = {
    id: input.id ?? 'article',
    title,
    url: input.url ?? input.link ?? null,
    source: input.source ?? hostOf(input.url ?? input.link ?? null),
    published: validatePublished(input.published),
  };
  return { meta, text };
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}
