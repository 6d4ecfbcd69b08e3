// Actors: the paged list (search by code prefix or alias), one actor, and an actor's relations
// (counterparts, event types, events per month, latest articles) for the actor page.
import { type Kysely, sql } from 'kysely';
import { foldName } from '../article-rows.js';
import type { Database } from '../schema.js';
import type { ActorFilter, ActorRelations, Page, StoredActor, TimelineBucket } from '../types.js';
import { eventsOfArticle, toArticleSummary } from './articles.js';
import { CursorError, clampLimit, decodeCursor, encodeCursor, num } from './page.js';
import { addQuad } from './timeline.js';

/** "RUS" / "RUSGOV" look like codes (prefix match); anything else is a name or alias. */
/** "RUS" / "RUSGOV" look like codes (prefix match); anything else is a name or alias. */
const CODE_LIKE = /^[A-Z][A-Z0-9]{2,}$/;

// ---- reading ---------------------------------------------------------------------------------

/** Ids of actors a filter term names: a code prefix (RUS → RUSGOV, RUSMIL), a global id, or a name or alias. */
export function actorIdsFor(db: Kysely<Database>, term: string) {
  const norm = foldName(term);
  return db
    .selectFrom('actors')
    .select('id')
    .where((eb) => {
      const ors = [
        eb('id', '=', term),
        eb('id', 'in', eb.selectFrom('actor_aliases').select('actor_id').where('alias_norm', '=', norm)),
      ];
      // A range rather than LIKE 'RUS%': both dialects answer it from the index on code.
      if (CODE_LIKE.test(term)) ors.push(eb.and([eb('code', '>=', term), eb('code', '<', prefixEnd(term))]));
      return eb.or(ors);
    });
}

/** The smallest string above every string that starts with prefix ('RUS' → 'RUT'). */
function prefixEnd(prefix: string): string {
  return prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
}

export async function aliasesOf(db: Kysely<Database>, ids: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (ids.length === 0) return out;
  const rows = await db
    .selectFrom('actor_aliases')
    .select(['actor_id', 'alias'])
    .where('actor_id', 'in', ids)
    .execute();
  for (const r of rows) {
    const list = out.get(r.actor_id) ?? [];
    if (!list.includes(r.alias)) list.push(r.alias);
    out.set(r.actor_id, list);
  }
  return out;
}

export function toStoredActor(r: Database['actors'], aliases: string[]): StoredActor {
  return {
    id: r.id,
    name: r.name,
    name_en: r.name_en,
    code: r.code,
    country: r.country,
    sector: r.sector,
    wikidata: r.wikidata,
    roles: JSON.parse(r.roles) as string[],
    aliases,
    events: num(r.num_events),
    articles: num(r.num_articles),
  };
}

export async function listActors(db: Kysely<Database>, filter: ActorFilter): Promise<Page<StoredActor>> {
  const limit = clampLimit(filter.limit);
  const offset = filter.cursor ? Number(decodeCursor(filter.cursor)[0]) : 0;
  if (!Number.isInteger(offset) || offset < 0)
    throw new CursorError('cursor: not a cursor from a previous page');
  let q = db.selectFrom('actors').selectAll();
  if (filter.q) {
    const norm = foldName(filter.q);
    q = q.where((eb) =>
      eb.or([
        eb('code', 'like', `${filter.q?.toUpperCase()}%`),
        eb(
          'id',
          'in',
          eb
            .selectFrom('actor_aliases')
            .select('actor_id')
            .where('alias_norm', 'like', `%${norm.replace(/[%_]/g, '')}%`),
        ),
      ]),
    );
  }
  const rows = await q
    .orderBy('num_events', 'desc')
    .orderBy('id')
    .limit(limit + 1)
    .offset(offset)
    .execute();
  const page = rows.slice(0, limit);
  const aliases = await aliasesOf(
    db,
    page.map((r) => r.id),
  );
  return {
    items: page.map((r) => toStoredActor(r, aliases.get(r.id) ?? [])),
    next: rows.length > limit ? encodeCursor([offset + limit]) : null,
  };
}

export async function getActor(db: Kysely<Database>, id: string): Promise<StoredActor | null> {
  const r = await db.selectFrom('actors').selectAll().where('id', '=', id).executeTakeFirst();
  if (!r) return null;
  return toStoredActor(r, (await aliasesOf(db, [id])).get(id) ?? []);
}

export async function actorRelations(
  db: Kysely<Database>,
  actorId: string,
  range: { since?: string; until?: string },
): Promise<ActorRelations | null> {
  const actor = await getActor(db, actorId);
  if (!actor) return null;
  const inRange = <T extends { where: (...a: never[]) => T }>(qb: T, col: string): T => {
    let out = qb;
    // biome-ignore lint/suspicious/noExplicitAny: a column of the joined tables
    if (range.since) out = (out as any).where(col, '>=', range.since);
    // biome-ignore lint/suspicious/noExplicitAny: as above
    if (range.until) out = (out as any).where(col, '<=', range.until);
    return out;
  };
  const counterpartRows = await inRange(
    db
      .selectFrom('event_actors as me')
      .innerJoin('event_actors as other', 'other.event_id', 'me.event_id')
      .innerJoin('events as e', 'e.id', 'me.event_id')
      .select('other.actor_id')
      .select(sql<number>`count(distinct e.id)`.as('n'))
      .select(sql<number>`count(distinct case when e.quad <= 2 then e.id end)`.as('coop'))
      .select(sql<number>`count(distinct case when e.quad >= 3 then e.id end)`.as('conf'))
      .where('me.actor_id', '=', actorId)
      .where('me.role', '!=', 'reported_by')
      .where('other.role', '!=', 'reported_by')
      .where('other.actor_id', '!=', actorId),
    'e.day',
  )
    .groupBy('other.actor_id')
    .orderBy('n', 'desc')
    .limit(50)
    .execute();
  const others = counterpartRows.length
    ? await db
        .selectFrom('actors')
        .selectAll()
        .where(
          'id',
          'in',
          counterpartRows.map((r) => r.actor_id),
        )
        .execute()
    : [];
  const otherAliases = await aliasesOf(
    db,
    others.map((o) => o.id),
  );
  const otherById = new Map(others.map((o) => [o.id, toStoredActor(o, otherAliases.get(o.id) ?? [])]));

  const mine = () =>
    inRange(
      db
        .selectFrom('event_actors as me')
        .innerJoin('events as e', 'e.id', 'me.event_id')
        .where('me.actor_id', '=', actorId)
        .where('me.role', '!=', 'reported_by'),
      'e.day',
    );
  // One pass over the actor's events gives both the event types and the months.
  const myEvents = await mine().select(['e.id', 'e.type', 'e.quad', 'e.day']).execute();
  const seen = new Set<string>();
  const typeCounts = new Map<string, number>();
  const months = new Map<string, TimelineBucket>();
  for (const r of myEvents) {
    if (seen.has(r.id)) continue; // actor and recipient of one event
    seen.add(r.id);
    typeCounts.set(r.type, (typeCounts.get(r.type) ?? 0) + 1);
    if (r.day.startsWith('0000')) continue;
    const period = `${r.day.slice(0, 7)}-01`;
    let b = months.get(period);
    if (!b) {
      b = { period, quad1: 0, quad2: 0, quad3: 0, quad4: 0 };
      months.set(period, b);
    }
    addQuad(b, num(r.quad), 1);
  }
  const typeRows = [...typeCounts]
    .map(([type, n]) => ({ type, n }))
    .sort((a, b) => b.n - a.n || (a.type < b.type ? -1 : 1));
  // The actor's latest articles straight off the index (actor_id, published, seq): the 20 first
  // entries, not a sort of every article that names the actor (tens of thousands for a country).
  let latest = db
    .selectFrom('article_actors')
    .select('article_id')
    .where('actor_id', '=', actorId)
    .orderBy('published', 'desc')
    .orderBy('seq', 'desc')
    .limit(20);
  if (range.since) latest = latest.where('published', '>=', range.since);
  if (range.until) latest = latest.where('published', '<=', range.until).where('published', '!=', '');
  const latestIds = (await latest.execute()).map((r) => r.article_id);
  const articleRows = latestIds.length
    ? await db
        .selectFrom('articles as a')
        .select(['a.id', 'a.title', 'a.url', 'a.source', 'a.published', 'a.seq'])
        .select(eventsOfArticle)
        .where('a.id', 'in', latestIds)
        .orderBy(sql`coalesce(a.published, '')`, 'desc')
        .orderBy('a.seq', 'desc')
        .execute()
    : [];
  return {
    actor,
    counterparts: counterpartRows
      .filter((r) => otherById.has(r.actor_id))
      .map((r) => ({
        actor: otherById.get(r.actor_id) as StoredActor,
        events: num(r.n),
        cooperation: num(r.coop),
        conflict: num(r.conf),
      })),
    types: typeRows.map((r) => ({ type: r.type, events: num(r.n) })),
    over_time: [...months.values()].sort((a, b) => (a.period < b.period ? -1 : 1)),
    articles: articleRows.map(toArticleSummary),
  };
}
