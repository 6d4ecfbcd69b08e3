// Feature extraction: for each token of a sentence, the hashed ids of its active features. Groups
// can be switched off one at a time (the ablation table in docs/bench-tagger.md measures each):
//   word      the normalized token, its neighbours ±2, and the two word bigrams around it
//   affix     prefixes and suffixes of 1–4 characters; first and last part of a spaced token
//   ngram     character 3-grams of the token
//   shape     shape (Xx, d, ف), script, length, digit patterns of the token and its neighbours
//   cluster   distributional word clusters (fine and coarse) of the token and its neighbours ±2
//   gazetteer membership of the token and its neighbours in the actor lexicon's word lists
//   taglex    the tag each word most often carries in the training data (tag-lexicon.ts), for the
//             token and its neighbours ±1; jackknifed at training time so it is not memorized
//   span      the nearest earlier word (up to 5 back) that usually begins an entity in training
//             (its type and distance), and the tag-lexicon entries two words away: lets «خدمات
//             جامع سلامت» continue the ORG that «مرکز» opened
//   phrase    whether the token lies in (and where in) a training entity name matched in the
//             sentence, longest first (phrase-lexicon.ts); jackknifed likewise
//
// Speed: everything that depends on one word only (its normalized form's hash, affixes, n-grams,
// shape, cluster, lexicon entries) is computed once per word type and cached (WordFacts); features
// that look at neighbours combine the cached 32-bit hashes with integer mixing, no strings built.
import { finish, mixCode, mixString, seed } from './hash.js';
import { normalizeToken, scriptOf, shapeOf } from './normalize.js';
import { firstWordsOf, matchPhrases } from './phrase-lexicon.js';

export const FEATURE_GROUPS = [
  'word',
  'affix',
  'ngram',
  'shape',
  'cluster',
  'gazetteer',
  'taglex',
  'phrase',
  'span',
] as const;
export type FeatureGroup = (typeof FEATURE_GROUPS)[number];

export interface FeatureConfig {
  /** log2 of the hashed feature table's size. */
  bits: number;
  groups: Record<FeatureGroup, boolean>;
}

export const allGroups = (): Record<FeatureGroup, boolean> =>
  Object.fromEntries(FEATURE_GROUPS.map((g) => [g, true])) as Record<FeatureGroup, boolean>;

/**
 * Word lists the features look words up in; the model file carries a snapshot of them. Treat as
 * frozen once used: word facts are cached per resources object.
 */
export interface FeatureResources {
  /** normalized word → fine cluster id * 65536 + coarse cluster id */
  clusters: Map<string, number>;
  /** normalized word → bit mask of the gazetteer lists it belongs to */
  gazetteer: Map<string, number>;
  /** normalized word → majority training tag * 4 + how dominant it is (0..3); see tag-lexicon.ts */
  tagLexicon: Map<string, number>;
  /** entity phrase (normalized words joined by U+0001) → type index; see phrase-lexicon.ts */
  phrases: Map<string, number>;
}

export const emptyResources = (): FeatureResources => ({
  clusters: new Map(),
  gazetteer: new Map(),
  tagLexicon: new Map(),
  phrases: new Map(),
});

/** The hashed features of one sentence: token i's ids are ids[offsets[i] .. offsets[i+1]). */
export interface SentenceFeatures {
  offsets: Int32Array;
  ids: Int32Array;
}

// Template numbers (stable: changing one changes every hash and requires retraining).
const T_BIAS = 1;
const T_W = 2; // +0..4 for positions 0, -1, +1, -2, +2
const T_BIGRAM_PREV = 8;
const T_BIGRAM_NEXT = 9;
const T_PREFIX = 10; // +k
const T_SUFFIX = 15; // +k
const T_FIRST_PART = 20;
const T_LAST_PART = 21;
const T_JOINED = 22;
const T_NGRAM = 30;
const T_SHAPE = 40; // +0..2 for positions 0, -1, +1
const T_SCRIPT = 43;
const T_LENGTH = 44;
const T_DIGITS = 45;
const T_SHAPE_TRIGRAM = 46;
const T_CLUSTER_FINE = 50; // +0..4 for positions 0, -1, +1, -2, +2
const T_CLUSTER_COARSE = 55; // +0..2 for positions 0, -1, +1
const T_CLUSTER_PAIR = 58;
const T_GAZ = 60; // + 8*position + list
const T_TAGLEX = 90; // +0..2 for positions 0, -1, +1
const T_TAGLEX_STRENGTH = 93;
const T_PHRASE = 95; // +0..2 for positions 0, -1, +1
const T_SPAN_OPENER = 98;
const T_TAGLEX_FAR = 99; // +0..1 for positions -2, +2

/** What the features need to know about one word type, computed once. */
interface WordFacts {
  norm: string;
  /** hash of the normalized form */
  word: number;
  /** hash of the shape */
  shape: number;
  fine: number;
  coarse: number;
  gaz: number;
  /** tag-lexicon entry, or -1 */
  lex: number;
  /** the word's own features (no neighbours), by group, already finished */
  local: Record<'affix' | 'ngram' | 'shape', Int32Array>;
}

const NO_CLUSTER = -1;
const BOS: WordFacts = edge('<s>', -2);
const EOS: WordFacts = edge('</s>', -3);

function edge(mark: string, id: number): WordFacts {
  const empty = new Int32Array(0);
  return {
    norm: mark,
    word: mixString(0, mark),
    shape: mixString(0, mark),
    fine: id,
    coarse: id,
    gaz: 0,
    lex: id,
    local: { affix: empty, ngram: empty, shape: empty },
  };
}

function wordFacts(raw: string, res: FeatureResources): WordFacts {
  const w = normalizeToken(raw);
  const len = w.length;
  const c = res.clusters.get(w);
  const shape = shapeOf(raw);
  const affix: number[] = [];
  for (let k = 1; k <= 4 && k <= len; k++) {
    affix.push(finish(mixString(seed(T_PREFIX + k), w, 0, k)));
    affix.push(finish(mixString(seed(T_SUFFIX + k), w, len - k, len)));
  }
  const space = w.indexOf(' ');
  if (space > 0) {
    affix.push(finish(mixString(seed(T_FIRST_PART), w, 0, space)));
    affix.push(finish(mixString(seed(T_LAST_PART), w, w.lastIndexOf(' ') + 1, len)));
    affix.push(finish(mixString(seed(T_JOINED), w.replaceAll(' ', ''))));
  }
  // 3-grams of ^word$, so the first and last grams also mark the word's edges
  const ngram: number[] = [];
  if (len >= 2) {
    for (let k = -1; k + 3 <= len + 1; k++) {
      let h = seed(T_NGRAM);
      for (let j = k; j < k + 3; j++) h = mixCode(h, j < 0 ? 0x5e : j >= len ? 0x24 : w.charCodeAt(j));
      ngram.push(finish(h));
    }
  }
  const shapeHash = mixString(0, shape);
  const shapes = [
    finish(mixCode(seed(T_SHAPE), shapeHash)),
    finish(mixString(seed(T_SCRIPT), scriptOf(raw))),
    finish(mixCode(seed(T_LENGTH), Math.min(len, 12))),
  ];
  if (shape === 'd') shapes.push(finish(mixCode(seed(T_DIGITS), Math.min(len, 6))));
  return {
    norm: w,
    word: mixString(0, w),
    shape: shapeHash,
    fine: c === undefined ? NO_CLUSTER : Math.floor(c / 65536),
    coarse: c === undefined ? NO_CLUSTER : c % 65536,
    gaz: res.gazetteer.get(w) ?? 0,
    lex: res.tagLexicon.get(w) ?? -1,
    local: { affix: Int32Array.from(affix), ngram: Int32Array.from(ngram), shape: Int32Array.from(shapes) },
  };
}

/** Per-resources cache of word facts; cleared when it grows past a bound so memory stays flat. */
const CACHE_LIMIT = 200_000;
const caches = new WeakMap<FeatureResources, Map<string, WordFacts>>();
const phraseStarts = new WeakMap<FeatureResources, Set<string>>();

function factsOf(raw: string, res: FeatureResources): WordFacts {
  let cache = caches.get(res);
  if (!cache) {
    cache = new Map();
    caches.set(res, cache);
  }
  let f = cache.get(raw);
  if (f === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    f = wordFacts(raw, res);
    cache.set(raw, f);
  }
  return f;
}

class IdBuffer {
  ids: Int32Array;
  length = 0;
  constructor(
    readonly mask: number,
    capacity: number,
  ) {
    this.ids = new Int32Array(capacity);
  }
  private grow(): void {
    const bigger = new Int32Array(this.ids.length * 2);
    bigger.set(this.ids);
    this.ids = bigger;
  }
  /** A hash still to be finished. */
  push(h: number): void {
    if (this.length === this.ids.length) this.grow();
    this.ids[this.length++] = finish(h) & this.mask;
  }
  /** Hashes already finished (a word's cached local features). */
  pushFinished(hs: Int32Array): void {
    while (this.length + hs.length > this.ids.length) this.grow();
    for (let k = 0; k < hs.length; k++) this.ids[this.length++] = hs[k] & this.mask;
  }
}

/** Extracts the hashed features of every token in a sentence. */
export function sentenceFeatures(
  tokens: readonly string[],
  res: FeatureResources,
  cfg: FeatureConfig,
): SentenceFeatures {
  const n = tokens.length;
  const g = cfg.groups;
  const buf = new IdBuffer((1 << cfg.bits) - 1, n * 48 + 16);
  const offsets = new Int32Array(n + 1);
  const facts: WordFacts[] = new Array(n);
  for (let i = 0; i < n; i++) facts[i] = factsOf(tokens[i], res);
  const at = (i: number): WordFacts => (i < 0 ? BOS : i >= n ? EOS : facts[i]);
  const parent = (lex: number): number => (lex < 0 ? lex : lex >> 2);
  let phrase: Int32Array | null = null;
  if (g.phrase && res.phrases.size > 0) {
    let starts = phraseStarts.get(res);
    if (!starts) {
      starts = firstWordsOf(res.phrases);
      phraseStarts.set(res, starts);
    }
    phrase = matchPhrases(
      facts.map((f) => f.norm),
      res.phrases,
      starts,
    );
  }
  const phraseAt = (i: number): number => (phrase === null ? -1 : i < 0 ? -2 : i >= n ? -3 : phrase[i]);

  for (let i = 0; i < n; i++) {
    offsets[i] = buf.length;
    const f = facts[i];
    const prev = at(i - 1);
    const next = at(i + 1);
    buf.push(seed(T_BIAS));
    if (g.word) {
      buf.push(mixCode(seed(T_W), f.word));
      buf.push(mixCode(seed(T_W + 1), prev.word));
      buf.push(mixCode(seed(T_W + 2), next.word));
      buf.push(mixCode(seed(T_W + 3), at(i - 2).word));
      buf.push(mixCode(seed(T_W + 4), at(i + 2).word));
      buf.push(mixCode(mixCode(seed(T_BIGRAM_PREV), prev.word), f.word));
      buf.push(mixCode(mixCode(seed(T_BIGRAM_NEXT), f.word), next.word));
    }
    if (g.affix) buf.pushFinished(f.local.affix);
    if (g.ngram) buf.pushFinished(f.local.ngram);
    if (g.shape) {
      buf.pushFinished(f.local.shape);
      buf.push(mixCode(seed(T_SHAPE + 1), prev.shape));
      buf.push(mixCode(seed(T_SHAPE + 2), next.shape));
      buf.push(mixCode(mixCode(mixCode(seed(T_SHAPE_TRIGRAM), prev.shape), f.shape), next.shape));
    }
    if (g.cluster) {
      buf.push(mixCode(seed(T_CLUSTER_FINE), f.fine));
      buf.push(mixCode(seed(T_CLUSTER_FINE + 1), prev.fine));
      buf.push(mixCode(seed(T_CLUSTER_FINE + 2), next.fine));
      buf.push(mixCode(seed(T_CLUSTER_FINE + 3), at(i - 2).fine));
      buf.push(mixCode(seed(T_CLUSTER_FINE + 4), at(i + 2).fine));
      buf.push(mixCode(seed(T_CLUSTER_COARSE), f.coarse));
      buf.push(mixCode(seed(T_CLUSTER_COARSE + 1), prev.coarse));
      buf.push(mixCode(seed(T_CLUSTER_COARSE + 2), next.coarse));
      buf.push(mixCode(mixCode(seed(T_CLUSTER_PAIR), prev.coarse), f.coarse));
    }
    if (g.gazetteer) {
      for (let p = 0; p < 3; p++) {
        const mask = p === 0 ? f.gaz : p === 1 ? prev.gaz : next.gaz;
        for (let list = 0; mask >> list; list++) if ((mask >> list) & 1) buf.push(seed(T_GAZ + 8 * p + list));
      }
    }
    if (g.taglex) {
      buf.push(mixCode(seed(T_TAGLEX), parent(f.lex)));
      buf.push(mixCode(seed(T_TAGLEX_STRENGTH), f.lex));
      buf.push(mixCode(seed(T_TAGLEX + 1), parent(prev.lex)));
      buf.push(mixCode(seed(T_TAGLEX + 2), parent(next.lex)));
    }
    if (g.span) {
      // the nearest earlier word whose usual tag is B_X, within 5 words
      let opener = -1;
      let distance = 0;
      for (let d = 1; d <= 5 && i - d >= 0; d++) {
        const lex = facts[i - d].lex;
        if (lex >= 0 && (lex >> 2) % 2 === 1) {
          opener = lex >> 2;
          distance = d;
          break;
        }
      }
      buf.push(mixCode(mixCode(seed(T_SPAN_OPENER), opener), distance));
      buf.push(mixCode(seed(T_SPAN_OPENER), opener));
      buf.push(mixCode(seed(T_TAGLEX_FAR), parent(at(i - 2).lex)));
      buf.push(mixCode(seed(T_TAGLEX_FAR + 1), parent(at(i + 2).lex)));
    }
    if (g.phrase) {
      buf.push(mixCode(seed(T_PHRASE), phraseAt(i)));
      buf.push(mixCode(seed(T_PHRASE + 1), phraseAt(i - 1)));
      buf.push(mixCode(seed(T_PHRASE + 2), phraseAt(i + 1)));
    }
  }
  offsets[n] = buf.length;
  return { offsets, ids: buf.ids.subarray(0, buf.length) };
}
