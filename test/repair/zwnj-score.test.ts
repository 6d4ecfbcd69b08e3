// Protects the benchmark's scoring: ZWNJ boundaries are compared on the skeleton (no blanks, no ZWNJ),
// so a space turned into a ZWNJ counts as found, and a wrong or missing ZWNJ is counted.
import { describe, expect, it } from 'vitest';
import { charChanges, evaluate, prf, scoreBoundaries } from '../../src/repair/zwnj-score.js';

const Z = '\u200c';

describe('ZWNJ boundary scoring', () => {
  it('counts true and false positives and misses', () => {
    const gold = `می${Z}خواهد کتاب${Z}ها`;
    expect(scoreBoundaries(gold, gold)).toEqual({ tp: 2, fp: 0, fn: 0 });
    expect(scoreBoundaries(gold, `می${Z}خواهد کتابها`)).toEqual({ tp: 1, fp: 0, fn: 1 });
    expect(scoreBoundaries(gold, `می${Z}خو${Z}اهد کتاب ها`)).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(prf({ tp: 1, fp: 1, fn: 1 })).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5 });
  });
  it('counts character changes', () => {
    expect(charChanges('abc', 'abc')).toBe(0);
    expect(charChanges('abc', 'abXc')).toBe(1);
    expect(charChanges('abc', 'aXc')).toBe(2);
  });
  it('runs the three scenarios on a tiny example', () => {
    const [deleted, spaces, gold] = evaluate([`او نمی${Z}خواهد که کتاب${Z}ها را بخواند.`]);
    expect(deleted.name).toBe('deleted');
    expect(deleted.counts).toEqual({ tp: 2, fp: 0, fn: 0 });
    expect(spaces.counts).toEqual({ tp: 2, fp: 0, fn: 0 });
    expect(gold.sentencesChanged).toBe(0);
  });
});
