// Golden test on the founding article (samples/seed.txt, a copy of ../shared/corpus/seed.txt; no publication date): it protects
// the inference of the year of «پنجشنبه ۲۲ دی (۱۲ ژانویه)» from the weekday, the Gregorian date in
// parentheses, «۱۵ اوت ۲۰۲۱» and «با گذشت ۱۷ ماه از …» (only 2023 fits), the inferred reference
// date, and «روز گذشته» / «دیروز» resolved against it — through the real pipeline.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { process } from '../../../src/pipeline.js';
import { dateForSentence } from '../../../src/recognize/dates/index.js';

const seed = readFileSync(new URL('../../../samples/seed.txt', import.meta.url), 'utf8');

describe('seed article dates', () => {
  const doc = process({ id: 'seed', text: seed }, { tagger: false });

  it('infers the publication date 2023-01-12', () => {
    expect(doc.meta.published).toBeNull();
    expect(doc.reference).toBe('2023-01-12');
  });

  it('resolves the meeting date with its parenthesised Gregorian day as one mention', () => {
    const d = doc.dates.find((m) => m.text.includes('۲۲ دی'));
    expect(d).toMatchObject({ value: '2023-01-12', granularity: 'day', calendar: 'persian' });
    expect(d?.text.replace(/\u200c/g, '')).toBe('پنجشنبه ۲۲ دی (۱۲ ژانویه)');
    expect(doc.text.slice(d?.start, d?.end)).toBe(d?.text);
  });

  it('dates the attack the day before', () => {
    const rel = doc.dates.filter((m) => m.calendar === 'relative' && m.granularity === 'day');
    expect(rel.map((m) => [m.text, m.value])).toEqual([
      ['روز گذشته', '2023-01-11'],
      ['دیروز', '2023-01-11'],
    ]);
  });

  it('keeps the fall of Kabul as written', () => {
    expect(doc.dates.find((m) => m.text === '۱۵ اوت ۲۰۲۱')).toMatchObject({
      value: '2021-08-15',
      calendar: 'gregorian',
    });
  });

  it('offers the meeting date to the events layer for the first sentence', () => {
    expect(dateForSentence(doc, 0)?.value).toBe('2023-01-12');
    const attack = doc.dates.find((m) => m.text === 'دیروز');
    const s = doc.sentences.findIndex((x) => attack && x.start <= attack.start && attack.start < x.end);
    expect(dateForSentence(doc, s)?.value).toBe('2023-01-11');
  });
});
