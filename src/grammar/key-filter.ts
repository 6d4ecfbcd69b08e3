// A bit per hash of a set of word keys: a quick and certain "no" for words outside the set, so a
// lookup in a large Map (cold in the CPU's caches by the time the next article gets there) is made
// only for the few words that may be in it. "Yes" means only "maybe": the caller then asks the Map.

export class KeyFilter {
  private readonly bits: Int32Array;
  private readonly shift: number;
  private readonly mask: number;

  /** `log2Bits`: the table has 2^log2Bits bits (2^16 = 8 KB); use a few bits per key or more. */
  constructor(keys: Iterable<string>, log2Bits = 16) {
    this.bits = new Int32Array(Math.max(1, (1 << log2Bits) >>> 5));
    this.shift = log2Bits;
    this.mask = (1 << log2Bits) - 1;
    for (const key of keys) {
      const h = this.hash(key);
      this.bits[h >>> 5] |= 1 << (h & 31);
    }
  }

  /** FNV-1a over the key's UTF-16 code units, folded to the table's size. */
  private hash(key: string): number {
    let h = 0x811c9dc5;
    for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
    return (h ^ (h >>> this.shift)) & this.mask;
  }

  /** false: the key is certainly not in the set; true: it may be. */
  mayHave(key: string): boolean {
    const h = this.hash(key);
    return ((this.bits[h >>> 5] >>> (h & 31)) & 1) !== 0;
  }
}
