// The items of an RSS 2.0, RSS 1.0 (RDF) or Atom feed as `follow` needs them: the link to fetch, the
// title, the publication day and the feed's own summary. Parsed with fast-xml-parser, as ingest's
// feed reader does; here an item without content is fine (the page is fetched) but one without a link
// is not.
import { XMLParser } from 'fast-xml-parser';
import { asList, atomLink, isoDay, textOf } from '../ingest/readers/feed.js';

export interface FeedItem {
  /** Absolute URL of the item's page, without a fragment; null when the item has no usable link. */
  link: string | null;
  guid: string | null;
  title: string | null;
  /** ISO day. */
  published: string | null;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  processEntities: true,
});

/** A link made absolute against the feed's URL, http(s) only, fragment dropped. */
export function absoluteLink(link: string | null, base: string): string | null {
  if (!link) return null;
  try {
    const u = new URL(link.trim(), base);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    u.hash = '';
    return u.href;
  } catch {
    return null;
  }
}

/** The feed's items, or the reason the text is not a feed. */
export function feedItems(xml: string, base: string): FeedItem[] | { error: string } {
  let doc: Record<string, unknown>;
  try {
    doc = parser.parse(xml, true) as Record<string, unknown>;
  } catch (e) {
    return { error: `broken XML: ${((e as Error).message ?? String(e)).split('\n')[0]}` };
  }
  const rss = doc.rss as { channel?: { item?: unknown } } | undefined;
  const rdf = doc['rdf:RDF'] as { item?: unknown } | undefined;
  const atom = doc.feed as { entry?: unknown } | undefined;
  if (!rss && !rdf && !atom)
    return { error: doc.html ? 'an HTML page, not a feed' : 'not an RSS or Atom feed' };
  const raw = rss ? asList(rss.channel?.item) : rdf ? asList(rdf.item) : asList(atom?.entry);
  return raw.map((x) => {
    const it = (x ?? {}) as Record<string, unknown>;
    const link = atom
      ? atomLink(it.link)
      : (textOf(it.link) ?? (it['@rdf:about'] as string | undefined) ?? null);
    return {
      link: absoluteLink(link, base),
      guid: textOf(atom ? it.id : it.guid)?.trim() || null,
      title: textOf(it.title)?.trim() || null,
      published: isoDay(it.pubDate ?? it.published ?? it.updated ?? it['dc:date']),
    };
  });
}
