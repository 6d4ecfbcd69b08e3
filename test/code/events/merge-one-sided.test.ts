// One act, one event (issue 12 items 3 and 5, branch ev-recipients): a mention of an act with one side
// unread («ظریف انتقاد کرد» in the title) joins the mention that resolves it («ظریف از لاوروف انتقاد
// کرد» in the body), keeping the resolved recipient; two acts with different recipients stay apart.
import { describe, expect, it } from 'vitest';
import { codeEvents } from '../../../src/code/events/index.js';
import type { CodedEvent } from '../../../src/doc.js';
import { findQuotes } from '../../../src/resolve/quotes/index.js';
import { buildDoc, type TestActor } from './doc-builder.js';

const ACTORS: TestActor[] = [
  { id: 'zarif', code: 'IRNGOV', country: 'IRN', names: ['ظریف'] },
  { id: 'lavrov', code: 'RUSGOV', country: 'RUS', names: ['لاوروف'] },
  { id: 'pompeo', code: 'USAGOV', country: 'USA', names: ['پومپئو'] },
];

function accusations(text: string): CodedEvent[] {
  const doc = buildDoc(text, ACTORS, { published: '2023-01-12' });
  findQuotes(doc, {});
  codeEvents(doc, {});
  return doc.events.filter((e) => e.type === 'ACCUSE');
}

describe('a one-sided mention joins the resolved act', () => {
  it('title «ظریف انتقاد کرد» and body «ظریف از لاوروف انتقاد کرد» are one event with the recipient', () => {
    const events = accusations('ظریف به شدت انتقاد کرد\nظریف روز گذشته از لاوروف انتقاد کرد.');
    expect(events.map((e) => `${e.actor}>${e.recipient}`)).toEqual(['zarif>lavrov']);
    expect(events[0].evidence_spans?.length).toBe(2);
  });

  it('with two resolved acts (→ لاوروف، → پومپئو) the one-sided mention is joined to neither', () => {
    const events = accusations(
      'ظریف از لاوروف انتقاد کرد. ظریف از پومپئو انتقاد کرد.\nظریف به شدت انتقاد کرد.',
    );
    const pairs = events.map((e) => `${e.actor}>${e.recipient}`);
    expect(pairs).toContain('zarif>lavrov');
    expect(pairs).toContain('zarif>pompeo');
    for (const e of events.filter((x) => x.recipient.length > 0)) expect(e.evidence_spans?.length).toBe(1);
  });

  it('two acts with different recipients never swallow each other', () => {
    const events = accusations('ظریف از لاوروف انتقاد کرد. ظریف از پومپئو انتقاد کرد.');
    expect(events.map((e) => `${e.actor}>${e.recipient}`).sort()).toEqual(['zarif>lavrov', 'zarif>pompeo']);
  });
});

describe('attack mentions far apart with no side in common', () => {
  const actors: TestActor[] = [
    { id: 'isrmil', code: 'ISRMIL', country: 'ISR', names: ['نیروهای اسرائیلی'] },
    { id: 'usamil', code: 'USAMIL', country: 'USA', names: ['دو سرباز آمریکایی'] },
  ];
  const attacks = (text: string) => {
    const doc = buildDoc(text, actors, { published: '2003-06-10' });
    findQuotes(doc, {});
    codeEvents(doc, {});
    return doc.events.filter((e) => e.type === 'ASSAULT').map((e) => `${e.actor}>${e.recipient}`);
  };

  it('a digest: the soldiers killed in Baghdad are not the victims of the Israeli raid five items on', () => {
    const events = attacks(
      '-دو سرباز آمریکایی در بغداد کشته شدند.\n-بوش به صلح امیدوار است.\n-قیمت نفت افزایش یافت.\n-باران در تهران بارید.\n-نیروهای اسرائیلی دیروز به یک روستا حمله کردند.',
    );
    expect(events).not.toContain('isrmil>usamil');
    expect(events).toContain('>usamil');
  });

  it('the next sentence may still name who struck them', () => {
    expect(
      attacks('دو سرباز آمریکایی در بغداد کشته شدند. نیروهای اسرائیلی دیروز به آنجا حمله کردند.'),
    ).toContain('isrmil>usamil');
  });
});
