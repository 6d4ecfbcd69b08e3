// RSS 2.0, RSS 1.0 (RDF) and Atom feeds through fast-xml-parser: one article per item or entry.
import { XMLParser } from 'fast-xml-parser';
import type { ArticleInput } from '../../read/article.js';
import type { ReadItem } from './types.js';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  processEntities: true,
});

export const asList = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** Text of a node that may be a string, a number or {#text}. */
export function textOf(v: unknown): string | null {
  if (v == null) return null;
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'object' && '#text' in (v as object))
    return textOf((v as Record<string, unknown>)['#text']);
  return null;
}

export function isoDay(v: unknown): string | null {
  const s = textOf(v);
  if (!s) return null;
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

export function atomLink(v: unknown): string | null {
  for (const l of asList(v as unknown[])) {
    if (typeof l === 'string') return l;
    const o = l as Record<string, string>;
    if (!o['@rel'] || o['@rel'] === 'alternate') return o['@href'] ?? null;
  }
  return null;
}

function article(
  id: string,
  title: string | null,
  url: string | null,
  body: string | null,
  published: string | null,
): ArticleInput | null {
  if (!body || body.trim() === '') return null;
  // Feed bodies are usually HTML fragments: Readability's fallback turns them into text lines.
  const input: ArticleInput = { id, title, url, published };
  if (/<[a-z][\s\S]*>/i.test(body)) input.html = body;
  else input.text = body;
  return input;
}

export function* readFeed(file: string, xml: string): Generator<ReadItem> {
  let doc: Record<string, unknown>;
  try {
    doc = parser.parse(xml, true) as Record<string, unknown>;
  } catch (e) {
    const err = e as { message?: string; line?: number };
    yield {
      kind: 'reject',
      origin: err.line ? { file, line: err.line } : { file },
      reason: `broken XML: ${(err.message ?? String(e)).split('\n')[0]}`,
    };
    return;
  }
  const rss = doc.rss as { channel?: { item?: unknown } } | undefined;
  const rdf = doc['rdf:RDF'] as { item?: unknown } | undefined;
  const feed = doc.feed as { entry?: unknown } | undefined;
  const items = rss ? asList(rss.channel?.item) : rdf ? asList(rdf.item) : feed ? asList(feed.entry) : null;
  if (items === null) {
    yield { kind: 'reject', origin: { file }, reason: 'not an RSS or Atom feed' };
    return;
  }
  for (let i = 0; i < items.length; i++) {
    const it = items[i] as Record<string, unknown>;
    const origin = { file, item: i };
    const url = feed ? atomLink(it.link) : textOf(it.link);
    const body = feed
      ? (textOf(it.content) ?? textOf(it.summary))
      : (textOf(it['content:encoded']) ?? textOf(it.description));
    const id = textOf(feed ? it.id : it.guid) ?? url ?? `${file}#${i}`;
    const published = isoDay(it.pubDate ?? it.published ?? it.updated ?? it['dc:date']);
    const input = article(id, textOf(it.title), url, body, published);
    if (input) yield { kind: 'article', origin, input };
    else yield { kind: 'reject', origin, reason: 'feed item without content or description' };
  }
}
