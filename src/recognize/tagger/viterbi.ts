// First-order Viterbi decoding over the 15 tags, with the BIO constraint built in: a path that puts
// I_X anywhere but after B_X/I_X is never considered, so every output is a well-formed BIO sequence.
import { allowedTransition, NUM_TAGS } from './tags.js';

const T = NUM_TAGS;

/** Allowed (prev → cur) pairs as a flat table, and allowed first tags; computed once. */
const ALLOWED = new Uint8Array(T * T);
const ALLOWED_START = new Uint8Array(T);
for (let p = 0; p < T; p++) for (let c = 0; c < T; c++) ALLOWED[p * T + c] = allowedTransition(p, c) ? 1 : 0;
for (let c = 0; c < T; c++) ALLOWED_START[c] = allowedTransition(-1, c) ? 1 : 0;
/** For each tag, the tags allowed before it (all 15 before O and B_X; only B_X, I_X before I_X). */
const PREDECESSORS: Int32Array[] = Array.from({ length: T }, (_, c) =>
  Int32Array.from({ length: T }, (_, p) => p).filter((p) => ALLOWED[p * T + c] === 1),
);

/**
 * Best tag sequence for n tokens.
 * emission: n*T scores (token-major); transition: T*T (prev-major); start: T scores for the first tag.
 * Linear in n; scratch arrays are allocated per call (n*T), so a 10,000-token sentence is fine.
 */
export function viterbi(
  n: number,
  emission: Float32Array | Float64Array,
  transition: Float32Array | Float64Array,
  start: Float32Array | Float64Array,
  out: Int32Array = new Int32Array(n),
): Int32Array {
  if (n === 0) return out;
  const score = new Float64Array(n * T);
  const back = new Int32Array(n * T);
  for (let c = 0; c < T; c++) score[c] = ALLOWED_START[c] ? start[c] + emission[c] : -Infinity;
  for (let i = 1; i < n; i++) {
    const prevBase = (i - 1) * T;
    const base = i * T;
    for (let c = 0; c < T; c++) {
      let best = -Infinity;
      let arg = 0;
      const preds = PREDECESSORS[c];
      for (let k = 0; k < preds.length; k++) {
        const p = preds[k];
        const s = score[prevBase + p] + transition[p * T + c];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[base + c] = best + emission[base + c];
      back[base + c] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  const lastBase = (n - 1) * T;
  for (let c = 0; c < T; c++) {
    if (score[lastBase + c] > best) {
      best = score[lastBase + c];
      arg = c;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * T + arg];
  }
  return out;
}
