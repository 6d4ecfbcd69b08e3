// Issue 12 item 3, first part (branch ev-args): a fired trigger does not vanish because a side is
// unknown. The ontology codes an attack whose perpetrator is not stated with an empty actor list, so
// an unidentified party («افراد مسلح ناشناس», code UAF) resolves the argument but is emitted as no
// one; and mentions of one attack naming the target as a country and as its army are one event.
import { describe, expect, it } from 'vitest';
import { codeEvents } from '../../../src/code/events/index.js';
import type { CodedEvent } from '../../../src/doc.js';
import { findQuotes } from '../../../src/resolve/quotes/index.js';
import { buildDoc, type TestActor } from './doc-builder.js';

const ACTORS: TestActor[] = [
  { id: 'gunmen', code: 'UAF', country: null, names: ['افراد مسلح ناشناس', 'مهاجمان ناشناس'] },
  { id: 'irqmil', code: 'IRQMIL', country: 'IRQ', names: ['ارتش عراق', 'سرباز عراقی'] },
  { id: 'irq', code: 'IRQ', country: 'IRQ', names: ['عراق'] },
  { id: 'irqgov', code: 'IRQGOV', country: 'IRQ', names: ['استاندار موصل'] },
];

function code(text: string): CodedEvent[] {
  const doc = buildDoc(text, ACTORS, { published: '2007-04-16' });
  findQuotes(doc, {});
  codeEvents(doc, {});
  return doc.events;
}
const summary = (e: CodedEvent) => `${e.type} ${e.actor.join('+')}>${e.recipient.join('+')}`;

describe('unidentified parties', () => {
  it('«افراد مسلح ناشناس … حمله کردند»: an attack with an empty actor, not one by «UAF»', () => {
    const events = code('افراد مسلح ناشناس ظهر امروز به یک پاسگاه ارتش عراق حمله کردند.');
    expect(events.map(summary)).toEqual(['ASSAULT >irqmil']);
  });

  it('«از سوی مهاجمان ناشناس هدف حمله قرار گرفت»: the passive agent is unknown, the target stays', () => {
    const events = code('استاندار موصل از سوی مهاجمان ناشناس هدف حمله قرار گرفت.');
    expect(events.map(summary)).toEqual(['ASSAULT >irqgov']);
  });

  it('«افراد مسلح ناشناس دیروز حمله کردند» with no target named: still an attack by an unknown actor', () => {
    expect(code('افراد مسلح ناشناس دیروز حمله کردند.').map(summary)).toEqual(['ASSAULT >']);
  });

  it('an attack stated by no one on no one is no event', () => {
    expect(code('دیروز حمله کردند.').map(summary)).toEqual([]);
  });
});

describe('one attack named by its country and by its army', () => {
  it('«حمله به عراق» … «حمله به ارتش عراق»: one event, with the more specific target', () => {
    const events = code('در حمله افراد مسلح ناشناس به عراق سه نفر کشته شدند. این حمله به ارتش عراق بود.');
    expect(events.filter((e) => e.type === 'ASSAULT').map(summary)).toEqual(['ASSAULT >irqmil']);
  });
});
