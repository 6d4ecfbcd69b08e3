// Coreference for event arguments (src/resolve/coreference, issue 12): a pronoun or an anaphoric noun
// phrase standing as an argument names the most recent compatible actor, never the act's own other
// side, and stays unresolved when no compatible actor came before.
import { describe, expect, it } from 'vitest';
import { codeEvents } from '../../../src/code/events/index.js';
import type { CodedEvent, EntityType } from '../../../src/doc.js';
import { coreferenceLexicon } from '../../../src/resolve/coreference/index.js';
import { findQuotes } from '../../../src/resolve/quotes/index.js';
import { buildDoc, eventSummary, type TestActor } from './doc-builder.js';

const ACTORS: Array<TestActor & { type: EntityType }> = [
  { id: 'irn-fm', code: 'IRNGOV', country: 'IRN', type: 'PER', names: ['وزیر خارجه ایران'] },
  { id: 'rus-fm', code: 'RUSGOV', country: 'RUS', type: 'PER', names: ['وزیر خارجه روسیه'] },
  { id: 'usa', code: 'USA', country: 'USA', type: 'LOC', names: ['آمریکا', 'واشنگتن'] },
  { id: 'irn', code: 'IRN', country: 'IRN', type: 'LOC', names: ['ایران', 'تهران'] },
  { id: 'tal', code: 'AFGREBTAL', country: 'AFG', type: 'ORG', names: ['گروه طالبان'] },
  { id: 'pak-mil', code: 'PAKMIL', country: 'PAK', type: 'ORG', names: ['ارتش پاکستان'] },
  { id: 'un', code: 'IGOUNO', country: null, type: 'ORG', names: ['سازمان ملل'] },
];

function code(text: string): string[] {
  const doc = buildDoc(text, ACTORS, { published: '2020-10-14' });
  const types = new Map(ACTORS.map((a) => [a.id, a.type]));
  for (const e of doc.entities) e.type = types.get(e.actor ?? '') ?? e.type;
  findQuotes(doc, {});
  codeEvents(doc, {});
  return doc.events.map((e: CodedEvent) => eventSummary(e));
}

describe('person pronouns', () => {
  it('«با او دیدار کرد»: the person named before is the recipient', () => {
    expect(
      code('وزیر خارجه ایران روز دوشنبه وارد مسکو شد. وزیر خارجه روسیه روز سه‌شنبه با او دیدار کرد.'),
    ).toContain('CONSULT rus-fm>irn-fm');
  });

  it('«او» with no person before it (only an organization) stays unresolved', () => {
    const events = code('سازمان ملل بیانیه‌ای منتشر کرد. وزیر خارجه روسیه روز سه‌شنبه با او دیدار کرد.');
    expect(events.filter((e) => e.startsWith('CONSULT rus-fm>'))).toEqual([]);
  });
});

describe('«این کشور»', () => {
  it('names the most recent state, skipping the act’s own subject', () => {
    expect(
      code('وزیر خارجه روسیه درباره ایران سخن گفت. آمریکا این کشور را به حمایت از تروریسم متهم کرد.'),
    ).toContain('ACCUSE usa>irn');
  });

  it('never names the act’s own subject: with no other state before it, no recipient', () => {
    const events = code('آمریکا این کشور را به حمایت از تروریسم متهم کرد.');
    expect(events.filter((e) => e.includes('usa>usa'))).toEqual([]);
    expect(events.filter((e) => e.startsWith('ACCUSE usa>'))).toEqual([]);
  });
});

describe('«این گروه»', () => {
  it('names the most recent group, not the subject of its own clause', () => {
    expect(code('گروه طالبان روز گذشته در مرز فعال شد. ارتش پاکستان این گروه را هدف قرار داد.')).toContain(
      'ASSAULT pak-mil>tal',
    );
  });

  it('a state is no antecedent of «این گروه»', () => {
    const events = code('آمریکا روز گذشته بیانیه‌ای منتشر کرد. ارتش پاکستان این گروه را هدف قرار داد.');
    expect(events.filter((e) => e.startsWith('ASSAULT pak-mil>usa'))).toEqual([]);
  });
});

describe('«ما» in a quote', () => {
  it('is the quote’s speaker: «آمریکا ما را تهدید کرد»', () => {
    expect(code('وزیر خارجه ایران گفت: آمریکا ما را تهدید کرد.')).toContain('THREATEN usa>irn-fm');
  });

  it('outside any quote «ما» names no one', () => {
    const events = code('آمریکا ما را تهدید کرد.');
    expect(events.filter((e) => e.startsWith('THREATEN usa>'))).toEqual([]);
  });

  it('as a possessor («ارتش ما») it is no argument', () => {
    const events = code('وزیر خارجه ایران گفت: آمریکا به ارتش ما حمله کرد.');
    expect(events.filter((e) => e === 'ASSAULT usa>irn-fm')).toEqual([]);
  });
});

describe('the word lists (lexicon/events/coreference.json)', () => {
  const valid = {
    person: ['او'],
    plural: ['آنها'],
    state: ['این کشور'],
    group: ['این گروه'],
    speaker: ['ما'],
    sentenceReach: 3,
    pluralSentenceReach: 1,
    before: ['و'],
    notAntecedent: ['MED'],
  };
  it('the shipped file loads', () => {
    expect(coreferenceLexicon().byFirst.get('این')?.length).toBeGreaterThan(1);
  });
  it('names the file and field of a bad entry', () => {
    expect(() => coreferenceLexicon({ ...valid, state: 'این کشور' })).toThrow(
      /coreference\.json: field "state": must be a non-empty list/,
    );
    expect(() => coreferenceLexicon({ ...valid, group: ['این کشور'] })).toThrow(
      /group entry 1: «این کشور» is listed under "state" too/,
    );
    expect(() => coreferenceLexicon({ ...valid, sentenceReach: -1 })).toThrow(/field "sentenceReach": must be an integer from 0 to 10/);
  });
});
