// The subject of a subject relative clause (branch ev-accuse). A relative clause inherits no subject
// from the clause it interrupts (arguments.ts), but when it has none of its own the noun it describes
// does its act: «اظهارات اردوغان را که اسرائیل را رژیمی تروریست خواند تایید کردند» — اردوغان
// called Israel a terrorist regime; «از حکومت‌های پاکستان و مصر که دیدگاه‌های آمریکا را
// پذیرفته‌اند» — the governments accepted. Only for a trigger whose actor is its grammatical subject
// (never a passive, whose subject is the one acted on: «سفیر ژاپن که دیروز ربوده شد»).
import { type ActorSlot, isRelativeClause, type SentenceView } from '../../grammar/sentence-view.js';
import type { TriggerHit } from './find-triggers.js';

/** Marks that may stand between the antecedent and «که» («X» که …، X را که …). */
const BETWEEN = new Set(['را', '»', '"', '”']);

/**
 * The actor the relative clause of `hit` describes: the slot ending right before its «که» (a «را»
 * or closing guillemet between allowed), or null when the trigger is in no relative clause, its
 * actor is not its subject, or no actor stands there.
 */
export function relativeAntecedent(
  view: SentenceView,
  hit: TriggerHit,
  actorMarkers: string[],
): ActorSlot | null {
  if (!actorMarkers.includes('subject') && !actorMarkers.includes('verb-subject')) return null;
  const c = view.clause[hit.first];
  if (!isRelativeClause(view, c)) return null;
  let w = view.clauseStart[c] - 1;
  if (view.words[w]?.key === 'که') w--;
  while (w >= 0 && BETWEEN.has(view.words[w].key)) w--;
  if (w < 0) return null;
  return view.actors.find((s) => s.last === w) ?? null;
}
