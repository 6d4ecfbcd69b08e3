// «"عبدالله گل" وزیر امور خارجه ترکیه», ««رستم زوهبی»، سفیر سوریه در واشنگتن»: the press sets a
// foreign or little-known name in quotation marks right before the title phrase that says who it is.
// The quoted words (2–4, none a function word, a number or a phrase the lexicon knows as something
// else) are a person's name; the title phrase must name one person of a state or body.
import { type Chain, isStopWord, type Unit } from './phrase.js';
import type { Word } from './text-words.js';

const OPEN = /["«“]\s*$/;
const CLOSE = /^\s*["»”]\s*[،,]?\s*$/;
const SPACE = /^[ \u00a0]+$/;

/** The quoted name right before the title phrase starting at units[u], or null. */
export function quotedNameBefore(
  words: Word[],
  units: Unit[],
  u: number,
  chain: Chain,
): { first: number; last: number } | null {
  if (chain.plural || chain.kind !== 'person' || !chain.anchor) return null;
  const head = words[(units[u] as Unit).first] as Word;
  if (!CLOSE.test(head.gap) || head.gap.includes('\n')) return null;
  for (let k = u - 1, count = 1; k >= 0 && count <= 4; k--, count++) {
    const unit = units[k] as Unit;
    const w = words[unit.first] as Word;
    const known = unit.items?.some((it) => it.kind !== 'short' && it.kind !== 'surname' && it.kind !== 'hon-before');
    if (known || isStopWord(w.key) || /\d/.test(w.text)) return null;
    // The words inside the quotes are one run of spaces apart; the first opens the quotation.
    for (let j = unit.first + 1; j <= unit.last; j++) if (!SPACE.test((words[j] as Word).gap)) return null;
    if (OPEN.test(w.gap)) return count >= 2 ? { first: unit.first, last: (units[u - 1] as Unit).last } : null;
    if (!SPACE.test(w.gap)) return null;
  }
  return null;
}
