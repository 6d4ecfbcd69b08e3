// The compiled ZWNJ lexicon (lexicon/repair/zwnj-forms.tsv and whole-words.tsv, built by
// scripts/build-zwnj-lexicon.ts from the hazm lexicon, conjugated verbs and Fars corpus counts).
// Loaded once into hash maps keyed by the spelling without ZWNJ: one lookup per word at run time.
import { compiledKnowledge } from '../knowledge/compiled.js';
import { COMPOUND_TAILS, readRows, WHOLE_WORDS, ZWNJ_FORMS } from '../knowledge/schemas/tables.js';
import { readRepairLexicon } from './lexicon-path.js';

export const ZWNJ = '\u200c';

/** Letters that never join the next one: a ZWNJ after them is invisible and careful text omits it. */
export const isNonJoining = (c: number): boolean =>
  (c >= 0x0621 && c <= 0x0625) ||
  c === 0x0627 ||
  c === 0x0629 ||
  (c >= 0x062f && c <= 0x0632) ||
  c === 0x0648 ||
  c === 0x0698 ||
  c === 0x06c0 ||
  c === 0x06d5 ||
  c === 0x0654;

export const ADJECTIVE = 1;
export const STEM_ONLY = 2;
/** Bits of a whole-word entry: hazm frequency class at (flags >> 2) & 31, news class at flags >> 7. */
export const WHOLE_CLASS = 31;
/** A conjunction or demonstrative (hazm POS CONJ, or PRO and DET; tag F). */
export const FUNCTION_WORD = 1 << 11;
export const NEWS_SHIFT = 7;
export const PAIR_STRONG = 1;
export const PAIR_WEAK = 2;

export interface ZwnjLexicon {
  /** Glued spelling → ZWNJ spelling, for words whose ZWNJ was deleted. */
  glued: Map<string, string>;
  /** Glued spelling → ZWNJ spelling, for words whose ZWNJ may have become a space. */
  spaced: Map<string, string>;
  /** Productive second parts of compounds (سازی, گیری …): split off a glued word / joined across a space. */
  tailsGlued: Set<string>;
  tailsSpaced: Set<string>;
  /**
   * Two-part forms with flag s (PAIR_STRONG) or only w (PAIR_WEAK: joined across a space only in text
   * that lost its ZWNJs to spaces), by first part: head → second part → strength (one lookup per pair).
   */
  pairs: Map<string, Map<string, number>>;
  /**
   * Known words without ZWNJ. Flags: ADJECTIVE (takes تر/ترین), STEM_ONLY (may carry a suffix but does
   * not block splitting: it looks like a glued inflection and only a weak source attests it); bits 2–6
   * hold the word's frequency class (log2 of its hazm frequency), bits 7–10 its news class (log2 of its
   * count in the Fars articles; WHOLE_CLASS, NEWS_SHIFT).
   */
  whole: Map<string, number>;
}

const FORMS = 'lexicon/repair/zwnj-forms.tsv';
const WHOLE = 'lexicon/repair/whole-words.tsv';
const TAILS = 'lexicon/repair/compound-tails.tsv';

/**
 * Builds the lexicon from the files' texts. Their rows are read and checked by their formats
 * (src/knowledge/schemas/tables.ts); a malformed line throws one line naming the file, line and column.
 */
export function parseZwnjLexicon(formsText: string, wholeText: string, tailsText = ''): ZwnjLexicon {
  const tailsGlued = new Set<string>();
  const tailsSpaced = new Set<string>();
  readRows(TAILS, tailsText, COMPOUND_TAILS, ({ tail, flags }) => {
    if (flags.includes('g')) tailsGlued.add(tail);
    if (flags.includes('s')) tailsSpaced.add(tail);
  });
  const glued = new Map<string, string>();
  const spaced = new Map<string, string>();
  const pairs = new Map<string, Map<string, number>>();
  const whole = new Map<string, number>();
  readRows(FORMS, formsText, ZWNJ_FORMS, ({ form, flags }) => {
    const key = form.replaceAll(ZWNJ, '');
    if (flags.includes('g')) glued.set(key, form);
    if (flags.includes('s')) spaced.set(key, form);
    if (flags.includes('s') || flags.includes('w')) {
      const parts = form.split(ZWNJ);
      if (parts.length === 2) {
        const tails = pairs.get(parts[0]) ?? new Map<string, number>();
        tails.set(parts[1], flags.includes('s') ? PAIR_STRONG : PAIR_WEAK);
        pairs.set(parts[0], tails);
      }
    }
  });
  readRows(WHOLE, wholeText, WHOLE_WORDS, ({ word, tags }) => {
    // tags: A, S, F, the hazm frequency class, then f and the news class (WHOLE_WORDS checks the order).
    // Most words have none (flags 0): skip the parse for them, the load's hot path.
    if (tags === '') {
      whole.set(word, 0);
      return;
    }
    const f = tags.indexOf('f');
    const freqClass = Number.parseInt((f === -1 ? tags : tags.slice(0, f)).replace(/[^0-9]/g, ''), 10) || 0;
    const newsClass = f === -1 ? 0 : Number.parseInt(tags.slice(f + 1), 10) || 0;
    whole.set(
      word,
      (tags.includes('A') ? ADJECTIVE : 0) |
        (tags.includes('S') ? STEM_ONLY : 0) |
        ((freqClass & 31) << 2) |
        ((newsClass & 15) << 7) |
        (tags.includes('F') ? FUNCTION_WORD : 0),
    );
  });
  return { glued, spaced, pairs, whole, tailsGlued, tailsSpaced };
}

let loaded: ZwnjLexicon | undefined;
export function zwnjLexicon(): ZwnjLexicon {
  loaded ??= compiledKnowledge('repair/zwnj-lexicon', [FORMS, WHOLE, TAILS], () =>
    parseZwnjLexicon(
      readRepairLexicon('zwnj-forms.tsv'),
      readRepairLexicon('whole-words.tsv'),
      readRepairLexicon('compound-tails.tsv'),
    ),
  );
  return loaded;
}
