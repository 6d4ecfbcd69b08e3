// The rows the layers of newly stored articles become: actors and their aliases, the articles each
// actor appears in, entities, quotes, dates, events with their actors and mentions. Pure: no database.
import type { Actor } from '../../doc.js';
import type { ExtractResult } from '../../result.js';
import { actorId, eventId, eventKey, foldName } from '../article-rows.js';
import { UNKNOWN_DAY } from '../migrations/index.js';
import type { Database } from '../schema.js';
import { now } from './insert.js';

/** A newly stored article: its extract result, store id, story and seq. */
export interface NewArticle {
  result: ExtractResult;
  id: string;
  story: string;
  seq: number;
}

/** A batch's layer rows, one entry per key (a repeated actor or event is kept once). */
export interface LayerRows {
  actorRows: Map<string, Database['actors']>;
  aliasRows: Map<string, Database['actor_aliases']>;
  articleActors: Database['article_actors'][];
  entities: Database['entities'][];
  quotes: Database['quotes'][];
  dates: Database['dates'][];
  events: Map<string, Database['events']>;
  eventActors: Map<string, Database['event_actors']>;
  mentions: Map<string, Database['event_mentions']>;
}

// Pronouns and demonstratives («او», «این وزارتخانه») reach actors through coreference; as aliases
// they would make every actor answer to «او».
const NOT_NAMES = new Set(['او', 'وی', 'ایشان', 'آنها', 'آن‌ها', 'آنان', 'وی را', 'خود', 'ما', 'شما', 'من']);
function isAlias(text: string): boolean {
  const t = text.trim();
  return t.length >= 2 && !NOT_NAMES.has(t) && !/^(این|آن|همین|همان)[\s\u200c]/.test(t);
}

export function layerRows(articles: NewArticle[]): LayerRows {
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
  return { actorRows, aliasRows, articleActors, entities, quotes, dates, events, eventActors, mentions };
}
