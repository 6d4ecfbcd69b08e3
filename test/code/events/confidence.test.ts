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
} from '../../../src/code/events/confidence.js';
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
});
