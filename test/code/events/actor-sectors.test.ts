// A trigger's `actorSectors` (lexicon/events/triggers-cameo.json «deployed»): a deployment is MOBILIZE
// only when those sent are armed forces, not rescue teams or pilgrims. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { codeEvents } from '../../../src/code/events/index.js';
import { findQuotes } from '../../../src/resolve/quotes/index.js';
import { buildDoc, type TestActor } from './doc-builder.js';

const ACTORS: TestActor[] = [
  { id: 'usamil', code: 'USAMIL', country: 'USA', names: ['سربازان آمریکایی'] },
  { id: 'irngov', code: 'IRNGOV', country: 'IRN', names: ['ستاد بحران'] },
];

function types(text: string): string[] {
  const doc = buildDoc(text, ACTORS, { published: '2019-03-27' });
  findQuotes(doc, {});
  codeEvents(doc, {});
  return doc.events.map((e) => `${e.type} ${e.actor.join('+')}`);
}

describe('actor sectors of a trigger', () => {
  it('troops sent are MOBILIZE', () => {
    expect(types('هزار نفر از سربازان آمریکایی به عراق اعزام شدند.')).toContain('MOBILIZE usamil');
  });
  it('teams sent by a crisis office are no MOBILIZE', () => {
    expect(types('دوازده تیم ارزیاب از سوی ستاد بحران به شهرستان اعزام شدند.').filter((t) => t.startsWith('MOBILIZE'))).toEqual([]);
  });
});
