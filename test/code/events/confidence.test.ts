// The event confidence model (src/code/events/confidence.ts, lexicon/confidence/event-confidence.json):
// it loads, it ranks what the development gold showed to be reliable above what was not, and a
// malformed model file names its field.
import { describe, expect, it } from 'vitest';
import {
  compileModel,
  confidenceModel,
  FEATURES,
  featuresOf,
  scoreWith,
  triggerPrecision,
} from '../../../src/code/events/confidence.js';
import { sidePlace } from '../../../src/code/events/confidence-facts.js';
import type { SentenceView } from '../../../src/grammar/sentence-view.js';
import type { Actor, CodedEvent } from '../../../src/doc.js';

const actor = (id: string, code: string | null, country: string | null): Actor =>
  ({
    id,
    name: id,
    name_en: null,
    code,
    country,
    sector: null,
    wikidata: null,
    roles: [],
    mentions: [],
  }) as Actor;
const ACTORS = new Map(
  [actor('gov', 'RUSGOV', 'RUS'), actor('state', 'AFG', 'AFG'), actor('name', null, null)].map((a) => [
    a.id,
    a,
  ]),
);
const event = (a: string[], r: string[]): CodedEvent =>
  ({ type: 'CONSULT', actor: a, recipient: r, reported_by: [], future: false }) as unknown as CodedEvent;
const score = (a: string[], r: string[], dateStrength = 2) =>
  scoreWith(
    confidenceModel(),
    featuresOf({ base: 0.8, actorSource: 'direct', dateStrength, mentions: 1, event: event(a, r) }, ACTORS),
  );

describe('event confidence', () => {
  it('gives a probability, higher for coded actors and recipients than for unnamed or unresolved ones', () => {
    const full = score(['gov'], ['gov']);
    expect(full).toBeGreaterThan(0);
    expect(full).toBeLessThan(1);
    expect(full).toBeGreaterThan(score(['gov'], []));
    expect(score(['gov'], ['state'])).toBeGreaterThan(score(['gov'], ['name']));
    expect(score(['gov'], ['gov'], 2)).toBeGreaterThanOrEqual(score(['gov'], ['gov'], 0));
  });

  it('reads every feature it names and rejects an unknown one', () => {
    const m = confidenceModel();
    expect(Object.keys(m.weights).sort()).toEqual([...FEATURES].sort());
    expect(() => compileModel({ bias: 0, weights: { colour: 1 } })).toThrow(/unknown feature "colour"/);
    expect(() => compileModel({ weights: {} })).toThrow(/"bias"/);
  });

  it('holds evidence that must not lower confidence at ≥ 0 and shrinks a rare trigger toward its type', () => {
    expect(() => compileModel({ bias: 0, weights: { date_text: -0.5 } })).toThrow(
      /"date_text" must not lower/,
    );
    const m = compileModel({
      bias: 0,
      weights: {},
      prior: 4,
      overall: [40, 100],
      types: { AGREE: [16, 20] },
      triggers: { 'plan-trip': [1, 1], meet: [2, 10] },
    });
    const agree = triggerPrecision(m.table, undefined, 'AGREE');
    // one right of one is not 100 %: it stays near its type's 16 of 20
    expect(triggerPrecision(m.table, 'plan-trip', 'AGREE')).toBeGreaterThan(agree);
    expect(triggerPrecision(m.table, 'plan-trip', 'AGREE')).toBeLessThan(0.9);
    expect(triggerPrecision(m.table, 'meet', 'CONSULT')).toBeLessThan(0.4);
    expect(() => compileModel({ bias: 0, weights: {}, triggers: { x: [3, 2] } })).toThrow(/triggers: "x"/);
  });

  it('places a side in the trigger clause, behind an anaphor, elsewhere in the sentence or outside it', () => {
    // «روسیه با ایران دیدار کرد و او گفت …»: words 0–3 clause 0, words 4–6 clause 1
    const words = ['روسیه', 'با', 'ایران', 'دیدار', 'و', 'او', 'گفت'].map((key, i) => ({
      key,
      start: i * 10,
      end: i * 10 + 5,
    }));
    const slot = (actor: string, w: number, entity: string) => ({
      actor,
      first: w,
      last: w,
      entity,
      type: 'GPE',
    });
    const view = {
      words,
      clause: [0, 0, 0, 0, 1, 1, 1],
      actors: [slot('rus', 0, 'e1'), slot('irn', 2, 'e2'), slot('rus', 5, '')],
    } as unknown as SentenceView;
    expect(sidePlace(view, 30, ['irn'])).toBe('clause');
    expect(sidePlace(view, 60, ['rus'])).toBe('anaphor');
    expect(sidePlace(view, 60, ['irn'])).toBe('sentence');
    expect(sidePlace(view, 30, ['usa'])).toBe('outside');
  });
});
