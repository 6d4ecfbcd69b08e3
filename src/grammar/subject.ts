// Who does it: the subject of a clause in a verb-final language. The subject is the first actor
// before the verb in its clause that is not inside a prepositional phrase and not the object («را»);
// appositions («X، وزیر خارجه طالبان،») are skipped and subjects joined by «و» are all taken.
// When the clause has none (a dropped subject: «… تشکر کرد»), the subject of an earlier clause of the
// same sentence is used, skipping clauses opened by «که» (complements and relative clauses).
import { type ActorSlot, RESUMED, type SentenceView, slotFrom } from './sentence-view.js';

/** How far back (in words) a subject may stand from its verb. */
export const SUBJECT_REACH = 60;
const NAME_MARK = new Set(['«', '»', '"']);
const QUOTE_EDGE = new Set([':', '«', '»', '"', '“', '”']);

/** Subjects of the clause of word `t`, standing before `t` (empty when the clause has none). */
export function clauseSubjects(view: SentenceView, t: number, from?: number): ActorSlot[] {
  const c = view.clause[t];
  const lo = Math.max(from ?? view.clauseStart[c], t - SUBJECT_REACH);
  const found: ActorSlot[] = [];
  for (let k = slotFrom(view, lo); k < view.actors.length; k++) {
    const slot = view.actors[k];
    if (slot.last >= t) break;
    if (slot.prep !== null || slot.object) continue;
    if (found.length === 0) {
      found.push(slot);
      continue;
    }
    // «A» وزیر دفاع X و «B» …: Fars sets names in guillemets, so the «و» may stand before a mark.
    const prev = found[found.length - 1];
    let b = slot.first - 1;
    while (b > prev.last && NAME_MARK.has(view.words[b].key)) b--;
    if (view.words[b]?.key === 'و') {
      found.push(slot);
      continue;
    }
    // Apposition of the last subject (a comma between them, or a title right after a name in
    // guillemets: «جالو تاندیا» وزیر دفاع موریتانی): skip it, keep looking for «و».
    if (
      b === prev.last &&
      view.words[prev.last + 1]?.key !== undefined &&
      NAME_MARK.has(view.words[prev.last + 1].key)
    )
      continue;
    let comma = false;
    for (let w = prev.last + 1; w < slot.first; w++) if (view.words[w].key === '،') comma = true;
    if (!comma) break;
  }
  return dedupeActors(found);
}

/**
 * Subjects for a verb whose own clause has none: the nearest earlier clause of the sentence with a
 * subject, skipping clauses opened by «که» and never crossing a quotation edge. Actors in `exclude`
 * (the recipient) are passed over: «متقی گفت که روسیه … است و از طرف روسی تشکر کرد».
 */
export function inheritedSubjects(view: SentenceView, t: number, exclude: ReadonlySet<string>): ActorSlot[] {
  let c = view.clause[t];
  let budget = SUBJECT_REACH;
  // A clause resuming after a relative clause has the subject of the clause the relative interrupted.
  let onlyOne = view.clauseOpener[c] === RESUMED;
  while (c > 0 && budget > 0) {
    if (QUOTE_EDGE.has(view.clauseOpener[c])) return [];
    c--;
    const start = view.clauseStart[c];
    const end = view.clauseStart[c + 1];
    budget -= end - start;
    if (view.clauseOpener[c] === 'که') continue;
    const found = clauseSubjects(view, end, start).filter((s) => !exclude.has(s.actor));
    if (found.length > 0 || onlyOne) return found;
    onlyOne = view.clauseOpener[c] === RESUMED;
  }
  return [];
}

export function dedupeActors(slots: ActorSlot[]): ActorSlot[] {
  const seen = new Set<string>();
  return slots.filter((s) => {
    if (seen.has(s.actor)) return false;
    seen.add(s.actor);
    return true;
  });
}
