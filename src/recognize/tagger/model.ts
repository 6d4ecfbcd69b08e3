// The run-time model: a hashed feature table mapped to compact weight rows, the tag transition
// weights, and the resources (clusters, gazetteer snapshot) its features were trained with.
import {
  type FeatureConfig,
  type FeatureResources,
  type SentenceFeatures,
  scoreSentence,
} from './features.js';
import { NUM_TAGS, TAGS } from './tags.js';
import { viterbi } from './viterbi.js';

const T = NUM_TAGS;

export interface TaggerModel {
  config: FeatureConfig;
  resources: FeatureResources;
  /** hashed feature id → 1 + its row in `weights`, or 0 when the feature has no weights (a fresh,
   * zero-filled table needs no initializing pass) */
  rowOf: Int32Array;
  /** rows × NUM_TAGS emission weights, quantized: the weight is weights[k] × scale */
  weights: Int16Array;
  scale: number;
  /** NUM_TAGS × NUM_TAGS, previous tag major */
  transition: Float32Array;
  /** weights of the first tag of a sentence */
  start: Float32Array;
  /** Free-form facts about training (data, epochs, dev F1), kept in the model file. */
  info: Record<string, unknown>;
}

/** Emission scores of every token (token-major, NUM_TAGS per token). */
export function emissionScores(model: TaggerModel, f: SentenceFeatures, n: number): Float32Array {
  // sums of int16 weights are exact in int32; one multiplication by the scale at the end
  const sums = new Int32Array(n * T);
  const { rowOf, weights } = model;
  for (let i = 0; i < n; i++) {
    const base = i * T;
    for (let k = f.offsets[i]; k < f.offsets[i + 1]; k++) {
      const row = rowOf[f.ids[k]];
      if (row === 0) continue;
      const w = (row - 1) * T;
      for (let t = 0; t < T; t++) sums[base + t] += weights[w + t];
    }
  }
  const out = new Float32Array(n * T);
  for (let k = 0; k < out.length; k++) out[k] = sums[k] * model.scale;
  return out;
}

/** Scratch for decode: grown to the longest sentence seen, reused (decoding is synchronous). */
let sums = new Int32Array(0);
let emission = new Float32Array(0);

/**
 * The perceptron's emission scores of one sentence (n × NUM_TAGS, token-major) in a scratch buffer
 * reused by the next call: the input of decode's Viterbi, and of the neural tagger stacked on it.
 */
export function perceptronEmissions(model: TaggerModel, tokens: readonly string[]): Float32Array {
  const n = tokens.length;
  if (sums.length < n * T) {
    sums = new Int32Array(Math.max(n * T, 2 * sums.length, 256 * T));
    emission = new Float32Array(sums.length);
  }
  scoreSentence(tokens, model.resources, model.config, model, sums);
  const scale = model.scale;
  for (let k = 0; k < n * T; k++) emission[k] = sums[k] * scale;
  return emission;
}

/** Tag indices of one sentence. */
export function decode(model: TaggerModel, tokens: readonly string[]): Int32Array {
  const n = tokens.length;
  if (n === 0) return new Int32Array(0);
  return viterbi(n, perceptronEmissions(model, tokens), model.transition, model.start);
}

/** Tags of one sentence as strings (B_PER style). */
export function tagWith(model: TaggerModel, tokens: readonly string[]): string[] {
  return Array.from(decode(model, tokens), (i) => TAGS[i]);
}
