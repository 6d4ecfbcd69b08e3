// A bare person title («وزیر نفت», «وزیر خارجه») often reaches coreference with its complement
// already taken by the statistical tagger as an ORG of its own («نفت», «خارجه») that no lexicon
// entry codes. Such a fragment is no actor: the title is, and it may point back to the person named
// earlier («بیژن زنگنه وزیر نفت … وزیر نفت افزود»). This module finds those fragments so coreference
// can replace them when (and only when) the title finds its referent.
import type { Entity } from '../../doc.js';
import { type Unit, unitHas } from './phrase.js';
import type { Resolution } from './resolve.js';
import { wordAt } from './text-words.js';

/**
 * The entities covering words first..last when every one is a tagger entity inside that span whose
 * actor has no code; null when any covering entity is something else (a name, a coded actor, a
 * lexicon or coreference mention), or when no entity covers the span; null too when a title word
 * stands just before the span: «معاون وزیر خارجه اسکاتلند» is the deputy, not the minister.
 */
export function uncodedTitleFragments(res: Resolution, first: number, last: number): Entity[] | null {
  const words = res.words;
  const before = (res.st.units as Unit[]).find((u) => u.last === first - 1);
  if (unitHas(before, 'title')) return null;
  const start = words[first]?.start;
  const end = words[last]?.end;
  if (start === undefined || end === undefined) return null;
  const over = res.doc.entities.filter((e) => e.start < end && e.end > start);
  if (over.length === 0) return null;
  for (const e of over) {
    if (e.source !== 'tagger' || e.start < start || e.end > end) return null;
    if (e.type !== 'ORG' && e.type !== 'PER') return null;
    const actor = e.actor ? res.actorById(e.actor) : null;
    if (actor?.code) return null;
  }
  // The fragment must not begin the title: «وزیر» is always its first word.
  if (over.some((e) => wordAt(words, e.start) === first)) return null;
  return over;
}
