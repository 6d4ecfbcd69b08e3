// The head of an object noun phrase («X … Y را») may stand in a phrase the object's noun opens
// («اتهام‌زنی علیه سوریه از تریبون ترکیه را»), but never in a place or companion phrase (arguments.json objectHeadNotIn).
import { describe, expect, it } from 'vitest';
import { codeEvents } from '../../../src/code/events/index.js';
import type { CodedEvent } from '../../../src/doc.js';
import { findQuotes } from '../../../src/resolve/quotes/index.js';
import { buildDoc, type TestActor } from './doc-builder.js';

const ACTORS: TestActor[] = [
  { id: 'irngov', code: 'IRNGOV', country: 'IRN', names: ['وزیر خارجه ایران'] },
  { id: 'syr', code: 'SYR', country: 'SYR', names: ['سوریه'] },
  { id: 'tur', code: 'TUR', country: 'TUR', names: ['ترکیه'] },
  { id: 'usa', code: 'USA', country: 'USA', names: ['آمریکا'] },
  { id: 'ven', code: 'VEN', country: 'VEN', names: ['ونزوئلا'] },
];

function code(text: string): CodedEvent[] {
  const doc = buildDoc(text, ACTORS, { published: '2015-03-27' });
  findQuotes(doc, {});
  codeEvents(doc, {});
  return doc.events;
}
const summary = (e: CodedEvent) => `${e.type} ${e.actor.join('+')}>${e.recipient.join('+')}`;

describe('the head of an object in phrases', () => {
  it('«اتهام‌زنی علیه سوریه از تریبون ترکیه را محکوم کرد»: what is aimed at Syria is condemned', () => {
    expect(code('وزیر خارجه ایران اتهام‌زنی علیه سوریه از تریبون ترکیه را محکوم کرد.').map(summary)).toEqual([
      'ACCUSE irngov>syr',
    ]);
  });

  it('«تحریم‌های موسوم به فشار آمریکا بر ونزوئلا را محکوم کرد»: the owner of the policy', () => {
    expect(
      code('وزیر خارجه ایران سیاست موسوم به فشار حداکثری آمریکا بر ونزوئلا را محکوم کرد.').map(summary),
    ).toEqual(['ACCUSE irngov>usa']);
  });
});
