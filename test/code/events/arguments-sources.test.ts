// Issue 12 item 3, wrong actors (branch ev-args): the agency or reporter a report is attributed to
// («به گزارش خبرگزاری فارس،»، «به نقل از …») passes the words on; it is never the actor or the «به»
// target of the act reported.
import { describe, expect, it } from 'vitest';
import { codeEvents } from '../../../src/code/events/index.js';
import type { CodedEvent } from '../../../src/doc.js';
import { findQuotes } from '../../../src/resolve/quotes/index.js';
import { buildDoc, type TestActor } from './doc-builder.js';

const ACTORS: TestActor[] = [
  { id: 'fars', code: 'IRNMED', country: 'IRN', names: ['خبرگزاری فارس'] },
  { id: 'afp', code: 'FRAMED', country: 'FRA', names: ['خبرگزاری فرانسه'] },
  { id: 'irqmil', code: 'IRQMIL', country: 'IRQ', names: ['ارتش عراق'] },
  { id: 'isis', code: 'IMGMUSISI', country: null, names: ['داعش'] },
  { id: 'usgov', code: 'USAGOV', country: 'USA', names: ['وزیر خارجه آمریکا'] },
  { id: 'irn', code: 'IRN', country: 'IRN', names: ['ایران'] },
];

function code(text: string): CodedEvent[] {
  const doc = buildDoc(text, ACTORS, { published: '2015-11-02' });
  findQuotes(doc, {});
  codeEvents(doc, {});
  return doc.events;
}
const summary = (e: CodedEvent) => `${e.type} ${e.actor.join('+')}>${e.recipient.join('+')}`;

describe('news attributions are no arguments', () => {
  it('«به گزارش خبرگزاری فارس، … حمله کرد»: the agency is not the target of «به»', () => {
    const events = code('به گزارش خبرگزاری فارس، ارتش عراق دیروز حمله کرد.');
    expect(events.map(summary)).toEqual(['ASSAULT irqmil>']);
  });

  it('«به گزارش X» with no comma: only the first name after it is the source', () => {
    const events = code('به گزارش خبرگزاری فرانسه وزیر خارجه آمریکا از ایران انتقاد کرد.');
    expect(events.map(summary)).toEqual(['ACCUSE usgov>irn']);
  });

  it('a real «به» target after the attribution still counts', () => {
    const events = code('به گزارش خبرگزاری فارس، ارتش عراق به داعش حمله کرد.');
    expect(events.map(summary)).toEqual(['ASSAULT irqmil>isis']);
  });
});

describe('a reporter before a complement with no «که»', () => {
  it('«خبرگزاری فرانسه اعلام کرد ارتش عراق … حمله کرد»: the actor is the complement’s subject', () => {
    const events = code('خبرگزاری فرانسه امروز اعلام کرد ارتش عراق به داعش حمله کرد.');
    expect(events.map(summary)).toEqual(['ASSAULT irqmil>isis']);
  });

  it('with no subject after the first verb, the first subject does both acts', () => {
    const events = code('وزیر خارجه آمریکا دیروز به بغداد رفت و از ایران انتقاد کرد.');
    expect(events.map(summary)).toEqual(['ACCUSE usgov>irn']);
  });
});
