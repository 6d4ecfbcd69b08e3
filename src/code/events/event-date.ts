// The date of an event is what the text says about it (docs/ontology.md):
//   3 attached  a date right after a noun trigger: «حمله دیروز»، «حادثه روز گذشته»
//   2 clause    a date in the trigger's clause not attached to another event noun (nearest before
//               the trigger, else nearest after). A noun trigger after «پس از/به دنبال …» takes none:
//               «پس از حمله …، روز پنجشنبه … دیدار کرد» dates the meeting, not the attack.
//   1 reference the publication date (given or inferred), when the text says nothing — but not for a
//               background act (pluperfect, «پیش از این»), which then has no date (0).
import type { DateMention } from '../../doc.js';
import { type SentenceView, wordAt } from '../../grammar/sentence-view.js';
import { firstStartingFrom } from '../../text/span-index.js';
import type { TriggerHit } from './find-triggers.js';

export interface EventDate {
  value: string | null;
  strength: 0 | 1 | 2 | 3;
}

const ANTERIOR = [
  ['پس', 'از'],
  ['بعد', 'از'],
  ['قبل', 'از'],
  ['پیش', 'از'],
  ['به', 'دنبال'],
  ['در', 'پی'],
  ['درپی'],
  ['متعاقب'],
];

/** Dates sorted by start, for range lookups. */
export function datesIn(dates: readonly DateMention[], start: number, end: number): DateMention[] {
  const out: DateMention[] = [];
  for (let i = firstStartingFrom(dates, start); i < dates.length && dates[i].start < end; i++)
    out.push(dates[i]);
  return out;
}

/** The date attached right after word `last` (one word may stand between: «حمله تروریستی دیروز»). */
export function attachedDate(
  view: SentenceView,
  last: number,
  dates: readonly DateMention[],
): DateMention | null {
  const next = view.words[last + 1];
  if (!next) return null;
  const after = view.words[last + 2];
  for (const d of datesIn(dates, next.start, (after ?? next).end)) {
    if (d.start === next.start) return d;
    if (
      after &&
      d.start === after.start &&
      view.prep[last + 1] === null &&
      !view.verb[last + 1] &&
      next.key !== '،'
    )
      return d;
  }
  return null;
}

function afterAnterior(view: SentenceView, first: number): boolean {
  for (const phrase of ANTERIOR) {
    const at = first - phrase.length;
    if (at >= 0 && phrase.every((k, j) => view.words[at + j].key === k)) return true;
  }
  return false;
}

export function eventDate(
  view: SentenceView,
  hit: TriggerHit,
  dates: readonly DateMention[],
  isEventNoun: (key: string) => boolean,
  reference: string | null,
  background = false,
): EventDate {
  if (!hit.pattern.hasVerb) {
    const own = attachedDate(view, hit.last, dates);
    if (own) return { value: own.value, strength: 3 };
  }
  const nounInPhrase = !hit.pattern.hasVerb && afterAnterior(view, hit.first);
  if (!nounInPhrase) {
    const own = dateInClause(view, hit.first, hit.last, dates, isEventNoun);
    if (own) return own;
  }
  // «پیش از این … دیدار کرده بود»: an act before the reported time, undated by the text, has no known day.
  if (background) return { value: null, strength: 0 };
  return reference ? { value: reference, strength: 1 } : { value: null, strength: 0 };
}

/** The date of the clause of word `first` (2), else the publication date (1): for acts read without a trigger. */
export function clauseDate(
  view: SentenceView,
  first: number,
  dates: readonly DateMention[],
  isEventNoun: (key: string) => boolean,
  reference: string | null,
): EventDate {
  return (
    dateInClause(view, first, first, dates, isEventNoun) ??
    (reference ? { value: reference, strength: 1 } : { value: null, strength: 0 })
  );
}

function dateInClause(
  view: SentenceView,
  first: number,
  last: number,
  dates: readonly DateMention[],
  isEventNoun: (key: string) => boolean,
): EventDate | null {
  {
    const c = view.clause[first];
    const from = view.words[view.clauseStart[c]]?.start ?? view.start;
    const toWord = view.clauseStart[c + 1];
    const to = toWord !== undefined ? view.words[toWord].start : view.end;
    const anchor = view.words[first].start;
    let before: DateMention | null = null;
    let after: DateMention | null = null;
    let period: DateMention | null = null;
    for (const d of datesIn(dates, from, to)) {
      // A date attached to another event noun («حمله دیروز … را محکوم کردند») is that event's.
      const w = wordAt(view, d.start);
      if (
        w > 0 &&
        (isEventNoun(view.words[w - 1].key) ||
          (w > 1 && isEventNoun(view.words[w - 2].key) && view.prep[w - 1] === null))
      ) {
        if (w - 1 !== last && w - 2 !== last) continue;
      }
      // A day says when; a month or year («امسال») only where no day is given.
      if (d.granularity !== 'day') period ??= d;
      else if (d.start < anchor) before = d;
      else if (!after) after = d;
    }
    const chosen = before ?? after ?? period;
    if (chosen) return { value: chosen.value, strength: 2 };
  }
  return null;
}

/** How many sentences from the article's start make its lead. */
export const LEAD_SENTENCES = 2;

/**
 * The day the article's lead gives its news («این مطلب را روز گذشته … اعلام کرد»، «در مصاحبه روز
 * پنجشنبه …»): the first day-granular date, not after the publication date and not attached to an event
 * noun, in the lead's sentences, skipping a sentence of background («این در حالی است که …»).
 */
export function leadDate(
  views: readonly SentenceView[],
  dates: readonly DateMention[],
  reference: string | null,
  isEventNoun: (key: string) => boolean,
  backgroundOpeners: readonly (readonly string[])[] = [],
): string | null {
  for (const view of views.slice(0, LEAD_SENTENCES)) {
    const opensBackground = backgroundOpeners.some((phrase) =>
      phrase.every((k, j) => view.words[j]?.key === k),
    );
    if (opensBackground) continue;
    for (const d of datesIn(dates, view.start, view.end)) {
      if (d.granularity !== 'day' || d.until) continue;
      if (reference && d.value > reference) continue;
      // «حمله دیروز …»: a date attached to an event noun is that event's, not the news day.
      const w = wordAt(view, d.start);
      if (w > 0 && isEventNoun(view.words[w - 1].key)) continue;
      if (w > 1 && view.prep[w - 1] === null && isEventNoun(view.words[w - 2].key)) continue;
      return d.value;
    }
  }
  return null;
}
