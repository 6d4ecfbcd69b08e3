// Optional gold events, not_events, and the calibration table of `rasad eval --events`.
import { describe, expect, it } from 'vitest';
import {
  calibrationTable,
  type GoldArticle,
  GoldError,
  parseGold,
  type ScoredEvent,
  scoreArticles,
} from '../../src/eval/events.js';

const ev = (type: string, actor: string[], recipient: string[], confidence?: number): ScoredEvent => ({
  type,
  actor,
  recipient,
  date: null,
  confidence,
});

const gold = (events: GoldArticle['events'], extra: Partial<GoldArticle> = {}): GoldArticle => ({
  id: 'a1',
  published: '2023-01-12',
  paragraphs: ['متن'],
  events,
  ...extra,
});

describe('optional gold events', () => {
  const g = gold([
    { type: 'CONSULT', actor: ['RUSGOV'], recipient: ['AFGGOVTAL'] },
    { type: 'AGREE', actor: ['RUSGOV'], recipient: ['AFGGOVTAL'], optional: true },
  ]);

  it('a missed optional event is not a false negative', () => {
    const r = scoreArticles([g], () => [ev('CONSULT', ['RUSGOV'], ['AFGGOVTAL'])]);
    expect(r.overall.strict).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(r.goldEvents).toBe(1);
    expect(r.optionalGold).toBe(1);
  });

  it('a prediction matching an optional event is neither a true nor a false positive', () => {
    const r = scoreArticles([g], () => [
      ev('CONSULT', ['RUSGOV'], ['AFGGOVTAL']),
      ev('AGREE', ['RUSGOV'], ['AFGGOVTAL']),
      ev('ACCUSE', ['RUSGOV'], ['AFGGOVTAL']),
    ]);
    expect(r.overall.strict).toMatchObject({ tp: 1, fp: 1, fn: 0 });
    expect(r.optionalMatched).toBe(1);
    expect(r.calibration).toHaveLength(2);
  });

  it('a required event takes a prediction before an optional one does', () => {
    const both = gold([
      { type: 'CONSULT', actor: ['RUSGOV'], recipient: ['IRN'], optional: true },
      { type: 'CONSULT', actor: ['RUSGOV'], recipient: ['IRN'] },
    ]);
    const r = scoreArticles([both], () => [ev('CONSULT', ['RUSGOV'], ['IRN'])]);
    expect(r.overall.strict).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it('not_events is documentation, but must be a list; optional must be a boolean', () => {
    const ok = parseGold(JSON.stringify(gold([], { not_events: [{ evidence: 'محکوم نکرد' }] })));
    expect(ok[0].not_events).toHaveLength(1);
    expect(() =>
      parseGold(JSON.stringify(gold([], { not_events: 'x' as unknown as [] })), 'f.jsonl'),
    ).toThrow(/f\.jsonl:1: field "not_events"/);
    expect(() =>
      parseGold(
        JSON.stringify(
          gold([{ type: 'AGREE', actor: [], recipient: [], optional: 'yes' as unknown as boolean }]),
        ),
        'f.jsonl',
      ),
    ).toThrow(GoldError);
  });
});

describe('calibration table', () => {
  it('gives the precision of predictions per confidence band and above each threshold', () => {
    const g = gold([
      { type: 'CONSULT', actor: ['A'], recipient: ['B'] },
      { type: 'ACCUSE', actor: ['A'], recipient: ['B'] },
    ]);
    const r = scoreArticles([g], () => [
      ev('CONSULT', ['A'], ['B'], 0.95),
      ev('ACCUSE', ['A'], ['B'], 0.85),
      ev('REQUEST', ['A'], ['B'], 0.82),
      ev('THREATEN', ['A'], ['B'], 0.3),
    ]);
    const t = calibrationTable(r);
    const at = (label: string) => t.atLeast.find((x) => x.label === label);
    expect(at('>= 0.8')).toMatchObject({ predicted: 3, right: 2 });
    expect(at('>= 0.9')).toMatchObject({ predicted: 1, right: 1, precision: 1 });
    expect(t.bins[0]).toMatchObject({ predicted: 1, right: 0, precision: 0 });
    expect(t.bins.reduce((n, b) => n + b.predicted, 0)).toBe(4);
  });
});
