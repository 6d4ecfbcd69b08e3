// One JSON object (a JSONL line, a JSON-list item) → an ArticleInput, or the reason it is not one.
// Two layouts: the `extract --input jsonl` layout, and the Fars archive's {title, abstract,
// paragraphs[], link} whose date is in the link (see ../fars.ts).
import type { ArticleInput } from '../../read/article.js';
import { farsNewsId, farsPublished } from '../fars.js';

const STRING_FIELDS = [
  'id',
  'title',
  'text',
  'html',
  'published',
  'url',
  'source',
  'abstract',
  'link',
] as const;

export function toArticleInput(value: unknown, fallbackId: string): ArticleInput | string {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return 'not a JSON object';
  const o = value as Record<string, unknown>;
  for (const f of STRING_FIELDS) {
    const v = o[f];
    if (v !== undefined && v !== null && typeof v !== 'string' && !(f === 'id' && typeof v === 'number')) {
      return `field "${f}" must be a string`;
    }
  }
  if (
    o.paragraphs !== undefined &&
    o.paragraphs !== null &&
    !(Array.isArray(o.paragraphs) && o.paragraphs.every((p) => typeof p === 'string'))
  ) {
    return 'field "paragraphs" must be a list of strings';
  }
  const str = (f: string) => (typeof o[f] === 'string' ? (o[f] as string) : null);
  const paragraphs = (o.paragraphs as string[] | undefined) ?? null;
  const abstract = str('abstract');
  let text = str('text');
  if (text === null && paragraphs)
    text = [abstract, ...paragraphs].filter((p): p is string => !!p && p.trim() !== '').join('\n');
  else if (text === null && abstract) text = abstract;
  const html = str('html');
  if ((text === null || text.trim() === '') && (html === null || html.trim() === ''))
    return 'no text: none of "text", "paragraphs", "abstract", "html" has content';
  const url = str('url') ?? str('link');
  const newsId = farsNewsId(url);
  const id = o.id != null ? String(o.id) : newsId ? `fars-${newsId}` : fallbackId;
  const input: ArticleInput = {
    id,
    title: str('title'),
    url,
    source: str('source'),
    published: str('published') ?? farsPublished(newsId),
  };
  if (html !== null && (text === null || text.trim() === '')) input.html = html;
  else input.text = text;
  return input;
}
