// Compound nouns of two stems joined by «و» («گفت‌وگو»، «زد‌وخورد»، «خرید‌وفروش»), listed in
// lexicon/events/grammar.json («compounds»). Scraped text writes them joined, with ZWNJ, with a space
// on either side of «و» or with both: «گفت و گو» read word by word is the verb «گفت» (said) and a
// clause-opening «و», so a talks pattern never sees the phrase and a quote is opened at «گفت».
// The sentence view and the pattern compiler both read every spelling as one word with the joined
// key («گفتوگو»), looking at most three words ahead (linear in the sentence).
import { wordKey } from './word-key.js';

export interface CompoundLexicon {
  /** Keys of the joined compounds: «گفتوگو». */
  joined: Set<string>;
  /** Keys a split spelling can begin with: the first stem, alone or with its «و» («گفت»، «گفتو»). */
  first: Set<string>;
}

/** Endings a compound may carry («گفت و گوی تلفنی»، «گفت‌وگوهای»): those of pattern.ts, plus possessives. */
const ENDINGS = ['هایی', 'های', 'ها', 'ای', 'یی', 'ی', 'اش', 'شان'];
const AND = 'و';

export function buildCompounds(words: readonly string[], file = 'grammar.json'): CompoundLexicon {
  const joined = new Set<string>();
  const first = new Set<string>();
  for (const w of words) {
    const pieces = w.split('\u200c');
    if (pieces.length !== 2 || pieces[0] === '' || pieces[1] === '' || pieces[1] === AND)
      throw new Error(
        `lexicon/events/${file}: compound «${w}» must be two stems joined by ZWNJ, the second with its «و» (گفت‌وگو) or without (گفت‌گو)`,
      );
    const a = wordKey(pieces[0]);
    joined.add(wordKey(w));
    first.add(a);
    first.add(a + AND);
  }
  return { joined, first };
}

/** `s` is a joined compound, bare or with one ending. */
function isCompound(c: CompoundLexicon, s: string): boolean {
  if (c.joined.has(s)) return true;
  for (const end of ENDINGS)
    if (s.length > end.length && s.endsWith(end) && c.joined.has(s.slice(0, -end.length))) return true;
  return false;
}

/**
 * How many words from `i` (given by their keys) spell one compound: 3 («گفت و گو»), 2 («گفت وگو»،
 * «گفتو گو»، and «گفت گو» for a compound listed without «و»), or 0; with the joined key (its
 * ending kept).
 */
export function compoundAt(
  c: CompoundLexicon,
  key: (k: number) => string | undefined,
  i: number,
): { words: number; key: string } | null {
  const k1 = key(i);
  if (k1 === undefined || !c.first.has(k1)) return null;
  const k2 = key(i + 1);
  if (k2 === undefined) return null;
  if (k2 === AND) {
    const k3 = key(i + 2);
    if (k3 !== undefined && !k1.endsWith(AND) && isCompound(c, k1 + AND + k3))
      return { words: 3, key: k1 + AND + k3 };
    return null;
  }
  const s = k1 + k2;
  return isCompound(c, s) ? { words: 2, key: s } : null;
}
