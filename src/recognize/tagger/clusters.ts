// Word clusters from unlabeled text, a fast stand-in for Brown clusters: each frequent word is
// described by the words seen just left and right of it (log counts over a context vocabulary),
// randomly projected to a few dozen dimensions, and grouped by spherical k-means; the fine clusters'
// centroids are grouped again into coarse clusters. Words used alike («تهران», «کابل») land together,
// so the tagger generalizes from names it saw in training to names it only saw in the corpus.
// Used at training time only: the model file keeps the word → cluster table.
import { seededRandom } from './perceptron.js';

export interface ClusterOptions {
  /** Words seen fewer times get no cluster. */
  minCount: number;
  maxVocab: number;
  /** Size of the context vocabulary (most frequent words). */
  contexts: number;
  dims: number;
  fine: number;
  coarse: number;
  iterations: number;
  seed: number;
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = {
  minCount: 3,
  maxVocab: 40_000,
  contexts: 1000,
  dims: 96,
  fine: 384,
  coarse: 48,
  iterations: 12,
  seed: 1403,
};

/** Spherical k-means of unit rows; returns each row's cluster and the centroids. */
export function sphericalKMeans(
  data: Float32Array,
  rows: number,
  dims: number,
  k: number,
  iterations: number,
  random: () => number,
): { assign: Int32Array; centroids: Float32Array } {
  k = Math.min(k, rows);
  const centroids = new Float32Array(k * dims);
  // initial centroids: distinct rows chosen at random (seeded)
  const chosen = new Set<number>();
  for (let c = 0; c < k; c++) {
    let r = Math.floor(random() * rows);
    while (chosen.has(r)) r = (r + 1) % rows;
    chosen.add(r);
    centroids.set(data.subarray(r * dims, (r + 1) * dims), c * dims);
  }
  const assign = new Int32Array(rows);
  for (let it = 0; it < iterations; it++) {
    for (let r = 0; r < rows; r++) {
      let best = -Infinity;
      let arg = 0;
      const ro = r * dims;
      for (let c = 0; c < k; c++) {
        const co = c * dims;
        let dot = 0;
        for (let d = 0; d < dims; d++) dot += data[ro + d] * centroids[co + d];
        if (dot > best) {
          best = dot;
          arg = c;
        }
      }
      assign[r] = arg;
    }
    centroids.fill(0);
    for (let r = 0; r < rows; r++) {
      const co = assign[r] * dims;
      for (let d = 0; d < dims; d++) centroids[co + d] += data[r * dims + d];
    }
    for (let c = 0; c < k; c++) normalizeRow(centroids, c * dims, dims);
  }
  return { assign, centroids };
}

function normalizeRow(a: Float32Array, off: number, dims: number): void {
  let norm = 0;
  for (let d = 0; d < dims; d++) norm += a[off + d] * a[off + d];
  if (norm === 0) return;
  const inv = 1 / Math.sqrt(norm);
  for (let d = 0; d < dims; d++) a[off + d] *= inv;
}

/** word → fine * 65536 + coarse, for words frequent enough in `sentences` (already normalized). */
export function learnClusters(
  sentences: Iterable<readonly string[]>,
  opts: ClusterOptions = DEFAULT_CLUSTER_OPTIONS,
): Map<string, number> {
  const all = [...sentences];
  const freq = new Map<string, number>();
  for (const s of all) for (const w of s) freq.set(w, (freq.get(w) ?? 0) + 1);
  const ranked = [...freq]
    .filter(([, n]) => n >= opts.minCount)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const vocab = ranked.slice(0, opts.maxVocab).map(([w]) => w);
  const index = new Map(vocab.map((w, i) => [w, i]));
  const C = Math.min(opts.contexts, vocab.length);
  // context ids: 0..C-1 frequent words, C = sentence edge, C+1 = any other word; left and right apart
  const width = 2 * (C + 2);
  const ctx = (w: string | undefined): number => {
    if (w === undefined) return C;
    const i = index.get(w);
    return i !== undefined && i < C ? i : C + 1;
  };
  const counts = new Map<number, number>(); // key: row * width + context
  for (const s of all) {
    for (let i = 0; i < s.length; i++) {
      const row = index.get(s[i]);
      if (row === undefined) continue;
      const left = ctx(i > 0 ? s[i - 1] : undefined);
      const right = C + 2 + ctx(i + 1 < s.length ? s[i + 1] : undefined);
      for (const c of [left, right]) {
        const key = row * width + c;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
  }
  // random ±1 projection of log counts (a seeded Achlioptas projection), then unit length
  const random = seededRandom(opts.seed);
  const dims = opts.dims;
  const projection = new Float32Array(width * dims);
  for (let k = 0; k < projection.length; k++) projection[k] = random() < 0.5 ? -1 : 1;
  const rows = vocab.length;
  const data = new Float32Array(rows * dims);
  for (const [key, n] of counts) {
    const row = Math.floor(key / width);
    const c = key % width;
    const v = Math.log1p(n);
    const ro = row * dims;
    const po = c * dims;
    for (let d = 0; d < dims; d++) data[ro + d] += v * projection[po + d];
  }
  for (let r = 0; r < rows; r++) normalizeRow(data, r * dims, dims);
  const fine = sphericalKMeans(data, rows, dims, opts.fine, opts.iterations, random);
  const k = fine.centroids.length / dims;
  const coarse = sphericalKMeans(fine.centroids, k, dims, opts.coarse, opts.iterations * 2, random);
  const out = new Map<string, number>();
  for (let r = 0; r < rows; r++) out.set(vocab[r], fine.assign[r] * 65536 + coarse.assign[fine.assign[r]]);
  return out;
}
