// Issue 12 item 3, first part (branch ev-args): an event with one side unknown is kept where the
// ontology's convention codes it and dropped (recorded, not silent) where the side was most likely
// named but not resolved; and the owner of the thing named after a noun trigger is its recipient.
import { describe, expect, it } from 'vitest';
import { codeEvents, droppedTriggers } from '../../../src/code/events/index.js';
import type { CodedEvent } from '../../../src/doc.js';
import { findQuotes } from '../../../src/resolve/quotes/index.js';
import { buildDoc, type TestActor } from './doc-builder.js';

const ACTORS: TestActor[] = [
  { id: 'zarif', code: 'IRNGOV', country: 'IRN', names: ['ظریف'] },
  { id: 'isr', code: 'ISR', country: 'ISR', names: ['اسرائیل'] },
  { id: 'rus', code: 'RUS', country: 'RUS', names: ['روسیه'] },
  { id: 'workers', code: 'IRNLAB', country: 'IRN', names: ['کارگران ایرانی'] },
];

function run(text: string) {
  const doc = buildDoc(text, ACTORS, { published: '2023-01-12' });
  findQuotes(doc, {});
  codeEvents(doc, {});
  return doc;
}
const summary = (e: CodedEvent) => `${e.type} ${e.actor.join('+')}>${e.recipient.join('+')}`;

describe('one side unknown', () => {
  it('a promise to no one is no event', () => {
    const doc = run('ظریف درباره مسائل منطقه با اسرائیل آماده همکاری اعلام کرد و متعهد شد.');
    expect(doc.events.filter((e) => e.type === 'AGREE' && e.recipient.length === 0)).toEqual([]);
  });

  it('«X همراه با Y … انتقاد کرد» with the criticised unresolved in its clause: dropped, with its reason', () => {
    const doc = run('ظریف همراه با کارگران ایرانی به شدت انتقاد کرد.');
    expect(doc.events.map(summary)).toEqual([]);
    expect((droppedTriggers.get(doc) ?? []).map((d) => d.reason)).toContain(
      'no other side (one side unknown)',
    );
  });

  it('a rejection, threat or recognition with nobody named as its object: dropped, with its reason', () => {
    for (const text of ['ظریف این پیشنهاد را رد کرد.', 'روسیه این دولت را به رسمیت شناخت.']) {
      const doc = run(text);
      expect(doc.events.map(summary)).toEqual([]);
      // Dropped by the one-sided policy or, for groups that require a recipient, by that requirement.
      const reasons = (droppedTriggers.get(doc) ?? []).map((d) => d.reason);
      expect(
        reasons.some((r) => r === 'no other side (one side unknown)' || r === 'no recipient (required)'),
      ).toBe(true);
    }
    // The same act with its object named is kept.
    expect(run('ظریف پیشنهاد اسرائیل را رد کرد.').events.map(summary)).toEqual(['REJECT zarif>isr']);
  });

  it('a strike against no one named stays', () => {
    expect(run('کارگران ایرانی دیروز دست به اعتصاب زدند.').events.map((e) => e.type)).toEqual(['PROTEST']);
  });
});

describe('the owner after a noun trigger', () => {
  it('«ضمن نکوهش اقدامات اسرائیل»: Israel is the one condemned', () => {
    const doc = run('ظریف ضمن نکوهش اقدامات اسرائیل گفت که ایران پاسخ خواهد داد.');
    expect(doc.events.filter((e) => e.type === 'ACCUSE').map(summary)).toEqual(['ACCUSE zarif>isr']);
  });
});
