// A small neural tagger stacked on the perceptron (issue 14): a feed-forward window network over
// per-token vectors, with a linear-chain CRF on top, in plain Float32Array arithmetic (no library,
// no download). Each token's vector is the concatenation of
//   - learned embeddings of the word (training vocabulary), of its three fastText k-means cluster
//     levels (models/ner-word-clusters.tsv.gz: a dense-vector signal for words PEYMA train lacks), of
//     its fine and coarse context clusters, of its hashed prefixes/suffixes (1–3 characters, summed)
//     and of its shape; its five gazetteer bits;
//   - the perceptron's 15 per-tag emission scores for that token, scaled (stacking: the perceptron
//     already sees the hand features and lexicons; the network learns where to correct it).
// A window of ±W tokens' vectors feeds one ReLU hidden layer; the emission of tag t is
//   b2[t] + W2[t]·h + alpha[t] × (perceptron score of t),
// so with alpha = 1, W2 = 0 and the perceptron's transitions the model starts as the perceptron.
// Decoding is the BIO-constrained Viterbi of viterbi.ts; training maximizes the CRF likelihood
// under the same constraint (neural-train in scripts/train-ner-nn.ts).
import { normalizeToken } from './normalize.js';
import { allowedTransition, NUM_TAGS } from './tags.js';
import { viterbi } from './viterbi.js';

const T = NUM_TAGS;

export interface NeuralDims {
  window: number;
  hidden: number;
  word: number;
  c1: number;
  c2: number;
  c3: number;
  cf: number;
  cc: number;
  affix: number;
  shape: number;
  affixBits: number;
}

export const DEFAULT_DIMS: NeuralDims = {
  window: 2,
  hidden: 64,
  word: 32,
  c1: 8,
  c2: 16,
  c3: 24,
  cf: 16,
  cc: 8,
  affix: 24,
  shape: 8,
  affixBits: 15,
};

export const SHAPES = 40;
const GAZ_BITS = 5;

/** Named parameter tables, each rows × dim floats. */
export interface NeuralParams {
  word: Float32Array;
  c1: Float32Array;
  c2: Float32Array;
  c3: Float32Array;
  cf: Float32Array;
  cc: Float32Array;
  affix: Float32Array;
  shape: Float32Array;
  pad: Float32Array;
  W1: Float32Array;
  b1: Float32Array;
  W2: Float32Array;
  b2: Float32Array;
  alpha: Float32Array;
  trans: Float32Array;
  start: Float32Array;
}

export interface NeuralModel {
  dims: NeuralDims;
  /** normalized word → row of `word` (0 is the unknown word) */
  vocab: Map<string, number>;
  /** normalized word → finest fastText cluster id; levels are id >> 6, id >> 3, id (32, 256, 2048) */
  embed: Map<string, number>;
  /** normalized word → fine * 65536 + coarse context cluster (the perceptron's clusters) */
  clusters: Map<string, number>;
  gazetteer: Map<string, number>;
  /** multiplier of the perceptron scores inside the token vector (1 / their standard deviation) */
  pScale: number;
  params: NeuralParams;
}

/** Width of one token vector. */
export function tokenDim(d: NeuralDims): number {
  return d.word + d.c1 + d.c2 + d.c3 + d.cf + d.cc + d.affix + d.shape + GAZ_BITS + T;
}

export const CLUSTER_ROWS = { c1: 33, c2: 257, c3: 2049, cf: 1025, cc: 257 };

/** The integer facts of one word: row ids into each table. */
export interface WordIds {
  word: number;
  c1: number;
  c2: number;
  c3: number;
  cf: number;
  cc: number;
  affix: Int32Array;
  shape: number;
  gaz: number;
}

function hashString(seed: number, s: string): number {
  let h = (seed * 0x9e3779b1) ^ 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return h >>> 0;
}

function shapeOf(w: string): number {
  let digit = 0;
  let latin = 0;
  let letter = 0;
  let other = 0;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 48 && c <= 57) digit++;
    else if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) latin++;
    else if (c >= 0x600 && c <= 0x6ff) letter++;
    else if (c !== 32) other++;
  }
  const kind =
    digit && !letter && !latin
      ? 0
      : digit
        ? 1
        : latin && !letter
          ? 2
          : other && !letter
            ? 3
            : w.includes(' ')
              ? 4
              : 5;
  const len = w.length;
  const lb = len <= 1 ? 0 : len <= 2 ? 1 : len <= 3 ? 2 : len <= 5 ? 3 : len <= 8 ? 4 : 5;
  return 1 + kind * 6 + lb;
}

export function wordIds(
  model: Pick<NeuralModel, 'dims' | 'vocab' | 'embed' | 'clusters' | 'gazetteer'>,
  raw: string,
): WordIds {
  const w = normalizeToken(raw);
  const e = model.embed.get(w);
  const c = model.clusters.get(w);
  const mask = (1 << model.dims.affixBits) - 1;
  const affix = new Int32Array(6);
  for (let k = 1; k <= 3; k++) {
    affix[k - 1] = hashString(k, w.length >= k ? w.slice(-k) : `^${w}`) & mask;
    affix[k + 2] = hashString(k + 3, w.length >= k ? w.slice(0, k) : `${w}$`) & mask;
  }
  return {
    word: model.vocab.get(w) ?? 0,
    c1: e === undefined ? 0 : 1 + (e >> 6),
    c2: e === undefined ? 0 : 1 + (e >> 3),
    c3: e === undefined ? 0 : 1 + e,
    cf: c === undefined ? 0 : 1 + ((c >>> 16) % 1024),
    cc: c === undefined ? 0 : 1 + ((c & 0xffff) % 256),
    affix,
    shape: shapeOf(w),
    gaz: model.gazetteer.get(w) ?? 0,
  };
}

/** Writes token vector x (length tokenDim) from the word's ids and its perceptron scores. */
export function fillToken(
  model: NeuralModel,
  ids: WordIds,
  p: Float32Array,
  pOff: number,
  x: Float32Array,
  xOff: number,
): void {
  const d = model.dims;
  const P = model.params;
  let o = xOff;
  const copy = (table: Float32Array, row: number, dim: number) => {
    const b = row * dim;
    for (let k = 0; k < dim; k++) x[o + k] = table[b + k];
    o += dim;
  };
  copy(P.word, ids.word, d.word);
  copy(P.c1, ids.c1, d.c1);
  copy(P.c2, ids.c2, d.c2);
  copy(P.c3, ids.c3, d.c3);
  copy(P.cf, ids.cf, d.cf);
  copy(P.cc, ids.cc, d.cc);
  for (let k = 0; k < d.affix; k++) x[o + k] = 0;
  for (let a = 0; a < ids.affix.length; a++) {
    const b = ids.affix[a] * d.affix;
    for (let k = 0; k < d.affix; k++) x[o + k] += P.affix[b + k];
  }
  o += d.affix;
  copy(P.shape, ids.shape, d.shape);
  for (let k = 0; k < GAZ_BITS; k++) x[o + k] = (ids.gaz >> k) & 1;
  o += GAZ_BITS;
  for (let t = 0; t < T; t++) x[o + t] = p[pOff + t] * model.pScale;
}

/**
 * Emission scores (n × T) of a sentence from its token vectors X (n × D) and perceptron scores p.
 * pre (n × H) receives the hidden pre-activations (kept for training's backward pass).
 */
export function forward(
  model: NeuralModel,
  n: number,
  X: Float32Array,
  p: Float32Array,
  pre: Float32Array,
  emis: Float32Array,
): void {
  const d = model.dims;
  const D = tokenDim(d);
  const H = d.hidden;
  const Wn = 2 * d.window + 1;
  const { W1, b1, W2, b2, alpha, pad } = model.params;
  const row = Wn * D;
  for (let i = 0; i < n; i++) {
    for (let h = 0; h < H; h++) {
      let s = b1[h];
      const wb = h * row;
      for (let o = 0; o < Wn; o++) {
        const j = i + o - d.window;
        const src = j < 0 || j >= n ? pad : X;
        const xb = j < 0 || j >= n ? 0 : j * D;
        const ob = wb + o * D;
        for (let k = 0; k < D; k++) s += W1[ob + k] * src[xb + k];
      }
      pre[i * H + h] = s;
    }
    for (let t = 0; t < T; t++) {
      let s = b2[t] + alpha[t] * p[i * T + t];
      const wb = t * H;
      for (let h = 0; h < H; h++) {
        const v = pre[i * H + h];
        if (v > 0) s += W2[wb + h] * v;
      }
      emis[i * T + t] = s;
    }
  }
}

/** Allowed transitions (BIO), flat prev-major, and allowed first tags. */
export const ALLOWED = Uint8Array.from({ length: T * T }, (_, k) =>
  allowedTransition(Math.floor(k / T), k % T) ? 1 : 0,
);
export const ALLOWED_START = Uint8Array.from({ length: T }, (_, c) => (allowedTransition(-1, c) ? 1 : 0));

/** Tags of one sentence, given its tokens and the perceptron's emission scores (n × T). */
export function decodeNeural(model: NeuralModel, tokens: readonly string[], p: Float32Array): Int32Array {
  const n = tokens.length;
  if (n === 0) return new Int32Array(0);
  const D = tokenDim(model.dims);
  const X = new Float32Array(n * D);
  for (let i = 0; i < n; i++) fillToken(model, wordIds(model, tokens[i]), p, i * T, X, i * D);
  const pre = new Float32Array(n * model.dims.hidden);
  const emis = new Float32Array(n * T);
  forward(model, n, X, p, pre, emis);
  return viterbi(n, emis, model.params.trans, model.params.start);
}

/**
 * The run-time path: the same emissions as `forward`, but the first layer's product with a word's
 * own embeddings (everything in its vector but the perceptron scores) is computed once per word type
 * and window position and cached, so per token only the 15 perceptron scores of each window position
 * are multiplied in. Cached per model (bounded: cleared when full).
 */
const CACHE_LIMIT = 30_000;
interface RunCache {
  words: Map<string, Float32Array>;
  pad: Float32Array;
}
const caches = new WeakMap<NeuralModel, RunCache>();

function runCache(model: NeuralModel): RunCache {
  let c = caches.get(model);
  if (c) return c;
  const d = model.dims;
  const D = tokenDim(d);
  const H = d.hidden;
  const Wn = 2 * d.window + 1;
  const { W1, pad } = model.params;
  const padOut = new Float32Array(Wn * H);
  for (let o = 0; o < Wn; o++)
    for (let h = 0; h < H; h++) {
      let s = 0;
      const b = h * Wn * D + o * D;
      for (let k = 0; k < D; k++) s += W1[b + k] * pad[k];
      padOut[o * H + h] = s;
    }
  c = { words: new Map(), pad: padOut };
  caches.set(model, c);
  return c;
}

const ZERO_P = new Float32Array(T);
let xScratch = new Float32Array(0);

function wordContribution(model: NeuralModel, token: string): Float32Array {
  const cache = runCache(model);
  let v = cache.words.get(token);
  if (v) return v;
  const d = model.dims;
  const D = tokenDim(d);
  const H = d.hidden;
  const Wn = 2 * d.window + 1;
  if (xScratch.length < D) xScratch = new Float32Array(D);
  fillToken(model, wordIds(model, token), ZERO_P, 0, xScratch, 0);
  const W1 = model.params.W1;
  const E = D - T; // the word's own part; the last T entries are the perceptron scores
  v = new Float32Array(Wn * H);
  for (let o = 0; o < Wn; o++)
    for (let h = 0; h < H; h++) {
      let s = 0;
      const b = h * Wn * D + o * D;
      for (let k = 0; k < E; k++) s += W1[b + k] * xScratch[k];
      v[o * H + h] = s;
    }
  if (cache.words.size >= CACHE_LIMIT) cache.words.clear();
  cache.words.set(token, v);
  return v;
}

let hid = new Float32Array(0);
let emisScratch = new Float32Array(0);
let contribs: Float32Array[] = [];

/** Emission scores (n × T) of a sentence, the fast way; p = the perceptron's emissions (n × T). */
export function emissionsFast(model: NeuralModel, tokens: readonly string[], p: Float32Array): Float32Array {
  const n = tokens.length;
  const d = model.dims;
  const D = tokenDim(d);
  const H = d.hidden;
  const W = d.window;
  const Wn = 2 * W + 1;
  const { W1, b1, W2, b2, alpha } = model.params;
  const cache = runCache(model);
  if (hid.length < H) hid = new Float32Array(H);
  if (emisScratch.length < n * T) emisScratch = new Float32Array(Math.max(n * T, 2 * emisScratch.length));
  if (contribs.length < n) contribs = new Array(Math.max(n, 2 * contribs.length));
  for (let i = 0; i < n; i++) contribs[i] = wordContribution(model, tokens[i]);
  const E = D - T;
  const ps = model.pScale;
  const row = Wn * D;
  for (let i = 0; i < n; i++) {
    for (let h = 0; h < H; h++) hid[h] = b1[h];
    for (let o = 0; o < Wn; o++) {
      const j = i + o - W;
      if (j < 0 || j >= n) {
        const pc = cache.pad;
        for (let h = 0; h < H; h++) hid[h] += pc[o * H + h];
        continue;
      }
      const c = contribs[j];
      const pb = j * T;
      for (let h = 0; h < H; h++) {
        const wb = h * row + o * D + E;
        let s = c[o * H + h];
        for (let t = 0; t < T; t++) s += W1[wb + t] * p[pb + t] * ps;
        hid[h] += s;
      }
    }
    for (let t = 0; t < T; t++) {
      let s = b2[t] + alpha[t] * p[i * T + t];
      const wb = t * H;
      for (let h = 0; h < H; h++) {
        const v = hid[h];
        if (v > 0) s += W2[wb + h] * v;
      }
      emisScratch[i * T + t] = s;
    }
  }
  return emisScratch;
}

/** Tags of one sentence the fast way (same tags as decodeNeural up to float rounding). */
export function decodeNeuralFast(model: NeuralModel, tokens: readonly string[], p: Float32Array): Int32Array {
  const n = tokens.length;
  if (n === 0) return new Int32Array(0);
  return viterbi(n, emissionsFast(model, tokens, p), model.params.trans, model.params.start);
}

/** Rows and width of every parameter table, for a vocabulary of `vocabSize` words (plus unknown). */
export function paramShapes(d: NeuralDims, vocabSize: number): Record<keyof NeuralParams, [number, number]> {
  const D = tokenDim(d);
  return {
    word: [vocabSize + 1, d.word],
    c1: [CLUSTER_ROWS.c1, d.c1],
    c2: [CLUSTER_ROWS.c2, d.c2],
    c3: [CLUSTER_ROWS.c3, d.c3],
    cf: [CLUSTER_ROWS.cf, d.cf],
    cc: [CLUSTER_ROWS.cc, d.cc],
    affix: [1 << d.affixBits, d.affix],
    shape: [SHAPES, d.shape],
    pad: [1, D],
    W1: [d.hidden, (2 * d.window + 1) * D],
    b1: [1, d.hidden],
    W2: [T, d.hidden],
    b2: [1, T],
    alpha: [1, T],
    trans: [T, T],
    start: [1, T],
  };
}
