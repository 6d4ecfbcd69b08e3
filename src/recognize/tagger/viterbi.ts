// First-order Viterbi decoding over the 15 tags, with the BIO constraint built in: a path that puts
// I_X anywhere but after B_X/I_X is never considered, so every output is a well-formed BIO sequence.
import { allowedTransition, NUM_TAGS } from './tags.js';

const T = NUM_TAGS;

/** Allowed (prev → cur) pairs as a flat table, and allowed first tags; computed once. */
const ALLOWED = new Uint8Array(T * T);
const ALLOWED_START = new Uint8Array(T);
for (let p = 0; p < T; p++) for (let c = 0; c < T; c++) ALLOWED[p * T + c] = allowedTransition(p, c) ? 1 : 0;
for (let c = 0; c < T; c++) ALLOWED_START[c] = allowedTransition(-1, c) ? 1 : 0;
// The loop below relies on the tag layout of tags.ts: O = 0, B_X odd, I_X = B_X + 1, and on the
// BIO rule, checked here once: I_X may follow only B_X and I_X; O and B_X may follow anything.
for (let c = 0; c < T; c++)
  for (let p = 0; p < T; p++) {
    const expected = c === 0 || (c & 1) === 1 || p === c - 1 || p === c;
    if ((ALLOWED[p * T + c] === 1) !== expected) throw new Error('viterbi: unexpected tag layout');
  }

/** Scratch reused across calls (decoding is synchronous), grown to the longest sentence seen. */
let scoreScratch = new Float64Array(0);
let backScratch = new Int32Array(0);

/**
 * Best tag sequence for n tokens.
 * emission: n*T scores (token-major); transition: T*T (prev-major); start: T scores for the first tag.
 * Linear in n, so a 10,000-token sentence is fine. Ties go to the lowest previous tag.
 */
export function viterbi(
  n: number,
  emission: Float32Array | Float64Array,
  transition: Float32Array | Float64Array,
  start: Float32Array | Float64Array,
  out: Int32Array = new Int32Array(n),
): Int32Array {
  if (n === 0) return out;
  if (scoreScratch.length < n * T) {
    scoreScratch = new Float64Array(Math.max(n * T, 2 * scoreScratch.length, 256 * T));
    backScratch = new Int32Array(scoreScratch.length);
  }
  const score = scoreScratch;
  const back = backScratch;
  for (let c = 0; c < T; c++) score[c] = ALLOWED_START[c] ? start[c] + emission[c] : -Infinity;
  for (let i = 1; i < n; i++) {
    const prevBase = (i - 1) * T;
    const base = i * T;
    for (let c = 0; c < T; c++) {
      let best = -Infinity;
      let arg = 0;
      if (c > 0 && (c & 1) === 0) {
        // I_X: only B_X (c - 1) or I_X (c) before it
        const sb = score[prevBase + c - 1] + transition[(c - 1) * T + c];
        const si = score[prevBase + c] + transition[c * T + c];
        if (sb > best) {
          best = sb;
          arg = c - 1;
        }
        if (si > best) {
          best = si;
          arg = c;
        }
      } else {
        for (let p = 0; p < T; p++) {
          const s = score[prevBase + p] + transition[p * T + c];
          if (s > best) {
            best = s;
            arg = p;
          }
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
