// Scores test/gold/dates.jsonl (hand-annotated development gold, docs/eval-dates.md) with
// evalDates, so that a regression in recognition or resolution fails CI. The thresholds sit a few
// points under the figures recorded in docs/bench-dates.md.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evalDates } from '../../../src/eval/dates.js';
import { prf } from '../../../src/eval/score.js';

const gold = readFileSync(new URL('../../gold/dates.jsonl', import.meta.url), 'utf8');

describe('date gold', () => {
  const r = evalDates(gold);
  const total = { tp: 0, fp: 0, fn: 0 };
  for (const c of r.byLabel.values()) {
    total.tp += c.tp;
    total.fp += c.fp;
    total.fn += c.fn;
  }
  it('has at least 150 gold mentions', () => {
    expect(r.gold).toBeGreaterThanOrEqual(150);
  });
  it('detects dates with F1 ≥ 0.93', () => {
    expect(prf(total).f1).toBeGreaterThanOrEqual(0.93);
  });
  it('resolves ≥ 90% of gold dates to the right value', () => {
    expect(r.accuracy).toBeGreaterThanOrEqual(0.9);
  });
  it('reports every calendar it was given', () => {
    for (const cal of ['persian', 'afghan-persian', 'gregorian', 'hijri', 'relative', 'weekday'])
      expect(r.byLabel.has(cal)).toBe(true);
  });
  it('held-out gold (annotated after the rules were frozen): F1 ≥ 0.90, values ≥ 0.85', () => {
    const h = evalDates(readFileSync(new URL('../../gold/dates-heldout.jsonl', import.meta.url), 'utf8'));
    const t = { tp: 0, fp: 0, fn: 0 };
    for (const c of h.byLabel.values()) {
      t.tp += c.tp;
      t.fp += c.fp;
      t.fn += c.fn;
    }
    expect(prf(t).f1).toBeGreaterThanOrEqual(0.9);
    expect(h.accuracy).toBeGreaterThanOrEqual(0.85);
  });
  it('rejects malformed gold with the line number', () => {
    expect(() => evalDates('{"text": "x", "dates": []}\nnot json')).toThrow(/line 2/);
  });
});
