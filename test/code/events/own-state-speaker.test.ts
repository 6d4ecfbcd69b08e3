// In a government speaker's words, the speaker's own state named as the one who acts is that
// government (src/code/events/own-state-speaker.ts); another state named there stays a state.
import { describe, expect, it } from 'vitest';
import { codeEvents } from '../../../src/code/events/index.js';
import type { CodedEvent } from '../../../src/doc.js';
import { findQuotes } from '../../../src/resolve/quotes/index.js';
import { buildDoc, type TestActor } from './doc-builder.js';

const ACTORS: TestActor[] = [
  { id: 'espgov', code: 'ESPGOV', country: 'ESP', names: ['وزیر خارجه اسپانیا'] },
  { id: 'esp', code: 'ESP', country: 'ESP', names: ['اسپانیا'] },
  { id: 'fra', code: 'FRA', country: 'FRA', names: ['فرانسه'] },
  { id: 'mar', code: 'MAR', country: 'MAR', names: ['مراکش'] },
];

function code(text: string): CodedEvent[] {
  const doc = buildDoc(text, ACTORS, { published: '2015-03-27' });
  findQuotes(doc, {});
  codeEvents(doc, {});
  return doc.events;
}
const codes = (e: CodedEvent) => `${e.type} ${e.actor.join('+')}>${e.recipient.join('+')}`;

describe('the speaker’s own state', () => {
  it('«وزیر خارجه اسپانیا گفت: اسپانیا … را محکوم می‌کند»: the Spanish government condemns', () => {
    expect(code('وزیر خارجه اسپانیا گفت: اسپانیا اقدام مراکش را محکوم می‌کند.').map(codes)).toEqual([
      'ACCUSE espgov>mar',
    ]);
  });

  it('another state in the speaker’s words stays a state', () => {
    expect(code('وزیر خارجه اسپانیا گفت: فرانسه اقدام مراکش را محکوم کرد.').map(codes)).toEqual([
      'ACCUSE fra>mar',
    ]);
  });
});
