// Where an event's sides stand relative to its trigger, for the confidence model (confidence.ts): a
// side named in the trigger's own clause is read from the construction; one that only an anaphor
// («این کشور»، «او») stands for there, one found elsewhere in the sentence, or one carried over from
// another sentence (an inherited subject, the quote's speaker, the state of a place) is more often wrong.
import type { SentenceView } from '../../grammar/sentence-view.js';
import { wordAt } from './destination.js';

export type SidePlace = 'clause' | 'anaphor' | 'sentence' | 'outside';

export function sidePlace(
  view: SentenceView | undefined,
  triggerStart: number,
  ids: readonly string[],
): SidePlace {
  if (!view || view.words.length === 0 || ids.length === 0) return 'outside';
  const clause = view.clause[wordAt(view, triggerStart)];
  let best: SidePlace = 'outside';
  for (const slot of view.actors) {
    if (!ids.includes(slot.actor)) continue;
    if (view.clause[slot.first] !== clause) best = best === 'outside' ? 'sentence' : best;
    else if (slot.entity !== '') return 'clause';
    else best = 'anaphor';
  }
  return best;
}
