// The Dari–Farsi agreement measure (src/eval/agreement.ts): documents split from line-aligned files,
// events placed on lines, sentence agreement, type agreement and the event-level Dice.
import { describe, expect, it } from 'vitest';
import {
  agreementRates,
  alignDocuments,
  compareDocument,
  emptyCounts,
  eventsByLine,
} from '../../src/eval/agreement.js';
import type { ExtractResult } from '../../src/result.js';

describe('alignDocuments', () => {
  it('groups lines by document in order of first appearance', () => {
    const docs = alignDocuments(['a', 'a', 'b'], ['f1', 'f2', 'f3'], ['p1', 'p2', 'p3']);
    expect(docs.map((d) => [d.id, d.index, d.fas, d.prs])).toEqual([
      ['a', 0, ['f1', 'f2'], ['p1', 'p2']],
      ['b', 1, ['f3'], ['p3']],
    ]);
    expect(() => alignDocuments(['a'], ['f1', 'f2'], ['p1'])).toThrow(/not line-aligned/);
  });
});

describe('eventsByLine', () => {
  it('places each event on the line of its trigger, with uncoded actors as «?»', () => {
    const text = 'سطر یک\nسطر دو';
    const result = {
      text,
      actors: [
        { id: 'a1', code: 'IRNGOV', country: 'IRN' },
        { id: 'a2', code: null, country: null, name: 'مورالس' },
      ],
      events: [
        {
          type: 'CONSULT',
          actor: ['a1'],
          recipient: ['a2'],
          negated: false,
          date: null,
          trigger: { start: 8, end: 10 },
        },
        {
          type: 'ACCUSE',
          actor: ['a1'],
          recipient: [],
          negated: true,
          date: null,
          trigger: { start: 0, end: 2 },
        },
      ],
    } as unknown as ExtractResult;
    expect(eventsByLine(result, 2)).toEqual([[], ['CONSULT IRNGOV>?']]);
  });
});

describe('compareDocument', () => {
  it('counts sentences with the same events, the same types, and paired events', () => {
    const c = emptyCounts();
    const seen: number[] = [];
    compareDocument(
      c,
      'd',
      [['CONSULT A>B'], ['ACCUSE A>B'], [], ['SUPPORT A>B', 'AID A>B']],
      [['CONSULT A>B'], ['ACCUSE A>C'], [], ['SUPPORT A>B']],
      (x) => seen.push(x.line),
    );
    expect(c).toMatchObject({
      sentences: 4,
      withEvents: 3,
      same: 1,
      sameTypes: 2,
      fasEvents: 4,
      prsEvents: 3,
      paired: 2,
    });
    expect(seen).toEqual([1, 3]);
    const r = agreementRates(c);
    expect(r.sentence).toBeCloseTo(1 / 3);
    expect(r.dice).toBeCloseTo(4 / 7);
  });
});
