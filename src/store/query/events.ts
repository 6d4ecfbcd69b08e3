// Events: the filtered, paged list (`rasad query events`, GET /api/events) and every event for exports.
// Each filter picks its plan by how much it matches: a rare actor or word is looked up first, a
// common one is tested while walking events newest first (a page then comes after a few rows).
import { type Expression, type Kysely, sql } from 'kysely';
import type { Database } from '../schema.js';
import { queryTerms } from '../search-text.js';
import type { EventFilter, Page, StoredActor, StoredEvent } from '../types.js';
import { actorIdsFor, aliasesOf, toStoredActor } from './actors.js';
import { CursorError, clampLimit, decodeCursor, encodeCursor, num, type QueryContext } from './page.js';

function articleIdsMatching(ctx: QueryContext, q: string) {
  const terms = queryTerms(q);
  return ctx.db
    .selectFrom('articles')
    .select('id')
    .where('seq', 'in', ctx.backend.matchingSeqs(terms) as Expression<number>);
}

/** Whether these actors take part (in this role) in more than actorScanAbove events. */
async function manyEventsOf(ctx: QueryContext, ids: string[], role: 'actor' | 'recipient'): Promise<boolean> {
  const r = await ctx.db
    .selectFrom('event_actors')
    .select('event_id')
    .where('actor_id', 'in', ids)
    .where('role', '=', role)
    .offset(ctx.actorScanAbove)
    .limit(1)
    .executeTakeFirst();
  return r !== undefined;
}

/** Whether more than fullTextScanAbove articles contain every word of q (stops counting there). */
async function matchesMany(ctx: QueryContext, q: string): Promise<boolean> {
  const terms = queryTerms(q);
  if (terms.length === 0) return false;
  const r = await ctx.db
    .selectFrom('articles')
    .select('seq')
    .where('seq', 'in', ctx.backend.matchingSeqs(terms) as Expression<number>)
    .offset(ctx.fullTextScanAbove)
    .limit(1)
    .executeTakeFirst();
  return r !== undefined;
}

export async function queryEvents(ctx: QueryContext, filter: EventFilter): Promise<Page<StoredEvent>> {
  const limit = clampLimit(filter.limit);
  let q = ctx.db
    .selectFrom('events as e')
    .innerJoin('articles as a', 'a.id', 'e.article_id')
    .selectAll('e')
    .select(['a.url', 'a.source']);
  for (const role of ['actor', 'recipient'] as const) {
    const term = filter[role];
    if (!term) continue;
    // Resolved once: the actor ids a code prefix or a name stands for.
    const ids = (await actorIdsFor(ctx.db, term).execute()).map((r) => r.id);
    if (ids.length === 0) return { items: [], next: null };
    if (await manyEventsOf(ctx, ids, role)) {
      // A busy actor: walk events newest first and keep this actor's (a page after a few rows).
      q = q.where(({ exists, selectFrom }) =>
        exists(
          selectFrom('event_actors as fa')
            .select('fa.event_id')
            .whereRef('fa.event_id', '=', 'e.id')
            .where('fa.role', '=', role)
            .where('fa.actor_id', 'in', ids),
        ),
      );
    } else {
      q = q.where(
        'e.id',
        'in',
        ctx.db
          .selectFrom('event_actors')
          .select('event_id')
          .where('role', '=', role)
          .where('actor_id', 'in', ids),
      );
    }
  }
  if (filter.type) q = q.where('e.type', '=', filter.type.toUpperCase());
  if (filter.country) q = q.where('e.country', '=', filter.country.toUpperCase());
  if (filter.since) q = q.where('e.day', '>=', filter.since);
  if (filter.until) q = q.where('e.day', '<=', filter.until);
  if (filter.q) {
    if (await matchesMany(ctx, filter.q)) {
      // A common word: walk the events newest first and keep those reported by a matching article;
      // the first page is found after a few rows instead of collecting and sorting every event.
      const seqs = ctx.backend.matchingSeqs(queryTerms(filter.q)) as Expression<number>;
      q = q.where(({ exists, selectFrom }) =>
        exists(
          selectFrom('event_mentions as m')
            .select('m.event_id')
            .whereRef('m.event_id', '=', 'e.id')
            // Unary plus: SQLite must test membership in the (once computed) list, not loop over
            // the list probing the index for every mention (240 ms instead of 3 on a common word).
            // The mention's own article_seq (index event_id, article_seq): no articles lookup.
            .where(sql<number>`+${sql.ref('m.article_seq')}`, 'in', seqs),
        ),
      );
    } else {
      q = q.where(
        'e.id',
        'in',
        ctx.db
          .selectFrom('event_mentions')
          .select('event_id')
          .where('article_id', 'in', articleIdsMatching(ctx, filter.q)),
      );
    }
  }
  if (filter.cursor) {
    const [day, id] = decodeCursor(filter.cursor);
    if (typeof day !== 'string' || typeof id !== 'string')
      throw new CursorError('cursor: not a cursor from a previous page');
    q = q.where((eb) => eb.or([eb('e.day', '<', day), eb.and([eb('e.day', '=', day), eb('e.id', '>', id)])]));
  }
  const rows = await q
    .orderBy('e.day', 'desc')
    .orderBy('e.id', 'asc')
    .limit(limit + 1)
    .execute();
  const page = rows.slice(0, limit);
  const items = await hydrateEvents(ctx.db, page);
  const last = page[page.length - 1];
  return { items, next: rows.length > limit && last ? encodeCursor([last.day, last.id]) : null };
}

/** Every event, in a stable order, a page at a time (exports). */
export async function* allEvents(ctx: QueryContext, pageSize = 1000): AsyncGenerator<StoredEvent> {
  let cursor: string | null = null;
  do {
    const page = await queryEvents(ctx, { limit: pageSize, cursor });
    yield* page.items;
    cursor = page.next;
  } while (cursor);
}

async function hydrateEvents(
  db: Kysely<Database>,
  rows: Array<Database['events'] & { url: string | null; source: string | null }>,
): Promise<StoredEvent[]> {
  if (rows.length === 0) return [];
  const links = await db
    .selectFrom('event_actors as ea')
    .innerJoin('actors as a', 'a.id', 'ea.actor_id')
    .selectAll('a')
    .select(['ea.event_id', 'ea.role', 'ea.position'])
    .where(
      'ea.event_id',
      'in',
      rows.map((r) => r.id),
    )
    .execute();
  const aliases = await aliasesOf(db, [...new Set(links.map((l) => l.id))]);
  const byEvent = new Map<
    string,
    { actor: StoredActor[]; recipient: StoredActor[]; reported_by: StoredActor[] }
  >();
  links.sort((a, b) => a.position - b.position);
  for (const l of links) {
    const slot = byEvent.get(l.event_id) ?? { actor: [], recipient: [], reported_by: [] };
    byEvent.set(l.event_id, slot);
    const role = l.role as 'actor' | 'recipient' | 'reported_by';
    slot[role]?.push(toStoredActor(l, aliases.get(l.id) ?? []));
  }
  return rows.map((r) => {
    const slot = byEvent.get(r.id) ?? { actor: [], recipient: [], reported_by: [] };
    return {
      id: r.id,
      type: r.type as StoredEvent['type'],
      mode: r.mode,
      cameo: r.cameo,
      quad: num(r.quad) as StoredEvent['quad'],
      date: r.date,
      negated: num(r.negated) === 1,
      future: num(r.future) === 1,
      sentence: num(r.sentence),
      trigger: { start: num(r.trigger_start), end: num(r.trigger_end), text: r.trigger_text },
      confidence: Number(r.confidence),
      location: r.location ? (JSON.parse(r.location) as StoredEvent['location']) : null,
      article: r.article_id,
      actor: slot.actor,
      recipient: slot.recipient,
      reported_by: slot.reported_by,
      num_articles: num(r.num_articles),
      num_sources: num(r.num_sources),
      num_mentions: num(r.num_mentions),
      num_stories: num(r.num_stories),
      evidence: r.evidence,
      url: r.url,
      source: r.source,
      added_at: r.added_at,
    };
  });
}
