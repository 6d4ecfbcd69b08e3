// Near-duplicate articles (the same wire story on five sites, or re-edited with paragraphs moved):
// MinHash over word 4-shingles of the search-folded text, bucketed by LSH bands. Two articles that
// share a band bucket are candidates; the estimated Jaccard similarity of their signatures decides.
import { foldForSearch } from './search-text.js';

export const NUM_HASHES = 64;
export const BANDS = 16; // 16 bands × 4 rows: pairs with Jaccard ≥ ~0.6 collide with high probability
const ROWS = NUM_HASHES / BANDS;
const SHINGLE = 4;
/** Estimated Jaccard similarity at or above which an article counts as a copy. */
export const DUPLICATE_THRESHOLD = 0.7;

// Fixed odd multipliers and offsets for universal hashing (deterministic across runs and machines).
const SEEDS_A = new Uint32Array(NUM_HASHES);
const SEEDS_B = new Uint32Array(NUM_HASHES);
{
  let x = 0x9e3779b9;
  const next = () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return x >>> 0;
  };
  for (let i = 0; i < NUM_HASHES; i++) {
    SEEDS_A[i] = next() | 1;
    SEEDS_B[i] = next();
  }
}

/** Letters and digits (the complement of the old split pattern [^\p{L}\p{N}]+). */
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The MinHash signature of a text, or null when it is too short to compare meaningfully.
 * Each shingle is hashed with FNV-1a over «w1 w2 w3 w4» as before, but without building the string:
 * the hash state after each word is carried, so signatures are identical to those already stored.
 */
export function minhash(text: string): Uint32Array | null {
  const words =
    foldForSearch(text)
      .replace(/\u200c/g, '')
      .match(WORD) ?? [];
  if (words.length < SHINGLE + 8) return null;
  const sig = new Uint32Array(NUM_HASHES).fill(0xffffffff);
  const seen = new Set<number>();
  for (let i = 0; i + SHINGLE <= words.length; i++) {
    let h = 0x811c9dc5;
    for (let w = 0; w < SHINGLE; w++) {
      if (w > 0) h = Math.imul(h ^ 0x20, 0x01000193);
      const s = words[i + w];
      for (let c = 0; c < s.length; c++) h = Math.imul(h ^ s.charCodeAt(c), 0x01000193);
    }
    h >>>= 0;
    if (seen.has(h)) continue;
    seen.add(h);
    for (let k = 0; k < NUM_HASHES; k++) {
      const v = (Math.imul(h, SEEDS_A[k]) + SEEDS_B[k]) >>> 0;
      if (v < sig[k]) sig[k] = v;
    }
  }
  return sig;
}

/** One bucket key per band: articles sharing any key are candidate near-duplicates. */
export function bandKeys(sig: Uint32Array): string[] {
  const keys: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < ROWS; r++) {
      h ^= sig[b * ROWS + r];
      h = Math.imul(h, 0x01000193);
    }
    keys.push(`${b}:${(h >>> 0).toString(36)}`);
  }
  return keys;
}

export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let k = 0; k < NUM_HASHES; k++) if (a[k] === b[k]) same++;
  return same / NUM_HASHES;
}

export function encodeSignature(sig: Uint32Array): string {
  return Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength).toString('base64');
}

export function decodeSignature(s: string): Uint32Array {
  const buf = Buffer.from(s, 'base64');
  const out = new Uint32Array(NUM_HASHES);
  for (let k = 0; k < NUM_HASHES; k++) out[k] = buf.readUInt32LE(k * 4);
  return out;
}
