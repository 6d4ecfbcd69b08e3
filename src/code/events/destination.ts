// The destination of travel: «روحانی عازم پکن شد»، «مرکل به نواکشوت سفر کرده بود». A capital or city
// after «به» is a place, not an actor (test/resolve/actors/gaps: «در/به تهران» is where), so the argument
// reader finds no recipient; but the host of a visit is the state the place is in (ontology.md: a
// visit's host is the recipient). Only triggers whose CAMEO code is a visit or a planned trip
// (arguments.json destinationCameos) read it, and only when no actor recipient was found.

import type { Doc } from '../../doc.js';
import type { SentenceView } from '../../grammar/sentence-view.js';
import { placeCountry } from '../../resolve/places/gazetteer.js';
import { lastStartingAtOrBefore } from '../../text/span-index.js';
import { codedActor } from './coded-actor.js';
import type { TriggerHit } from './find-triggers.js';
import { isBareStateCode } from '../../resolve/actors/dated-codes.js';

/** A place entity with no actor, on word positions of its sentence, and the state it lies in. */
export interface PlaceSlot {
  first: number;
  last: number;
  country: string;
  text: string;
}

/** How far (in words) before a trigger the «به» phrase of its destination may stand. */
const DESTINATION_REACH = 12;
const TO = new Set(['به']);
const NO_HEADS: ReadonlySet<string> = new Set();

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
    if (!country || !isBareStateCode(country)) continue;
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
  heads: ReadonlySet<string> = NO_HEADS,
): PlaceSlot | null {
  const c = view.clause[hit.first];
  let best: PlaceSlot | null = null;
  for (const p of places) {
    if (p.first > hit.first && p.last < hit.last) return p;
    if (p.last >= hit.first || hit.first - p.last > DESTINATION_REACH || view.clause[p.first] !== c) continue;
    // «به مقصد پکن»، «به شهر سقز»: a head noun (destinationHeads) may stand between «به» and the place.
    let at = p.first - 1;
    if (heads.has(view.words[at]?.key ?? '')) at--;
    const prep = view.words[at]?.key ?? '';
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
  return codedActor(doc, iso3, iso3, null, name).id;
}

/**
 * The gap of a `destinationGap` trigger («وارد مسکو شد»، «به پکن رفت»، «وارد شهر سقز خواهد شد»، «به
 * تهران و دمشق رفت») holds destinations and nothing else: every word is inside a place or an actor,
 * a joint («و»، «،») between them, or a head noun (`heads`) right before one; guillemets and a future
 * auxiliary before the verb are allowed.
 */
export function gapIsDestination(
  view: SentenceView,
  hit: TriggerHit,
  places: readonly PlaceSlot[],
  heads: ReadonlySet<string>,
): boolean {
  const skip = (key: string) => key === '«' || key === '»' || key === '"';
  let to = hit.last - 1;
  while (to > hit.first && (skip(view.words[to].key) || /^ن?خواه/.test(view.words[to].key))) to--;
  const covered = new Uint8Array(Math.max(0, to - hit.first));
  const mark = (a: number, b: number) => {
    for (let w = Math.max(a, hit.first + 1); w <= Math.min(b, to); w++) covered[w - hit.first - 1] = 1;
  };
  for (const p of places) if (p.last > hit.first && p.first <= to) mark(p.first, p.last);
  for (const s of view.actors) if (s.last > hit.first && s.first <= to) mark(s.first, s.last);
  let any = false;
  for (let w = hit.first + 1; w <= to; w++) {
    if (covered[w - hit.first - 1]) {
      any = true;
      continue;
    }
    const key = view.words[w].key;
    if (skip(key) || key === 'و' || key === '،') continue;
    if (heads.has(key) && covered[w - hit.first] === 1) continue;
    return false;
  }
  return any;
}
