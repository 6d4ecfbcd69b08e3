// The destination of travel: «روحانی عازم پکن شد»، «مرکل به نواکشوت سفر کرده بود». A capital or city
// after «به» is a place, not an actor (test/actors/gaps: «در/به تهران» is where), so the argument
// reader finds no recipient; but the host of a visit is the state the place is in (ontology.md: a
// visit's host is the recipient). Only triggers whose CAMEO code is a visit or a planned trip
// (arguments.json destinationCameos) read it, and only when no actor recipient was found.
import type { Actor, Doc } from '../../doc.js';
import type { SentenceView } from '../../grammar/sentence-view.js';
import { placeCountry } from '../../resolve/places/gazetteer.js';
import { lastStartingAtOrBefore } from '../../text/span-index.js';
import type { TriggerHit } from './find-triggers.js';

/** A place entity with no actor, on word positions of its sentence, and the state it lies in. */
export interface PlaceSlot {
  first: number;
  last: number;
  country: string;
  text: string;
}

/** How far (in words) before a trigger the «به» phrase of its destination may stand. */
const DESTINATION_REACH = 12;
const ISO3 = /^[A-Z]{3}$/;
const TO = new Set(['به']);

/** Index of the word of `view` that covers character `pos` (words sorted by start). */
export function wordAt(view: SentenceView, pos: number): number {
  return Math.max(0, lastStartingAtOrBefore(view.words, pos));
}

/**
 * Place entities that stand for no actor, grouped by sentence: one pass over the entities with a
 * binary search for each one's sentence (linear in the article).
 */
export function placesBySentence(doc: Doc, views: readonly SentenceView[]): Map<number, PlaceSlot[]> {
  const out = new Map<number, PlaceSlot[]>();
  for (const e of doc.entities) {
    if (e.actor || e.type !== 'LOC') continue;
    // The places layer links entities after the events are coded: the gazetteer is asked directly
    // (null when the name is no place or one in several countries).
    const country = (e.place ? e.place.split('.')[0] : null) ?? placeCountry(e.text);
    if (!country || !ISO3.test(country)) continue;
    const view = views[Math.max(0, lastStartingAtOrBefore(views, e.start))];
    if (!view || e.start < view.start || e.end > view.end || view.words.length === 0) continue;
    const list = out.get(view.index) ?? [];
    list.push({ first: wordAt(view, e.start), last: wordAt(view, e.end - 1), country, text: e.text });
    out.set(view.index, list);
  }
  for (const list of out.values()) list.sort((a, b) => a.first - b.first);
  return out;
}

/**
 * The place a travel trigger goes to: inside its gap («عازم پکن شد»، «راهی مسکو شد») or right after
 * the nearest «به» before it in its clause («به نواکشوت سفر کرده بود»), with no actor in that phrase.
 */
export function destinationOf(
  view: SentenceView,
  hit: TriggerHit,
  places: readonly PlaceSlot[],
  preps: ReadonlySet<string> = TO,
): PlaceSlot | null {
  const c = view.clause[hit.first];
  let best: PlaceSlot | null = null;
  for (const p of places) {
    if (p.first > hit.first && p.last < hit.last) return p;
    if (p.last >= hit.first || hit.first - p.last > DESTINATION_REACH || view.clause[p.first] !== c) continue;
    const prep = view.words[p.first - 1]?.key ?? '';
    if (!preps.has(prep)) continue;
    // «به پکن سفر کرد» but not «به پکن و با شی دیدار کرد»: no other phrase's actor between.
    if (view.actors.some((s) => s.first > p.last && s.last < hit.first && s.prep === prep)) continue;
    best = p;
  }
  return best;
}

/**
 * The actor of state `iso3`: an actor of the article coded as that state, else a new one named by
 * the place (as «علیه مسکو» makes the capital its state).
 */
export function stateActor(doc: Doc, iso3: string, name: string): string {
  const known = doc.actors.find((a) => a.code === iso3);
  if (known) return known.id;
  let max = 0;
  for (const a of doc.actors) {
    const n = Number(a.id.slice(1));
    if (Number.isFinite(n) && n > max) max = n;
  }
  const actor: Actor = {
    id: `a${max + 1}`,
    name,
    name_en: null,
    code: iso3,
    country: iso3,
    sector: null,
    wikidata: null,
    roles: [],
    mentions: [],
  };
  doc.actors.push(actor);
  return actor.id;
}
