// Property test: whatever the text (random strings mixing date words, digits of three scripts,
// ZWNJ, brackets and noise), the recognizer does not throw, every span lies within the text and
// matches its `text`, values are ISO days, and `until` never precedes `value`.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/recognize/dates/index.js';

const pieces = [
  'دی',
  'مهر',
  'خرداد',
  'اسد',
  'جدی',
  'می',
  'مه',
  'اوت',
  'اگست',
  'رمضان',
  'صفر',
  'پنجشنبه',
  'سه',
  'شنبه',
  'سه‌شنبه',
  'امروز',
  'دیروز',
  'روز',
  'گذشته',
  'آینده',
  'سال',
  'ماه',
  'هفته',
  'پیش',
  'از',
  'با',
  'گذشت',
  'بیست',
  'و',
  'دوم',
  'سی‌ام',
  '۲۲',
  '12',
  '٣١',
  '۱۴۰۱',
  '2023',
  '1401/10/22',
  '۰۲-۳۰-۱۴۰۰',
  '(',
  ')',
  ':',
  '،',
  '.',
  ' ',
  '\u200c',
  '\n',
  'ي',
  'ك',
];
const textArb = fc.oneof(
  fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((a) => a.join(' ')),
  fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((a) => a.join('')),
  fc.string({ maxLength: 200 }),
);
const pubArb = fc.option(
  fc.date({ min: new Date('1950-01-01'), max: new Date('2090-12-31'), noInvalidDate: true }),
  { nil: null },
);

describe('date recognizer robustness', () => {
  it('never crashes and keeps spans in bounds', () => {
    fc.assert(
      fc.property(textArb, pubArb, (text, pub) => {
        const published = pub ? pub.toISOString().slice(0, 10) : null;
        const { dates, reference } = findDates(text, [{ start: 0, end: text.length }], published);
        for (const d of dates) {
          expect(d.start).toBeGreaterThanOrEqual(0);
          expect(d.end).toBeLessThanOrEqual(text.length);
          expect(d.start).toBeLessThan(d.end);
          expect(text.slice(d.start, d.end)).toBe(d.text);
          expect(d.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          if (d.until) expect(d.until >= d.value).toBe(true);
        }
        if (reference) expect(reference).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }),
      { numRuns: 400, seed: 20230112 },
    );
  });

  it('handles a long text without punctuation in linear time (no catastrophic backtracking)', () => {
    const text = 'سه شنبه ۲۲ '.repeat(5_000) + 'بیست و '.repeat(10_000) + 'پنجشنبه، '.repeat(5_000);
    const { dates } = findDates(text, [{ start: 0, end: text.length }], '2023-01-12');
    expect(Array.isArray(dates)).toBe(true);
  });
});
