// The event matcher of `rasad eval --events`: strict and lenient code matching, dates, negation,
// one-to-one greedy matching, and the per-article error listing.
import { describe, expect, it } from 'vitest';
import {
  codesMatch,
  evalEvents,
  eventReportJson,
  formatEventReport,
  type GoldArticle,
  GoldError,
  matchEvents,
  parseGold,
  type ScoredEvent,
  sameCountry,
  scoreArticles,
  scoredEvents,
} from '../../src/eval/events.js';
import type { ExtractResult } from '../../src/result.js';

const ev = (type: string, actor: string[], recipient: string[], date: string | null = null): ScoredEvent => ({
  type,
  actor,
  recipient,
  date,
});

const article = (events: GoldArticle['events'], id = 'a1'): GoldArticle => ({
  id,
  published: '2023-01-12',
  paragraphs: ['متن'],
  events,
});

const line = (a: GoldArticle) => JSON.stringify(a);

describe('code matching', () => {
  it('strict needs the same set of codes, in any order', () => {
    expect(codesMatch(['RUSGOV', 'IRNGOV'], ['IRNGOV', 'RUSGOV'], false)).toBe(true);
    expect(codesMatch(['RUSGOV'], ['RUS'], false)).toBe(false);
    expect(codesMatch(['RUSGOV'], ['RUSGOV', 'IRNGOV'], false)).toBe(false);
    expect(codesMatch([], [], false)).toBe(true);
  });

  it('lenient accepts the same country prefix but not another country', () => {
    expect(codesMatch(['RUSGOV'], ['RUS'], true)).toBe(true);
    expect(codesMatch(['RUSGOV'], ['RUSMIL'], true)).toBe(true);
    expect(codesMatch(['RUSGOV'], ['IRNGOV'], true)).toBe(false);
    expect(codesMatch(['RUSGOV', 'IRN'], ['IRNGOV', 'RUS'], true)).toBe(true);
  });

  it('lenient does not confuse international organizations sharing the IGO prefix', () => {
    expect(sameCountry('IGOUNO', 'IGOUNOIAE')).toBe(true);
    expect(sameCountry('IGOUNO', 'IGOEUREEC')).toBe(false);
    expect(sameCountry('IMGMUSISI', 'IMGMUSALQ')).toBe(false);
  });
});

describe('matchEvents', () => {
  it('matches an exact event strictly', () => {
    const m = matchEvents(
      [ev('CONSULT', ['RUSGOV'], ['AFGGOVTAL'], '2023-01-12')],
      [ev('CONSULT', ['RUSGOV'], ['AFGGOVTAL'], '2023-01-12')],
      'strict',
    );
    expect(m.pairs).toEqual([[0, 0]]);
    expect(m.missed).toEqual([]);
    expect(m.spurious).toEqual([]);
  });

  it('a different type never matches', () => {
    const m = matchEvents(
      [ev('CONSULT', ['RUSGOV'], ['AFGGOVTAL'])],
      [ev('AGREE', ['RUSGOV'], ['AFGGOVTAL'])],
      'lenientNoDate',
    );
    expect(m.pairs).toEqual([]);
  });

  it('counts a country-only code in lenient but not in strict scoring', () => {
    const gold = [ev('CONSULT', ['RUSGOV'], ['AFGGOVTAL'])];
    const pred = [ev('CONSULT', ['RUS'], ['AFG'])];
    expect(matchEvents(gold, pred, 'strict').pairs).toHaveLength(0);
    expect(matchEvents(gold, pred, 'lenient').pairs).toHaveLength(1);
  });

  it('a date mismatch fails dated scoring but passes the date-agnostic one', () => {
    const gold = [ev('ASSAULT', [], ['AFGGOVTAL'], '2023-01-11')];
    const pred = [ev('ASSAULT', [], ['AFGGOVTAL'], '2023-01-12')];
    expect(matchEvents(gold, pred, 'strict').pairs).toHaveLength(0);
    expect(matchEvents(gold, pred, 'strictNoDate').pairs).toHaveLength(1);
  });

  it('a date missing on either side is not a mismatch', () => {
    expect(
      matchEvents([ev('ASSAULT', [], ['X'], null)], [ev('ASSAULT', [], ['X'], '2020-01-01')], 'strict').pairs,
    ).toHaveLength(1);
    expect(
      matchEvents([ev('ASSAULT', [], ['X'], '2020-01-01')], [ev('ASSAULT', [], ['X'], null)], 'strict').pairs,
    ).toHaveLength(1);
  });

  it('is one-to-one: two identical predictions for one gold event leave one spurious', () => {
    const m = matchEvents(
      [ev('SUPPORT', ['AFGGOVTAL'], ['RUS'])],
      [ev('SUPPORT', ['AFGGOVTAL'], ['RUS']), ev('SUPPORT', ['AFGGOVTAL'], ['RUS'])],
      'strict',
    );
    expect(m.pairs).toEqual([[0, 0]]);
    expect(m.spurious).toEqual([1]);
  });

  it('is greedy in gold order and prefers an exact code over a lenient one', () => {
    const gold = [ev('CONSULT', ['RUSGOV'], ['AFG']), ev('CONSULT', ['RUS'], ['AFG'])];
    const pred = [ev('CONSULT', ['RUS'], ['AFG']), ev('CONSULT', ['RUSGOV'], ['AFG'])];
    const m = matchEvents(gold, pred, 'lenient');
    expect(m.pairs).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });
});

describe('scoredEvents', () => {
  it('maps actor ids to codes and drops negated events', () => {
    const result = {
      actors: [
        { id: 'a1', code: 'RUSGOV', country: 'RUS', name: 'کابلوف' },
        { id: 'a2', code: null, country: 'AFG', name: 'متقی' },
      ],
      events: [
        {
          type: 'CONSULT',
          actor: ['a1'],
          recipient: ['a2'],
          date: '2023-01-12',
          negated: false,
          trigger: { start: 0, end: 1, text: 'دیدار' },
        },
        {
          type: 'COERCE',
          actor: ['a1'],
          recipient: ['a2'],
          date: null,
          negated: true,
          trigger: { start: 0, end: 1, text: 'دخالت' },
        },
      ],
    } as unknown as ExtractResult;
    expect(scoredEvents(result)).toEqual([
      { type: 'CONSULT', actor: ['RUSGOV'], recipient: ['AFG'], date: '2023-01-12', evidence: 'دیدار' },
    ]);
  });
});

describe('scoring a gold file', () => {
  const gold = [
    article([
      { type: 'CONSULT', actor: ['RUSGOV'], recipient: ['AFGGOVTAL'], date: '2023-01-12' },
      { type: 'ASSAULT', actor: ['IMGMUSISI'], recipient: ['AFGGOVTAL'], date: '2023-01-11' },
      { type: 'SUPPORT', actor: ['X'], recipient: ['Y'], negated: true },
    ]),
    article([], 'a2'),
  ];
  const predictions: Record<string, ScoredEvent[]> = {
    a1: [
      ev('CONSULT', ['RUSGOV'], ['AFGGOVTAL'], '2023-01-12'),
      ev('ASSAULT', ['IMGMUSISI'], ['AFG'], '2023-01-11'),
    ],
    a2: [ev('CONSULT', ['IRNGOV'], ['IRQGOV'], null)],
  };
  const report = evalEvents(gold.map(line).join('\n'), { predict: (a) => predictions[a.id] });

  it('counts per type and overall, strict and lenient', () => {
    expect(report.goldEvents).toBe(2); // the negated gold event is not an event
    expect(report.predictedEvents).toBe(3);
    expect(report.byType.strict.get('CONSULT')).toEqual({ tp: 1, fp: 1, fn: 0 });
    expect(report.byType.strict.get('ASSAULT')).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(report.byType.lenient.get('ASSAULT')).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(report.overall.strict.precision).toBeCloseTo(1 / 3);
    expect(report.overall.strict.recall).toBeCloseTo(1 / 2);
    expect(report.overall.lenient.f1).toBeCloseTo(0.8);
  });

  it('lists missed and spurious events per article, and prints them only when verbose', () => {
    expect(report.errors.find((e) => e.id === 'a2')?.spurious).toHaveLength(1);
    expect(report.errors.find((e) => e.id === 'a1')?.missed.map((e) => e.type)).toEqual(['ASSAULT']);
    const brief = formatEventReport(report);
    const verbose = formatEventReport(report, true);
    expect(brief).toContain('overall');
    expect(brief).not.toContain('spurious CONSULT');
    expect(verbose).toContain('spurious CONSULT [IRNGOV] -> [IRQGOV]');
    expect(verbose).toContain('missed   ASSAULT [IMGMUSISI] -> [AFGGOVTAL] 2023-01-11');
  });

  it('gives the same figures as JSON', () => {
    const json = eventReportJson(report) as {
      overall: { strict: { tp: number } };
      byType: { lenient: Record<string, { tp: number }> };
    };
    expect(json.overall.strict.tp).toBe(1);
    expect(json.byType.lenient.ASSAULT.tp).toBe(1);
  });

  it('scores with an empty prediction as zero recall', () => {
    const r = scoreArticles(parseGold(gold.map(line).join('\n')), () => []);
    expect(r.overall.strict.recall).toBe(0);
    expect(r.overall.strict.fn).toBe(2);
  });
});

describe('bad gold input', () => {
  it('names file and line of a line that is not JSON', () => {
    expect(() => parseGold(`${line(article([]))}\n{oops`, 'g.jsonl')).toThrow(
      /^g\.jsonl:2: not a JSON object$/,
    );
  });

  it('names the field that is wrong', () => {
    expect(() => parseGold('{"published":null,"text":"x","events":[]}', 'g.jsonl')).toThrow(
      /g\.jsonl:1: field "id"/,
    );
    expect(() => parseGold('{"id":"x","published":"12/01/2023","text":"x","events":[]}', 'g')).toThrow(
      /field "published"/,
    );
    expect(() =>
      parseGold(
        '{"id":"x","published":null,"text":"x","events":[{"type":"MEET","actor":[],"recipient":[]}]}',
        'g',
      ),
    ).toThrow(/events\[0\]: field "type" is not a PLOVER type/);
    expect(() =>
      parseGold(
        '{"id":"x","published":null,"text":"x","events":[{"type":"AGREE","actor":"RUS","recipient":[]}]}',
        'g',
      ),
    ).toThrow(GoldError);
  });

  it('skips blank lines and // comments', () => {
    expect(parseGold(`\n// a comment\n${line(article([]))}\n\n`)).toHaveLength(1);
  });
});
