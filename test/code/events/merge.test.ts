// One act, one event (issue 12 item 5): the title, lead and body reporting the same act merge into one
// event carrying every mention's span in evidence_spans; acts on days the text gives apart stay apart.
import { describe, expect, it } from 'vitest';
import { codeEvents } from '../../../src/code/events/index.js';
import type { CodedEvent } from '../../../src/doc.js';
import { findQuotes } from '../../../src/resolve/quotes/index.js';
import { buildDoc, type TestActor, type TestDate } from './doc-builder.js';

const ACTORS: TestActor[] = [
  { id: 'zarif', code: 'IRNGOV', country: 'IRN', names: ['ظریف', 'وزیر خارجه ایران'] },
  { id: 'zarif2', code: 'IRNGOV', country: 'IRN', names: ['محمدجواد ظریف'] },
  { id: 'lavrov', code: 'RUSGOV', country: 'RUS', names: ['لاوروف'] },
];

function code(text: string, dates: TestDate[] = []): CodedEvent[] {
  const doc = buildDoc(text, ACTORS, { published: '2023-01-12', dates });
  findQuotes(doc, {});
  codeEvents(doc, {});
  return doc.events;
}

describe('one event per act', () => {
  it('the headline, the lead and the body of one meeting are one event with three evidence spans', () => {
    const text =
      'دیدار ظریف با لاوروف\nمحمدجواد ظریف روز دوشنبه با لاوروف دیدار کرد. وزیر خارجه ایران در این دیدار با لاوروف گفت‌وگو کرد.';
    const events = code(text, [{ text: 'روز دوشنبه', value: '2023-01-09' }]);
    const consult = events.filter((e) => e.type === 'CONSULT');
    expect(consult).toHaveLength(1);
    expect(consult[0].date).toBe('2023-01-09');
    const spans = consult[0].evidence_spans ?? [];
    expect(spans.length).toBeGreaterThanOrEqual(2);
    expect(spans[0]).toMatchObject({ start: consult[0].trigger.start, text: consult[0].trigger.text });
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(spans.map((s) => s.text));
  });

  it('two meetings on days the text gives apart stay two events, each with its own span', () => {
    const text = 'ظریف روز دوشنبه با لاوروف دیدار کرد. ظریف روز چهارشنبه نیز با لاوروف دیدار کرد.';
    const events = code(text, [
      { text: 'روز دوشنبه', value: '2023-01-09' },
      { text: 'روز چهارشنبه', value: '2023-01-11' },
    ]);
    expect(events.map((e) => e.date)).toEqual(['2023-01-09', '2023-01-11']);
    expect(events.map((e) => e.evidence_spans?.length)).toEqual([1, 1]);
  });
});

describe('many mentions of one act', () => {
  it('keeps every mention as evidence, at a cost linear in their number (4× the text, well under 16× the time)', () => {
    const unit = 'ظریف با لاوروف دیدار کرد. ';
    const time = (n: number) => {
      const start = performance.now();
      const events = code(unit.repeat(n));
      return { ms: performance.now() - start, events };
    };
    time(50);
    const small = Math.min(time(300).ms, time(300).ms);
    const { ms, events } = time(1200);
    expect(events).toHaveLength(1);
    expect(events[0].evidence_spans).toHaveLength(1200);
    expect(ms / small).toBeLessThan(10);
  });
});

describe('an act announced and reported done', () => {
  it('«توافق خواهد کرد» and «توافق کرد» of the same parties on the same day are one event, not a future one', () => {
    const events = code('ظریف با لاوروف توافق خواهد کرد. ظریف با لاوروف توافق کرد.');
    expect(events.filter((e) => e.type === 'AGREE')).toHaveLength(1);
    expect(events[0].future).toBe(false);
    expect(events[0].evidence_spans).toHaveLength(2);
  });

  it('a plan and an act on days the text gives apart stay two events', () => {
    const events = code('ظریف روز دوشنبه با لاوروف توافق کرد. ظریف روز شنبه با لاوروف توافق خواهد کرد.', [
      { text: 'روز دوشنبه', value: '2023-01-09' },
      { text: 'روز شنبه', value: '2023-01-14' },
    ]);
    expect(events.map((e) => [e.date, e.future])).toEqual([
      ['2023-01-09', false],
      ['2023-01-14', true],
    ]);
  });
});
