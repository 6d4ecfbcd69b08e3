// FNV-1a over UTF-16 code units, finished with murmur3's avalanche so that the low bits (the hashed
// table's index) are well mixed. No strings are built per feature: a feature is hashed from its
// template number and the code units of the strings it looks at.

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

export const seed = (template: number): number => Math.imul(FNV_OFFSET ^ template, FNV_PRIME);

export const mixCode = (h: number, code: number): number => Math.imul(h ^ code, FNV_PRIME);

export function mixString(h: number, s: string, from = 0, to = s.length): number {
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}

/** murmur3 fmix32, as an unsigned 32-bit integer. */
export function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
