// "What is at this offset": one binary search for every stage. Sentences, tokens, words, entities,
// quotes and dates are stand-off spans sorted by start (src/doc.ts); a stage asks which one holds a
// character offset, which is the first after it, or which ones overlap a range. Each question is a
// partition point (the first index where a monotone test turns false), answered in O(log n).
import type { Span } from '../doc.js';

/**
 * The first index in [0, n) for which `before(i)` is false, n if none; `before` must be true on a
 * prefix of the indices and false after it (the list sorted by what it tests).
 */
export function partitionPoint(n: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first span ending after `pos`: the span holding `pos`, else the next one (length if none). */
export function firstEndingAfter(spans: ArrayLike<Span>, pos: number): number {
  return partitionPoint(spans.length, (i) => (spans[i] as Span).end <= pos);
}

/** Index of the first span starting at or after `pos` (length if none). */
export function firstStartingFrom(spans: ArrayLike<Span>, pos: number): number {
  return partitionPoint(spans.length, (i) => (spans[i] as Span).start < pos);
}

/** Index of the last span starting at or before `pos`, -1 if none. */
export function lastStartingAtOrBefore(spans: ArrayLike<Span>, pos: number): number {
  return partitionPoint(spans.length, (i) => (spans[i] as Span).start <= pos) - 1;
}

/** Index of the span holding `pos` among sorted, disjoint spans, -1 if `pos` falls in none. */
export function spanAt(spans: ArrayLike<Span>, pos: number): number {
  const i = firstEndingAfter(spans, pos);
  return i < spans.length && (spans[i] as Span).start <= pos ? i : -1;
}

/**
 * Sorted spans that may overlap and nest (entities of several layers, quotes): which of them overlap
 * a range. A prefix maximum of the ends bounds the walk back from the last span starting before the
 * range's end, so a query reads only the spans that can overlap.
 */
export class SpanIndex<T extends Span> {
  readonly spans: readonly T[];
  private readonly maxEnd: number[];

  /** `spans` in any order: they are sorted by start here (a stable sort: ties keep their order). */
  constructor(spans: Iterable<T>) {
    this.spans = [...spans].sort((a, b) => a.start - b.start);
    this.maxEnd = [];
    let m = Number.NEGATIVE_INFINITY;
    for (const x of this.spans) {
      m = Math.max(m, x.end);
      this.maxEnd.push(m);
    }
  }

  /** The spans overlapping [start, end), in start order. */
  overlapping(start: number, end: number): T[] {
    const lo = partitionPoint(this.spans.length, (i) => (this.spans[i] as T).start < end);
    const out: T[] = [];
    for (let k = lo - 1; k >= 0 && (this.maxEnd[k] as number) > start; k--) {
      const x = this.spans[k] as T;
      if (x.end > start) out.push(x);
    }
    return out.reverse();
  }

  /** The spans holding offset `pos`, in start order. */
  at(pos: number): T[] {
    return this.overlapping(pos, pos + 1);
  }
}
