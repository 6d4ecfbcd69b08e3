// Averaged structured perceptron (Collins 2002) over a dense hashed weight table. Averaging uses the
// usual trick: keep w and u = Σ c·Δ, then the average is w − u/c, so each update costs O(1).
// Training is deterministic: the sentence order of each epoch comes from a seeded generator.
import type { SentenceFeatures } from './features.js';
import type { TaggerModel } from './model.js';
import { NUM_TAGS } from './tags.js';
import { viterbi } from './viterbi.js';

const T = NUM_TAGS;

export interface TrainingSentence {
  features: SentenceFeatures;
  gold: Int32Array;
  /** Partial labels (the CRF only): per token a bit mask of the tags the annotation allows; the
   * likelihood is then that of all paths through allowed tags. Without it, gold is the one path. */
  allowed?: Uint16Array;
}

/** mulberry32: a small seeded generator, so every training run shuffles alike. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Perceptron {
  readonly w: Float64Array;
  readonly u: Float64Array;
  readonly trans = new Float64Array(T * T);
  readonly transU = new Float64Array(T * T);
  readonly start = new Float64Array(T);
  readonly startU = new Float64Array(T);
  /** Number of examples seen plus one (the averaging clock). */
  c = 1;

  constructor(readonly bits: number) {
    this.w = new Float64Array((1 << bits) * T);
    this.u = new Float64Array((1 << bits) * T);
  }

  private emission(f: SentenceFeatures, n: number): Float64Array {
    const out = new Float64Array(n * T);
    const w = this.w;
    for (let i = 0; i < n; i++) {
      const base = i * T;
      for (let k = f.offsets[i]; k < f.offsets[i + 1]; k++) {
        const row = f.ids[k] * T;
        for (let t = 0; t < T; t++) out[base + t] += w[row + t];
      }
    }
    return out;
  }

  /** One perceptron step on one sentence; returns the number of mistagged tokens. */
  learn(s: TrainingSentence): number {
    const n = s.gold.length;
    if (n === 0) return 0;
    const pred = viterbi(n, this.emission(s.features, n), this.trans, this.start);
    const gold = s.gold;
    const c = this.c;
    let errors = 0;
    for (let i = 0; i < n; i++) {
      const g = gold[i];
      const p = pred[i];
      if (g !== p) {
        errors++;
        for (let k = s.features.offsets[i]; k < s.features.offsets[i + 1]; k++) {
          const row = s.features.ids[k] * T;
          this.w[row + g] += 1;
          this.u[row + g] += c;
          this.w[row + p] -= 1;
          this.u[row + p] -= c;
        }
      }
      const gPrev = i === 0 ? -1 : gold[i - 1];
      const pPrev = i === 0 ? -1 : pred[i - 1];
      if (g !== p || gPrev !== pPrev) {
        if (i === 0) {
          this.start[g] += 1;
          this.startU[g] += c;
          this.start[p] -= 1;
          this.startU[p] -= c;
        } else {
          this.trans[gPrev * T + g] += 1;
          this.transU[gPrev * T + g] += c;
          this.trans[pPrev * T + p] -= 1;
          this.transU[pPrev * T + p] -= c;
        }
      }
    }
    this.c++;
    return errors;
  }

  /** One pass over the data in a seeded random order (shuffledOrder); returns the token error count. */
  epoch(data: readonly TrainingSentence[], random: () => number): number {
    const order = shuffledOrder(data.length, random);
    let errors = 0;
    for (const i of order) errors += this.learn(data[i]);
    return errors;
  }

  /**
   * The averaged weights as a run-time model, keeping only features whose largest averaged weight
   * is at least `prune` in absolute value (most hashed rows are empty or tiny).
   */
  averaged(
    base: Omit<TaggerModel, 'rowOf' | 'weights' | 'scale' | 'transition' | 'start'>,
    prune = 0,
  ): TaggerModel {
    const size = 1 << this.bits;
    const rowOf = new Int32Array(size);
    const inv = 1 / this.c;
    let rows = 0;
    const avg = new Float32Array(T);
    const kept: number[] = [];
    for (let f = 0; f < size; f++) {
      let max = 0;
      for (let t = 0; t < T; t++) {
        const a = Math.abs(this.w[f * T + t] - this.u[f * T + t] * inv);
        if (a > max) max = a;
      }
      if (max > prune && max > 0) {
        rowOf[f] = ++rows;
        kept.push(f);
      }
    }
    const floats = new Float32Array(rows * T);
    let maxAbs = 0;
    for (let r = 0; r < rows; r++) {
      const f = kept[r];
      for (let t = 0; t < T; t++) {
        avg[t] = this.w[f * T + t] - this.u[f * T + t] * inv;
        if (Math.abs(avg[t]) > maxAbs) maxAbs = Math.abs(avg[t]);
      }
      floats.set(avg, r * T);
    }
    // quantized to int16 with one scale, as the model file stores them
    const scale = maxAbs === 0 ? 1 : maxAbs / 32767;
    const weights = new Int16Array(rows * T);
    for (let k = 0; k < weights.length; k++) weights[k] = Math.round(floats[k] / scale);
    const transition = new Float32Array(T * T);
    for (let k = 0; k < T * T; k++) transition[k] = this.trans[k] - this.transU[k] * inv;
    const start = new Float32Array(T);
    for (let k = 0; k < T; k++) start[k] = this.start[k] - this.startU[k] * inv;
    return { ...base, rowOf, weights, scale, transition, start };
  }
}

/** 0 … n−1 in a random order (Fisher–Yates with the given seeded random): the trainers' epoch order. */
export function shuffledOrder(n: number, random: () => number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  return order;
}
