// Articles: one article with its layers, the paged search, and the counts and hash look-ups ingest uses.
import { type Expression, type ExpressionBuilder, type Kysely, type SqlBool, sql } from 'kysely';
import type { LayersJson } from '../article-rows.js';
import type { Database } from '../schema.js';
import { queryTerms } from '../search-text.js';
import type { ArticleFilter, ArticleSummary, Page, StoredArticle } from '../types.js';
import { CursorError, clampLimit, decodeCursor, encodeCursor, num, type QueryContext } from './page.js';

/** The number of events an article (`articles as a`) reports, as the column `events`. */
/** The number of events an article (`articles as a`) reports, as the column `events`. */
export const eventsOfArticle = (eb: ExpressionBuilder<Database & { a: Database['articles'] }, 'a'>) =>
  eb
    .selectFrom('event_mentions as m')
    .select(sql<number>`count(distinct m.event_id)`.as('n'))
    .whereRef('m.article_id', '=', 'a.id')
    .as('events');

/** An article row with its event count, as lists show it (article search, an actor's articles). */
export function toArticleSummary(r: {
  id: string;
  title: string | null;
  url: string | null;
  source: string | null;
  published: string | null;
  events: unknown;
}): ArticleSummary {
  return {
    id: r.id,
    title: r.title,
    url: r.url,
    source: r.source,
    published: r.published,
    events: num(r.events),
  };
}

/** Which of these content hashes are stored already (ingest skips their extraction). */
export async function knownHashes(db: Kysely<Database>, hashes: string[]): Promise<Set<string>> {
  const known = new Set<string>();
  for (let i = 0; i < hashes.length; i += 5000) {
    const rows = await db
      .selectFrom('articles')
      .select('content_hash')
      .where('content_hash', 'in', hashes.slice(i, i + 5000))
      .execute();
    for (const r of rows) known.add(r.content_hash);
  }
  return known;
}

export async function countArticles(db: Kysely<Database>): Promise<number> {
  const r = await db
    .selectFrom('articles')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return num(r.n);
}

export async function countEvents(db: Kysely<Database>): Promise<number> {
  const r = await db
    .selectFrom('events')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return num(r.n);
}

export async function getArticle(db: Kysely<Database>, id: string): Promise<StoredArticle | null> {
  const r = await db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirst();
  if (!r) return null;
  const layers = JSON.parse(r.layers) as LayersJson;
  return {
    id: r.id,
    title: r.title,
    url: r.url,
    source: r.source,
    published: r.published,
    text: r.text,
    sentences: layers.sentences,
    entities: layers.entities,
    actors: layers.actors,
    dates: layers.dates,
    quotes: layers.quotes,
    events: layers.events,
    original: r.original,
    content_hash: r.content_hash,
    duplicate_of: r.duplicate_of,
    actor_ids: layers.actor_ids,
  };
}

export async function searchArticles(
  ctx: QueryContext,
  filter: ArticleFilter,
): Promise<Page<ArticleSummary>> {
  const limit = clampLimit(filter.limit);
  let q = ctx.db
    .selectFrom('articles as a')
    .select(['a.seq', 'a.id', 'a.title', 'a.url', 'a.source', 'a.published'])
    .select(eventsOfArticle);
  if (filter.q)
    q = q.where('a.seq', 'in', ctx.backend.matchingSeqs(queryTerms(filter.q)) as Expression<number>);
  if (filter.source) q = q.where('a.source', '=', filter.source);
  if (filter.since) q = q.where('a.published', '>=', filter.since);
  if (filter.until) q = q.where('a.published', '<=', filter.until);
  if (filter.cursor) {
    const [published, seq] = decodeCursor(filter.cursor);
    if (typeof published !== 'string' || typeof seq !== 'number')
      throw new CursorError('cursor: not a cursor from a previous page');
    q = q.where(
      (eb) =>
        eb.or([
          eb(sql`coalesce(a.published, '')`, '<', published),
          eb.and([eb(sql`coalesce(a.published, '')`, '=', published), eb('a.seq', '<', seq)]),
        ]) as Expression<SqlBool>,
    );
  }
  const rows = await q
    .orderBy(sql`coalesce(a.published, '')`, 'desc')
    .orderBy('a.seq', 'desc')
    .limit(limit + 1)
    .execute();
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: page.map(toArticleSummary),
    next: rows.length > limit && last ? encodeCursor([last.published ?? '', num(last.seq)]) : null,
  };
}
