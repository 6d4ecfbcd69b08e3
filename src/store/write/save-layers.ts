// The layers of newly stored articles (rows made by layer-rows.ts) written, and the counts they add
// to (events, actors, per-day). Counts grow only by the rows a batch inserts.
import { sql, type Transaction } from 'kysely';
import type { Backend } from '../backend.js';
import type { Database } from '../schema.js';
import { addEventDays, addToCounts, Counter, insertChunked, insertNew, participantPairs } from './insert.js';
import { layerRows, type NewArticle } from './layer-rows.js';

/** Actors, entities, quotes, dates and events of newly stored articles. */
export async function saveLayers(backend: Backend, trx: Transaction<Database>, articles: NewArticle[]) {
  const { actorRows, aliasRows, articleActors, entities, quotes, dates, events, eventActors, mentions } =
    layerRows(articles);

  // Rows other writers may share (actors, events) are written in key order, so that two
  // concurrent batches lock them in the same order and cannot deadlock.
  const actorList = [...actorRows.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  const fast = backend.insertRows?.bind(backend);
  if (fast)
    fast(
      'actors',
      actorList,
      'on conflict (id) do update set name_en = coalesce(actors.name_en, excluded.name_en), ' +
        'country = coalesce(actors.country, excluded.country), sector = coalesce(actors.sector, excluded.sector)',
    );
  for (let i = 0; i < actorList.length && !fast; i += 1000) {
    await trx
      .insertInto('actors')
      .values(actorList.slice(i, i + 1000))
      .onConflict((oc) =>
        oc.column('id').doUpdateSet((eb) => ({
          name_en: eb.fn.coalesce('actors.name_en', 'excluded.name_en'),
          country: eb.fn.coalesce('actors.country', 'excluded.country'),
          sector: eb.fn.coalesce('actors.sector', 'excluded.sector'),
        })),
      )
      .execute();
  }
  await insertChunked(trx, 'actor_aliases', [...aliasRows.values()], 'nothing', backend);
  const newArticleActors = await insertNew(backend, trx, 'article_actors', articleActors, [
    'article_id',
    'actor_id',
  ]);
  await insertChunked(trx, 'entities', entities, 'nothing', backend);
  await insertChunked(trx, 'quotes', quotes, null, backend);
  await insertChunked(trx, 'dates', dates, null, backend);

  const eventList = [...events.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  // Events new to the store, for the per-day counts.
  const added: Array<Database['events']> = [];
  if (fast) {
    // SQLite has one writer at a time: no row lock to take, a stored event is simply kept.
    const rowids = fast('events', eventList, 'on conflict (id) do nothing');
    eventList.forEach((e, i) => {
      if (rowids[i] != null) added.push(e);
    });
  }
  for (let i = 0; i < eventList.length && !fast; i += 500) {
    // "do update" on an existing event takes its row lock, which serializes the count updates below
    // between workers: the second waits, then sees the first one's rows.
    // PostgreSQL: xmax = 0 on a row this statement inserted (not one it updated), so a new event is
    // counted once even when two workers store it at the same moment (the second one waits, then updates).
    const chunk = eventList.slice(i, i + 500);
    const rows = await trx
      .insertInto('events')
      .values(chunk)
      .onConflict((oc) =>
        oc.column('id').doUpdateSet((eb) => ({ num_mentions: eb.ref('events.num_mentions') })),
      )
      .returning(['id', sql<boolean>`(xmax = 0)`.as('inserted')])
      .execute();
    const isNew = new Set(rows.filter((r) => r.inserted === true).map((r) => r.id));
    for (const e of chunk) if (isNew.has(e.id)) added.push(e);
  }

  // Counts grow by what this batch adds: a row that was inserted is new, a row that conflicted
  // was there already. So reruns and concurrent workers never double-count, and no count is
  // recomputed from all of an event's or actor's rows (that grew with the store).
  const addedIds = new Set(added.map((e) => e.id));
  const participants = await participantPairs(
    trx,
    eventList.filter((e) => !addedIds.has(e.id)).map((e) => e.id),
  );
  const newEventActors = await insertNew(
    backend,
    trx,
    'event_actors',
    [...eventActors.values()],
    ['event_id', 'role', 'actor_id'],
  );
  const newMentions = await insertNew(
    backend,
    trx,
    'event_mentions',
    [...mentions.values()],
    ['event_id', 'article_id', 'sentence', 'trigger_start'],
  );
  const newSources = await insertNew(
    backend,
    trx,
    'event_sources',
    newMentions.map((m) => ({ event_id: m.event_id, source: m.source })),
    ['event_id', 'source'],
  );
  const newStories = await insertNew(
    backend,
    trx,
    'event_stories',
    newMentions.map((m) => ({ event_id: m.event_id, story_id: m.story_id })),
    ['event_id', 'story_id'],
  );

  const eventCounts = new Counter(4); // mentions, articles, sources, stories
  const eventArticles = new Set<string>();
  for (const m of newMentions) {
    eventCounts.add(m.event_id, 0);
    const key = `${m.event_id}|${m.article_id}`;
    if (!eventArticles.has(key)) {
      eventArticles.add(key);
      eventCounts.add(m.event_id, 1);
    }
  }
  for (const r of newSources) eventCounts.add(r.event_id, 2);
  for (const r of newStories) eventCounts.add(r.event_id, 3);
  await addToCounts(
    trx,
    'events',
    ['num_mentions', 'num_articles', 'num_sources', 'num_stories'],
    eventCounts,
  );

  const actorCounts = new Counter(2); // events (as actor or recipient), articles
  for (const ea of newEventActors) {
    if (ea.role === 'reported_by') continue;
    const pair = `${ea.event_id}|${ea.actor_id}`;
    if (participants.has(pair)) continue;
    participants.add(pair);
    actorCounts.add(ea.actor_id, 0);
  }
  for (const aa of newArticleActors) actorCounts.add(aa.actor_id, 1);
  await addToCounts(trx, 'actors', ['num_events', 'num_articles'], actorCounts);
  await addEventDays(trx, added);
}
