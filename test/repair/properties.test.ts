// Property tests (fast-check): random Unicode and random Persian-like strings through repair always
// terminate, keep the offset map monotone and within bounds, and repairing repaired text changes nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { repair } from '../../src/repair/index.js';

const persianChars = [
  ...'ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیيكىةۀأإؤئءآ',
  '\u200c',
  '\u0640',
  '\u064B',
  '\u064E',
  '\u0650',
  '\u0651',
  '\u0654',
  ' ',
  ' ',
  ' ',
  '\n',
  '.',
  '،',
  '؟',
  '!',
  ':',
  '«',
  '»',
  '(',
  ')',
  '۱',
  '٢',
  '3',
  '\uFEB3',
  '\uFEFB',
  '\t',
];
const persianish = fc.array(fc.constantFrom(...persianChars), { maxLength: 80 }).map((a) => a.join(''));
const persianWords = fc
  .array(
    fc.constantFrom(
      ...[
        'می',
        'نمی',
        'ها',
        'های',
        'کتاب',
        'خواهد',
        'رئیس',
        'جمهور',
        'اند',
        'ای',
        'ویژه',
        'تر',
        'بزرگ',
        'گفت',
        'وگو',
      ],
      ...['بی', 'سازی', 'مقاوم', 'بر', 'در', 'شان', 'زندگی', 'هٔ', 'اً', 'Read More'],
      ...[' ', ' ', '\u200c', '.', '«', '»', '،', '\n'],
    ),
    { maxLength: 40 },
  )
  .map((a) => a.join(''));

function checkMap(input: string): void {
  const r = repair(input);
  let prevStart = 0;
  let prevEnd = 0;
  for (let i = 0; i < r.text.length; i++) {
    const s = r.map.toOriginal(i, i + 1);
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeLessThanOrEqual(input.length);
    expect(s.start).toBeLessThanOrEqual(s.end);
    expect(s.start).toBeGreaterThanOrEqual(prevStart);
    expect(s.end).toBeGreaterThanOrEqual(prevEnd);
    prevStart = s.start;
    prevEnd = s.end;
  }
  const all = r.map.toOriginal(0, r.text.length);
  expect(all.start).toBeGreaterThanOrEqual(0);
  expect(all.end).toBeLessThanOrEqual(input.length);
}

describe('repair properties', () => {
  for (const [name, arb] of [
    ['random Unicode', fc.string({ unit: 'grapheme', maxLength: 60 })],
    ['random code units', fc.string({ unit: 'binary', maxLength: 60 })],
    ['Persian-like characters', persianish],
    ['Persian-like words', persianWords],
  ] as const) {
    it(`keeps the offset map monotone and within bounds (${name})`, () => {
      fc.assert(
        fc.property(arb, (s) => checkMap(s)),
        { numRuns: 300, seed: 42 },
      );
    });
    it(`is idempotent (${name})`, () => {
      fc.assert(
        fc.property(arb, (s) => {
          const once = repair(s).text;
          expect(repair(once).text).toBe(once);
        }),
        { numRuns: 1000, seed: 7 },
      );
    });
  }
});
