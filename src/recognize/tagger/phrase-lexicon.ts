// The phrase lexicon: entity names seen in the labeled training data («جهاد دانشگاهی کشور» ORG),
// matched in new sentences longest-first. Names recur in the news; a whole-phrase match tells the
// tagger both the type and the boundaries. Jackknifed at training time like the tag lexicon.
import { normalizeToken } from './normalize.js';
import type { LabeledSentence } from './tag-lexicon.js';
import { ENTITY_TYPES, normalizeTag } from './tags.js';

/** Longest phrase looked for, in tokens. */
export const MAX_PHRASE = 6;
export const PHRASE_SEP = '\u0001';
const SEP = PHRASE_SEP;

export const phraseKey = (words: readonly string[]): string => words.join(SEP);

/**
 * phrase key → type index (ENTITY_TYPES) for entity phrases whose words are tagged as that entity
 * in most of their labeled occurrences.
 */
export function buildPhraseLexicon(sentences: Iterable<LabeledSentence>): Map<string, number> {
  const votes = new Map<string, Int32Array>();
  const all = [...sentences];
  for (const s of all) {
    const tags = s.tags.map((t) => normalizeTag(t ?? 'O'));
    for (let i = 0; i < tags.length; i++) {
      if (tags[i][0] !== 'B') continue;
      let j = i + 1;
      while (j < tags.length && tags[j] === `I_${tags[i].slice(2)}`) j++;
      if (j - i > MAX_PHRASE) continue;
      const key = phraseKey(s.tokens.slice(i, j).map(normalizeToken));
      let v = votes.get(key);
      if (!v) {
        v = new Int32Array(ENTITY_TYPES.length + 1);
        votes.set(key, v);
      }
      v[ENTITY_TYPES.indexOf(tags[i].slice(2) as (typeof ENTITY_TYPES)[number])]++;
    }
  }
  // count the phrases' untagged occurrences too, so «کشور» as a name once but a common word often is dropped
  const firstWords = new Set([...votes.keys()].map((k) => k.split(SEP)[0]));
  for (const s of all) {
    const words = s.tokens.map(normalizeToken);
    const tags = s.tags.map((t) => normalizeTag(t ?? 'O'));
    for (let i = 0; i < words.length; i++) {
      if (!firstWords.has(words[i])) continue;
      for (let len = 1; len <= MAX_PHRASE && i + len <= words.length; len++) {
        const v = votes.get(phraseKey(words.slice(i, i + len)));
        if (v && tags[i] === 'O') v[ENTITY_TYPES.length]++;
      }
    }
  }
  const out = new Map<string, number>();
  for (const [key, v] of votes) {
    let best = 0;
    for (let t = 1; t < ENTITY_TYPES.length; t++) if (v[t] > v[best]) best = t;
    if (v[best] > v[ENTITY_TYPES.length]) out.set(key, best);
  }
  return out;
}

/** Jackknifed phrase lexicons: fold k is built without the sentences i with i % folds === k. */
export function jackknifePhraseLexicons(
  sentences: readonly LabeledSentence[],
  folds: number,
): Map<string, number>[] {
  return Array.from({ length: folds }, (_, k) =>
    buildPhraseLexicon(sentences.filter((_, i) => i % folds !== k)),
  );
}

/**
 * Longest-first, left-to-right matches of the lexicon in a sentence of normalized words: for each
 * token, type * 4 + position (0 single, 1 begin, 2 inside, 3 end), or -1 outside any match.
 * `prefixes` (phrasePrefixesOf) holds every run of leading words of a phrase, so a match attempt
 * stops as soon as no phrase can continue it. `starts`, when given, says per word whether it is in
 * `prefixes` (callers that cache this per word type save the lookup).
 */
export function matchPhrases(
  words: readonly string[],
  lexicon: Map<string, number>,
  prefixes: Set<string>,
  out: Int32Array = new Int32Array(words.length),
  starts?: Uint8Array,
): Int32Array {
  out.fill(-1, 0, words.length);
  let i = 0;
  while (i < words.length) {
    let matched = 0;
    let type = -1;
    let key = words[i];
    if (starts === undefined ? prefixes.has(key) : starts[i] === 1) {
      // keys grow one word at a time; the longest hit wins
      const last = Math.min(MAX_PHRASE, words.length - i);
      for (let len = 1; len <= last; len++) {
        if (len > 1) {
          key += SEP + words[i + len - 1];
          if (!prefixes.has(key)) break;
        }
        const t = lexicon.get(key);
        if (t !== undefined) {
          matched = len;
          type = t;
        }
      }
    }
    if (matched === 0) {
      i++;
      continue;
    }
    markPhrase(out, i, matched, type);
    i += matched;
  }
  return out;
}

/** Every run of leading words of the lexicon's phrases (the phrases themselves included). */
/** Writes a matched phrase's codes: type × 4 + position (0 single, 1 first, 2 inside, 3 last). */
function markPhrase(out: Int32Array, at: number, length: number, type: number): void {
  for (let k = 0; k < length; k++)
    out[at + k] = type * 4 + (length === 1 ? 0 : k === 0 ? 1 : k === length - 1 ? 3 : 2);
}

export function phrasePrefixesOf(lexicon: Map<string, number>): Set<string> {
  const out = new Set<string>();
  for (const key of lexicon.keys()) {
    let at = key.indexOf(SEP);
    while (at >= 0) {
      out.add(key.slice(0, at));
      at = key.indexOf(SEP, at + 1);
    }
    out.add(key);
  }
  return out;
}

/** The lexicon as a trie over words: matching walks it a word at a time and builds no keys. */
export interface PhraseNode {
  /** whether a phrase ends here, and its type index */
  end: boolean;
  type: number;
  next: Map<string, PhraseNode> | null;
}

/**
 * The trie of the lexicon's phrases (split at the separator). For words without the separator a walk
 * from the root follows exactly the runs `phrasePrefixesOf` holds, and `type` is `lexicon.get(key)`.
 */
export function phraseTrieOf(lexicon: Map<string, number>): PhraseNode {
  const root: PhraseNode = { end: false, type: -1, next: new Map() };
  for (const [key, type] of lexicon) {
    let node = root;
    for (const word of key.split(SEP)) {
      node.next ??= new Map();
      let child = node.next.get(word);
      if (child === undefined) {
        child = { end: false, type: -1, next: null };
        node.next.set(word, child);
      }
      node = child;
    }
    node.end = true;
    node.type = type;
  }
  return root;
}

/**
 * matchPhrases over the trie: the same longest-first, left-to-right matches, for words none of which
 * contains the separator. `first[i]` is the root's child for words[i] (null: no phrase starts with it).
 */
export function matchPhraseTrie(
  words: readonly string[],
  first: readonly (PhraseNode | null)[],
  n: number,
  out: Int32Array,
): Int32Array {
  out.fill(-1, 0, n);
  let i = 0;
  while (i < n) {
    let matched = 0;
    let type = -1;
    let node = first[i];
    if (node !== null) {
      const last = Math.min(MAX_PHRASE, n - i);
      for (let len = 1; ; len++) {
        if (node.end) {
          matched = len;
          type = node.type;
        }
        if (len === last || node.next === null) break;
        const child = node.next.get(words[i + len]);
        if (child === undefined) break;
        node = child;
      }
    }
    if (matched === 0) {
      i++;
      continue;
    }
    markPhrase(out, i, matched, type);
    i += matched;
  }
  return out;
}
