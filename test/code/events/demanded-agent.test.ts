// A demand whose words name the act demanded with its agent («خواستار … از سوی X شد») asks X
// (src/code/events/demanded-agent.ts); after a noun trigger the agent phrase is the one who demands.
import { describe, expect, it } from 'vitest';
import { codeEvents } from '../../../src/code/events/index.js';
import type { CodedEvent } from '../../../src/doc.js';
import { findQuotes } from '../../../src/resolve/quotes/index.js';
import { buildDoc, type TestActor } from './doc-builder.js';

const ACTORS: TestActor[] = [
  { id: 'fragov', code: 'FRAGOV', country: 'FRA', names: ['وزیر خارجه فرانسه'] },
  { id: 'uno', code: 'IGOUNO', country: null, names: ['سازمان ملل'] },
  { id: 'jpn', code: 'JPN', country: 'JPN', names: ['ژاپن'] },
];

function code(text: string): CodedEvent[] {
  const doc = buildDoc(text, ACTORS, { published: '2010-03-27' });
  findQuotes(doc, {});
  codeEvents(doc, {});
  return doc.events;
}
const summary = (e: CodedEvent) => `${e.type} ${e.actor.join('+')}>${e.recipient.join('+')}`;

describe('the agent of the act demanded', () => {
  it('«خواستار اعزام ناظران از سوی سازمان ملل شد»: the demand is addressed to the UN', () => {
    expect(
      code('وزیر خارجه فرانسه خواستار اعزام ناظران بین‌المللی از سوی سازمان ملل شد.').map(summary),
    ).toEqual(['REQUEST fragov>uno']);
  });

  it('«توسط X» inside the demand likewise', () => {
    expect(code('وزیر خارجه فرانسه خواستار پرداخت غرامت توسط ژاپن شد.').map(summary)).toEqual([
      'REQUEST fragov>jpn',
    ]);
  });
});
