import { describe, expect, it } from 'vitest';
import {
  firstEndingAfter,
  firstStartingFrom,
  lastStartingAtOrBefore,
  partitionPoint,
  SpanIndex,
  spanAt,
} from '../../src/text/span-index.js';

const spans = [
  { start: 0, end: 3 },
  { start: 4, end: 8 },
  { start: 10, end: 12 },
];

describe('span index', () => {
  it('partitionPoint finds the first index where the test turns false', () => {
    const xs = [1, 3, 3, 5];
    expect(partitionPoint(xs.length, (i) => xs[i] <= 3)).toBe(3);
    expect(partitionPoint(0, () => true)).toBe(0);
  });
  it('answers what is at an offset', () => {
    expect(spanAt(spans, 5)).toBe(1);
    expect(spanAt(spans, 9)).toBe(-1);
    expect(firstEndingAfter(spans, 9)).toBe(2);
    expect(firstStartingFrom(spans, 4)).toBe(1);
    expect(lastStartingAtOrBefore(spans, 9)).toBe(1);
    expect(lastStartingAtOrBefore(spans, -1)).toBe(-1);
  });
  it('finds overlapping and nested spans in start order', () => {
    const ix = new SpanIndex([
      { start: 5, end: 6 },
      { start: 0, end: 20 },
      { start: 4, end: 8 },
    ]);
    expect(ix.overlapping(5, 7)).toEqual([
      { start: 0, end: 20 },
      { start: 4, end: 8 },
      { start: 5, end: 6 },
    ]);
    expect(ix.at(10)).toEqual([{ start: 0, end: 20 }]);
    expect(ix.overlapping(20, 30)).toEqual([]);
  });
});
