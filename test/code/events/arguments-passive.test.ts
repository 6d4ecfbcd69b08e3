// Issue 12 item 3 (branch ev-args): the agent of a passive verb («توسط X»، «از سوی X»، «به دست X»،
// «از طرف X»; agentPhrases in arguments.json) is its actor, and an agent phrase never gives the
// recipient (the «به» of «به دست X» is no target).
import { describe, expect, it } from 'vitest';
import { codeEvents } from '../../../src/code/events/index.js';
import type { CodedEvent } from '../../../src/doc.js';
import { findQuotes } from '../../../src/resolve/quotes/index.js';
import { buildDoc, type TestActor } from './doc-builder.js';

const ACTORS: TestActor[] = [
  { id: 'irqcvl', code: 'IRQCVL', country: 'IRQ', names: ['دو غیرنظامی عراقی'] },
  { id: 'usmil', code: 'USAMIL', country: 'USA', names: ['نیروهای آمریکایی'] },
  { id: 'irnamb', code: 'IRNGOV', country: 'IRN', names: ['سفیر ایران'] },
  { id: 'deugov', code: 'DEUGOV', country: 'DEU', names: ['وزارت خارجه آلمان'] },
];

function code(text: string): CodedEvent[] {
  const doc = buildDoc(text, ACTORS, { published: '2005-03-27' });
  findQuotes(doc, {});
  codeEvents(doc, {});
  return doc.events;
}
const summary = (e: CodedEvent) => `${e.type} ${e.actor.join('+')}>${e.recipient.join('+')}`;

describe('passive agents', () => {
  it('«… به دست X کشته شدند»: X killed them', () => {
    expect(code('دو غیرنظامی عراقی به دست نیروهای آمریکایی کشته شدند.').map(summary)).toEqual([
      'ASSAULT usmil>irqcvl',
    ]);
  });

  it('«سفیر ایران از طرف وزارت خارجه آلمان احضار شد»: Germany summoned the ambassador', () => {
    expect(code('سفیر ایران از طرف وزارت خارجه آلمان احضار شد.').map(summary)).toEqual([
      'ACCUSE deugov>irnamb',
    ]);
  });

  it('«توسط X … احضار شد» likewise', () => {
    expect(code('سفیر ایران توسط وزارت خارجه آلمان احضار شد.').map(summary)).toEqual([
      'ACCUSE deugov>irnamb',
    ]);
  });
});
