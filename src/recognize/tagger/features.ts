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
import { finish, mixCode, mixString, seed } from './hash.js';
import { normalizeToken, scriptOf, shapeOf } from './normalize.js';

export const FEATURE_GROUPS = ['word', 'affix', 'ngram', 'shape', 'cluster', 'gazetteer', 'taglex'] as const;
export type FeatureGroup = (typeof FEATURE_GROUPS)[number];

export interface FeatureConfig {
  /** log2 of the hashed feature table's size. */
  bits: number;
  groups: Record<FeatureGroup, boolean>;
}

export const allGroups = (): Record<FeatureGroup, boolean> =>
  Object.fromEntries(FEATURE_GROUPS.map((g) => [g, true])) as Record<FeatureGroup, boolean>;

/** Word lists the features look words up in; the model file carries a snapshot of them. */
export interface FeatureResources {
  /** normalized word → fine cluster id * 65536 + coarse cluster id */
  clusters: Map<string, number>;
  /** normalized word → bit mask of the gazetteer lists it belongs to */
  gazetteer: Map<string, number>;
  /** normalized word → majority training tag * 4 + how dominant it is (0..3); see tag-lexicon.ts */
  tagLexicon: Map<string, number>;
}

export const emptyResources = (): FeatureResources => ({ clusters: new Map(), gazetteer: new Map(), tagLexicon: new Map() });

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

const BOS = '<s>';
const EOS = '</s>';
const NO_CLUSTER = -1;

class IdBuffer {
  ids = new Int32Array(1024);
  length = 0;
  constructor(readonly mask: number) {}
  push(h: number): void {
    if (this.length === this.ids.length) {
      const bigger = new Int32Array(this.ids.length * 2);
      bigger.set(this.ids);
      this.ids = bigger;
    }
    this.ids[this.length++] = finish(h) & this.mask;
  }
}

/** Per-token facts that do not depend on the neighbours, computed once per token. */
interface TokenInfo {
  norm: string;
  shape: string;
  fine: number;
  coarse: number;
  gaz: number;
  /** tag lexicon entry, or -1 */
  lex: number;
}

function tokenInfo(raw: string, res: FeatureResources): TokenInfo {
  const norm = normalizeToken(raw);
  const c = res.clusters.get(norm);
  return {
    norm,
    shape: shapeOf(raw),
    fine: c === undefined ? NO_CLUSTER : Math.floor(c / 65536),
    coarse: c === undefined ? NO_CLUSTER : c % 65536,
    gaz: res.gazetteer.get(norm) ?? 0,
    lex: res.tagLexicon.get(norm) ?? -1,
  };
}

const wordHash = (template: number, s: string): number => mixString(seed(template), s);

/** Extracts the hashed features of every token in a sentence. */
export function sentenceFeatures(tokens: readonly string[], res: FeatureResources, cfg: FeatureConfig): SentenceFeatures {
  const n = tokens.length;
  const g = cfg.groups;
  const buf = new IdBuffer((1 << cfg.bits) - 1);
  const offsets = new Int32Array(n + 1);
  const info = tokens.map((t) => tokenInfo(t, res));
  const normAt = (i: number): string => (i < 0 ? BOS : i >= n ? EOS : info[i].norm);
  const shapeAt = (i: number): string => (i < 0 ? BOS : i >= n ? EOS : info[i].shape);
  const fineAt = (i: number): number => (i < 0 ? -2 : i >= n ? -3 : info[i].fine);
  const coarseAt = (i: number): number => (i < 0 ? -2 : i >= n ? -3 : info[i].coarse);
  const lexAt = (i: number): number => (i < 0 ? -2 : i >= n ? -3 : info[i].lex);

  for (let i = 0; i < n; i++) {
    offsets[i] = buf.length;
    const w = info[i].norm;
    buf.push(seed(T_BIAS));
    if (g.word) {
      buf.push(wordHash(T_W, w));
      buf.push(wordHash(T_W + 1, normAt(i - 1)));
      buf.push(wordHash(T_W + 2, normAt(i + 1)));
      buf.push(wordHash(T_W + 3, normAt(i - 2)));
      buf.push(wordHash(T_W + 4, normAt(i + 2)));
      buf.push(mixString(mixCode(wordHash(T_BIGRAM_PREV, normAt(i - 1)), 0x1f), w));
      buf.push(mixString(mixCode(wordHash(T_BIGRAM_NEXT, w), 0x1f), normAt(i + 1)));
    }
    if (g.affix) {
      const len = w.length;
      for (let k = 1; k <= 4 && k <= len; k++) {
        buf.push(mixString(seed(T_PREFIX + k), w, 0, k));
        buf.push(mixString(seed(T_SUFFIX + k), w, len - k, len));
      }
      const space = w.indexOf(' ');
      if (space > 0) {
        buf.push(mixString(seed(T_FIRST_PART), w, 0, space));
        buf.push(mixString(seed(T_LAST_PART), w, w.lastIndexOf(' ') + 1, len));
        buf.push(wordHash(T_JOINED, w.replaceAll(' ', '')));
      }
    }
    if (g.ngram) {
      // 3-grams of ^word$, so the first and last grams also mark the word's edges
      const len = w.length;
      if (len >= 2) {
        for (let k = -1; k + 3 <= len + 1; k++) {
          let h = seed(T_NGRAM);
          for (let j = k; j < k + 3; j++) h = mixCode(h, j < 0 ? 0x5e : j >= len ? 0x24 : w.charCodeAt(j));
          buf.push(h);
        }
      }
    }
    if (g.shape) {
      const shape = info[i].shape;
      buf.push(wordHash(T_SHAPE, shape));
      buf.push(wordHash(T_SHAPE + 1, shapeAt(i - 1)));
      buf.push(wordHash(T_SHAPE + 2, shapeAt(i + 1)));
      buf.push(wordHash(T_SCRIPT, scriptOf(tokens[i])));
      buf.push(mixCode(seed(T_LENGTH), Math.min(w.length, 12)));
      if (shape === 'd') buf.push(mixCode(seed(T_DIGITS), Math.min(w.length, 6)));
      buf.push(mixString(mixString(mixCode(wordHash(T_SHAPE_TRIGRAM, shapeAt(i - 1)), 0x1f), shape), shapeAt(i + 1)));
    }
    if (g.cluster) {
      buf.push(mixCode(seed(T_CLUSTER_FINE), fineAt(i)));
      buf.push(mixCode(seed(T_CLUSTER_FINE + 1), fineAt(i - 1)));
      buf.push(mixCode(seed(T_CLUSTER_FINE + 2), fineAt(i + 1)));
      buf.push(mixCode(seed(T_CLUSTER_FINE + 3), fineAt(i - 2)));
      buf.push(mixCode(seed(T_CLUSTER_FINE + 4), fineAt(i + 2)));
      buf.push(mixCode(seed(T_CLUSTER_COARSE), coarseAt(i)));
      buf.push(mixCode(seed(T_CLUSTER_COARSE + 1), coarseAt(i - 1)));
      buf.push(mixCode(seed(T_CLUSTER_COARSE + 2), coarseAt(i + 1)));
      buf.push(mixCode(mixCode(seed(T_CLUSTER_PAIR), coarseAt(i - 1)), coarseAt(i)));
    }
    if (g.gazetteer) {
      for (let p = 0; p < 3; p++) {
        const j = p === 0 ? i : p === 1 ? i - 1 : i + 1;
        const mask = j >= 0 && j < n ? info[j].gaz : 0;
        for (let list = 0; mask >> list; list++) if ((mask >> list) & 1) buf.push(seed(T_GAZ + 8 * p + list));
      }
    }
    if (g.taglex) {
      const lex = info[i].lex;
      buf.push(mixCode(seed(T_TAGLEX), lex < 0 ? -1 : lex >> 2));
      buf.push(mixCode(seed(T_TAGLEX_STRENGTH), lex));
      buf.push(mixCode(seed(T_TAGLEX + 1), lexAt(i - 1) < 0 ? lexAt(i - 1) : lexAt(i - 1) >> 2));
      buf.push(mixCode(seed(T_TAGLEX + 2), lexAt(i + 1) < 0 ? lexAt(i + 1) : lexAt(i + 1) >> 2));
    }
  }
  offsets[n] = buf.length;
  return { offsets, ids: buf.ids.subarray(0, buf.length) };
}
