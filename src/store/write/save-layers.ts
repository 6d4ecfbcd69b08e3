// The layers of newly stored articles: actors and their aliases, entities, quotes, dates, events with
// their actors and mentions, and the counts those add to (events, actors, per-day).
import { sql, type Transaction } from 'kysely';
import type { Actor } from '../../doc.js';
import type { ExtractResult } from '../../result.js';
import { actorId, eventId, eventKey, foldName } from '../article-rows.js';
import type { Backend } from '../backend.js';
import { UNKNOWN_DAY } from '../migrations/index.js';
import type { Database } from '../schema.js';
import {
  addEventDays,
  addToCounts,
  Counter,
  insertChunked,
  insertNew,
  now,
  participantPairs,
} from './insert.js';

// Pronouns and demonstratives («او», «این وزارتخانه») reach actors through coreference; as aliases
// they would make every actor answer to «او».
const NOT_NAMES = new Set(['او', 'وی', 'ایشان', 'آنها', 'آن‌ها', 'آنان', 'وی را', 'خود', 'ما', 'شما', 'من']);
function isAlias(text: string): boolean {
  const t = text.trim();
  return t.length >= 2 && !NOT_NAMES.has(t) && !/^(این|آن|همین|همان)[\s\u200c]/.test(t);
}

/** Actors, entities, quotes, dates and events of newly stored articles. */
export async function saveLayers(
  backend: Backend,
  trx: Transaction<Database>,
  articles: Array<{ result: ExtractResult; id: string; story: string; seq: number }>,
) {
  const actorRows = new Map<string, Database['actors']>();
  const aliasRows = new Map<string, Database['actor_aliases']>();
  const articleActors: Database['article_actors'][] = [];
  const entities: Database['entities'][] = [];
  const quotes: Database['quotes'][] = [];
  const dates: Database['dates'][] = [];
  const events = new Map<string, Database['events']>();
  const eventActors = new Map<string, Database['event_actors']>();
  const mentions = new Map<string, Database['event_mentions']>();
  const stamp = now();

  for (const { result: r, id: articleId, story, seq } of articles) {
    const local = new Map<string, string>();
    const actorsById = new Map<string, Actor>();
    const entityText = new Map(r.entities.map((e) => [e.id, e.text]));
    for (const a of r.actors) {
      const gid = actorId(a);
      local.set(a.id, gid);
      actorsById.set(a.id, a);
      if (!actorRows.has(gid)) {
        actorRows.set(gid, {
          id: gid,
          name: a.name,
          name_en: a.name_en,
          code: a.code,
          country: a.country,
          sector: a.sector,
          wikidata: a.wikidata,
          roles: JSON.stringify(a.roles ?? []),
          num_events: 0,
          num_articles: 0,
        });
      }
      const names = [a.name, a.name_en, ...a.mentions.map((m) => entityText.get(m))];
      for (const n of names) {
        if (!n || !isAlias(n)) continue;
        const norm = foldName(n);
        if (norm) aliasRows.set(`${gid}\u0000${norm}`, { actor_id: gid, alias_norm: norm, alias: n });
      }
      articleActors.push({ article_id: articleId, actor_id: gid, published: r.published ?? '', seq });
    }
    for (const e of r.entities) {
      entities.push({
        article_id: articleId,
        entity_id: e.id,
        type: e.type,
        start: e.start,
        end: e.end,
        text: e.text,
        actor_id: e.actor ? (local.get(e.actor) ?? null) : null,
      });
    }
    for (const q of r.quotes) {
      quotes.push({
        article_id: articleId,
        start: q.start,
        end: q.end,
        direct: q.direct ? 1 : 0,
        speaker_id: q.speaker ? (local.get(q.speaker) ?? null) : null,
        chain: JSON.stringify(q.chain.map((c) => local.get(c) ?? c)),
      });
    }
    for (const d of r.dates) {
      dates.push({
        article_id: articleId,
        start: d.start,
        end: d.end,
        text: d.text,
        value: d.value,
        until: d.until ?? null,
        granularity: d.granularity,
        calendar: d.calendar,
      });
    }
    const source = r.source ?? articleId;
    for (const e of r.events) {
      const day = e.date ?? r.published ?? null;
      const gid = eventId(eventKey(e, actorsById, day, story));
      const sentence = r.sentences[e.sentence];
      if (!events.has(gid)) {
        events.set(gid, {
          id: gid,
          type: e.type,
          mode: e.mode,
          cameo: e.cameo,
          quad: e.quad,
          date: day,
          day: day ?? UNKNOWN_DAY,
          negated: e.negated ? 1 : 0,
          future: e.future ? 1 : 0,
          article_id: articleId,
          sentence: e.sentence,
          evidence: sentence ? r.text.slice(sentence.start, sentence.end) : '',
          trigger_start: e.trigger.start,
          trigger_end: e.trigger.end,
          trigger_text: e.trigger.text,
          confidence: e.confidence,
          num_mentions: 0,
          num_articles: 0,
          num_sources: 0,
          num_stories: 0,
          added_at: stamp,
          location: e.location ? JSON.stringify(e.location) : null,
          country: e.location?.country ?? null,
        });
      }
      const roles: Array<[string, string[]]> = [
        ['actor', e.actor],
        ['recipient', e.recipient],
        ['reported_by', e.reported_by],
      ];
      for (const [role, list] of roles) {
        list.forEach((localId, position) => {
          const aid = local.get(localId);
          if (aid)
            eventActors.set(`${gid}|${role}|${aid}`, {
              event_id: gid,
              actor_id: aid,
              role,
              position,
              day: day ?? UNKNOWN_DAY,
            });
        });
      }
      mentions.set(`${gid}|${articleId}|${e.sentence}|${e.trigger.start}`, {
        event_id: gid,
        article_id: articleId,
        source,
        story_id: story,
        sentence: e.sentence,
        trigger_start: e.trigger.start,
        article_seq: seq,
      });
    }
  }

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
