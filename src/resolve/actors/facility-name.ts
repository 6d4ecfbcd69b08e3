// «فرودگاه امام خمینی», «بیمارستان امام رضا», «خیابان شهید بهشتی», «دانشگاه بین‌المللی امام خمینی»:
// in Persian a facility is named by its noun followed by a person's name, so a name right after a
// facility noun (lexicon/actors/ruler-words.json, facilityNouns), with «بین‌المللی», «بزرگ» or «شهید» between,
// names the place and not the person: it gets no actor.
import { letterKey } from './letter-key.js';
import { rulerWords } from '../../recognize/ruler/ruler-words.js';
import type { Word } from './text-words.js';

const BETWEEN = new Set(['بین‌المللی', 'بینالمللی', 'بزرگ', 'شهید', 'سردار', 'حضرت'].map(letterKey));

/** Whether the name starting at word `first` follows a facility noun in the same phrase. */
export function isFacilityName(words: readonly Word[], first: number): boolean {
  const nouns = rulerWords().facilityNouns;
  for (let k = first - 1, hops = 0; k >= 0 && hops < 3; k--, hops++) {
    const next = words[k + 1] as Word;
    // A comma, a quote or a line between ends the phrase: «در فرودگاه، خمینی …» is not a name.
    if (next.hardBreak || next.sentence !== (words[k] as Word).sentence) return false;
    const w = words[k] as Word;
    if (nouns.has(w.key)) return true;
    if (!BETWEEN.has(w.key)) return false;
  }
  return false;
}
