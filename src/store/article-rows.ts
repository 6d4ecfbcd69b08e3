// One extracted article → the rows it adds, keyed so that every worker computes the same keys:
// an actor is keyed by its lexicon (Wikidata) id or its code and folded name; an event by what
// happened (type, CAMEO, participants, day, polarity), so the same event reported by several
// articles lands on one row.
import type { Actor, CodedEvent } from '../doc.js';
import type { ExtractResult } from '../result.js';
import { stableId } from './content-hash.js';
import { foldForSearch } from './search-text.js';

export function foldName(name: string): string {
  return foldForSearch(name)
    .replace(/\u200c/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function actorKey(a: Pick<Actor, 'name' | 'code' | 'wikidata'>): string {
  if (a.wikidata) return `wd:${a.wikidata}`;
  return `${a.code ?? ''}|${foldName(a.name)}`;
}

export function actorId(a: Pick<Actor, 'name' | 'code' | 'wikidata'>): string {
  return stableId('A', actorKey(a));
}

/** The key that makes two mentions one event. */
export function eventKey(
  e: CodedEvent,
  actorsById: Map<string, Actor>,
  day: string | null,
  storyId: string,
): string {
  // A participant is its code where it has one (the convention of GDELT's dedup), else its actor key.
  const side = (ids: string[]) =>
    ids
      .map((id) => actorsById.get(id))
      .filter((a): a is Actor => a !== undefined)
      .map((a) => a.code ?? actorKey(a))
      .sort()
      .join(',');
  const actors = side(e.actor);
  const recipients = side(e.recipient);
  // Without participants or a day, two events are the same only within one story (an article
  // and its copies): "an attack" on one day is not every attack on that day.
  const scope = (actors === '' && recipients === '') || !day ? `story:${storyId}` : '';
  return [
    e.type,
    e.cameo,
    actors,
    recipients,
    day ?? '',
    e.negated ? 'neg' : '',
    e.future ? 'fut' : '',
    scope,
  ].join('|');
}

export function eventId(key: string): string {
  return stableId('E', key);
}

export interface LayersJson {
  sentences: ExtractResult['sentences'];
  entities: ExtractResult['entities'];
  actors: ExtractResult['actors'];
  dates: ExtractResult['dates'];
  quotes: ExtractResult['quotes'];
  events: ExtractResult['events'];
  actor_ids: Record<string, string>;
}

export function layersOf(r: ExtractResult): LayersJson {
  const actor_ids: Record<string, string> = {};
  for (const a of r.actors) actor_ids[a.id] = actorId(a);
  return {
    sentences: r.sentences,
    entities: r.entities,
    actors: r.actors,
    dates: r.dates,
    quotes: r.quotes,
    events: r.events,
    actor_ids,
  };
}
