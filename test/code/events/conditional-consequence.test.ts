// The consequence of a condition that is neither a threat nor a conditional promise is hypothetical
// (src/code/events/index.ts, after the threat reading). Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { codeEvents } from '../../../src/code/events/index.js';
import { findQuotes } from '../../../src/resolve/quotes/index.js';
import { buildDoc, type TestActor } from './doc-builder.js';

const ACTORS: TestActor[] = [
  { id: 'usa', code: 'USA', country: 'USA', names: ['آمریکا'] },
  { id: 'irq', code: 'IRQ', country: 'IRQ', names: ['عراق'] },
];

function types(text: string): string[] {
  const doc = buildDoc(text, ACTORS, { published: '2019-03-27' });
  findQuotes(doc, {});
  codeEvents(doc, {});
  return doc.events.map((e) => e.type);
}

describe('the consequence of a condition', () => {
  it('a past act in the consequence of «اگر» is no event', () => {
    expect(types('اگر مسئولان فاسد باشند، آمریکا عراق را اشغال کرده است.')).not.toContain('COERCE');
  });
  it('the same act reported plainly is an event', () => {
    expect(types('آمریکا عراق را اشغال کرده است.')).toContain('COERCE');
  });
});
