// Demands and verbal cooperation (branch ev-coop): whom a demand is on when the demanded act names its
// agent inside the trigger's gap («خواستار … از سوی X شد»: X is asked to act), and not when the
// agent phrase is absent.
import { describe, expect, it } from 'vitest';
import { codeEvents } from '../../../src/code/events/index.js';
import type { CodedEvent } from '../../../src/doc.js';
import { findQuotes } from '../../../src/resolve/quotes/index.js';
import { buildDoc, type TestActor } from './doc-builder.js';

const ACTORS: TestActor[] = [
  { id: 'irq', code: 'IRQGOV', country: 'IRQ', names: ['نخست وزیر عراق'] },
  { id: 'un', code: 'IGOUNO', country: null, names: ['سازمان ملل'] },
  { id: 'eu', code: 'IGOEUREEC', country: null, names: ['اتحادیه اروپا'] },
  { id: 'usa', code: 'USA', country: 'USA', names: ['آمریکا'] },
];

function code(text: string): CodedEvent[] {
  const doc = buildDoc(text, ACTORS, { published: '2020-10-14' });
  findQuotes(doc, {});
  codeEvents(doc, {});
  return doc.events;
}
const sides = (e: CodedEvent) => `${e.actor.join(',')}->${e.recipient.join(',')}`;

describe('the agent of the demanded act is the one the demand is on', () => {
  it('«خواستار … از سوی X شد»', () => {
    const ev = code('نخست وزیر عراق خواستار تشکیل کمیته تحقیق از سوی سازمان ملل شد.');
    expect(ev.filter((e) => e.type === 'REQUEST').map(sides)).toEqual(['irq->un']);
  });
  it('«خواستار … توسط X شد» with a perfect verb', () => {
    const ev = code('آمریکا خواستار کاهش تعرفه‌ها توسط اتحادیه اروپا شده است.');
    expect(ev.filter((e) => e.type === 'REQUEST').map(sides)).toEqual(['usa->eu']);
  });
  it('without an agent phrase the demand has no recipient', () => {
    const ev = code('نخست وزیر عراق خواستار تشکیل کمیته تحقیق بین‌المللی شد.');
    expect(ev.filter((e) => e.type === 'REQUEST').map(sides)).toEqual(['irq->']);
  });
});
