// The tag lexicon: for each word of the labeled training data, the tag it most often carries and how
// dominant that tag is. A strong cue for names seen in training («تهران» is B_LOC 97% of the time).
// Training sentences must not see a lexicon built from themselves (the weights would trust it
// blindly), so at training time each fold of the data gets a lexicon built from the other folds.
import { normalizeToken } from './normalize.js';
import { NUM_TAGS, tagIndex } from './tags.js';

export interface LabeledSentence {
  tokens: readonly string[];
  tags: readonly (string | null)[];
}

/** How dominant the majority tag is: 0 (< 50%), 1 (< 80%), 2 (< 95%), 3. */
const dominance = (share: number): number => (share < 0.5 ? 0 : share < 0.8 ? 1 : share < 0.95 ? 2 : 3);

/** word → majority tag * 4 + dominance, for words that carry an entity tag at least once. */
export function buildTagLexicon(sentences: Iterable<LabeledSentence>): Map<string, number> {
  const counts = new Map<string, Int32Array>();
  for (const s of sentences) {
    for (let i = 0; i < s.tokens.length; i++) {
      const w = normalizeToken(s.tokens[i]);
      let c = counts.get(w);
      if (!c) {
        c = new Int32Array(NUM_TAGS);
        counts.set(w, c);
      }
      c[tagIndex(s.tags[i] ?? 'O')]++;
    }
  }
  const out = new Map<string, number>();
  for (const [w, c] of counts) {
    let total = 0;
    let best = 0;
    for (let t = 0; t < NUM_TAGS; t++) {
      total += c[t];
      if (c[t] > c[best]) best = t;
    }
    if (total === c[0]) continue; // never part of an entity
    out.set(w, best * 4 + dominance(c[best] / total));
  }
  return out;
}

/** Lexicons for k folds (sentence i is in fold i % k), each built from the other folds. */
export function jackknifeTagLexicons(
  sentences: readonly LabeledSentence[],
  folds: number,
): Map<string, number>[] {
  return Array.from({ length: folds }, (_, k) =>
    buildTagLexicon(sentences.filter((_, i) => i % folds !== k)),
  );
}
