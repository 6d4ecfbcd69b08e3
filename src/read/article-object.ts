// The one validator of an article object as users give it: a line of `extract --input jsonl`, an item
// of an ingested .json/.jsonl file, or the JSON body of POST /api/extract and /api/articles. It
// accepts both layouts the faces accept: the `extract` layout {id?, title?, text?, paragraphs?,
// html?, published?, url?, source?} and the Fars archive's {title, abstract, paragraphs[], link}
// whose id and date are in the link (./fars.ts). Unknown fields are ignored (the server's schema
// refuses them before this runs). A bad object throws an ArticleError whose one-line message and
// `field` name the field to blame.
//
// The text: `html` when it has content; else `abstract` and `paragraphs` joined by newlines (blank
// ones dropped); else `text`; else `abstract` alone. An object with none of them is refused.
import type { ArticleInput } from './article.js';
import { ArticleError, validatePublished } from './article.js';
import { farsNewsId, farsPublished } from './fars.js';

const STRING_FIELDS = ['title', 'text', 'html', 'published', 'url', 'source', 'abstract', 'link'] as const;

export interface ArticleDefaults {
  /** The id of an object without one (and without a Fars link); absent leaves the id unset. */
  id?: string;
  /** The publication day of an object without one (`extract --published`). */
  published?: string | null;
}

const hasContent = (s: string | null): s is string => s !== null && s.trim() !== '';

export function readArticleObject(value: unknown, defaults: ArticleDefaults = {}): ArticleInput {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new ArticleError('not a JSON object', 'body');
  const o = value as Record<string, unknown>;
  if (o.id != null && typeof o.id !== 'string' && typeof o.id !== 'number')
    throw new ArticleError('field "id" must be a string', 'id');
  for (const f of STRING_FIELDS) {
    if (o[f] != null && typeof o[f] !== 'string') throw new ArticleError(`field "${f}" must be a string`, f);
  }
  if (
    o.paragraphs != null &&
    !(Array.isArray(o.paragraphs) && o.paragraphs.every((p) => typeof p === 'string'))
  )
    throw new ArticleError('field "paragraphs" must be a list of strings', 'paragraphs');
  const str = (f: (typeof STRING_FIELDS)[number]) => (typeof o[f] === 'string' ? (o[f] as string) : null);
  const paragraphs = (o.paragraphs as string[] | null | undefined) ?? null;
  const abstract = str('abstract');
  const html = str('html');
  let text = str('text');
  if (paragraphs) text = [abstract, ...paragraphs].filter(hasContent).join('\n');
  else if (text === null) text = abstract;
  if (!hasContent(html) && !hasContent(text))
    throw new ArticleError('no text: none of "text", "paragraphs", "abstract", "html" has content', 'text');
  const url = str('url') ?? str('link');
  const newsId = farsNewsId(url);
  const published = str('published') ?? defaults.published ?? farsPublished(newsId);
  validatePublished(published);
  const input: ArticleInput = {
    title: str('title'),
    url,
    source: str('source'),
    published,
  };
  const id = o.id != null ? String(o.id) : newsId ? `fars-${newsId}` : defaults.id;
  if (id !== undefined) input.id = id;
  if (hasContent(html)) input.html = html;
  else input.text = text;
  return input;
}
