// Protects the boilerplate data file (its schema, so users can extend it safely) and the removal of
// the seed's "Read More" block and similar site furniture, without touching real sentences.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  cleanBoilerplate,
  compileBoilerplate,
  isBoilerplateLine,
} from '../../src/repair/clean-boilerplate.js';

const file = JSON.parse(
  readFileSync(new URL('../../lexicon/repair/boilerplate.json', import.meta.url), 'utf8'),
);

describe('lexicon/repair/boilerplate.json', () => {
  it('is valid: ids unique, every pattern compiles, a note for each', () => {
    expect(() => compileBoilerplate(file)).not.toThrow();
    for (const p of file.patterns) expect(typeof p.note).toBe('string');
  });
  it('rejects a malformed file with a message naming the entry', () => {
    expect(() => compileBoilerplate({ maxLineLength: 10, patterns: [{ id: 'x', pattern: '(' }] })).toThrow(
      /x/,
    );
    expect(() =>
      compileBoilerplate({
        maxLineLength: 10,
        patterns: [
          { id: 'a', pattern: 'a' },
          { id: 'a', pattern: 'b' },
        ],
      }),
    ).toThrow(/duplicate/);
  });
});

describe('boilerplate lines', () => {
  it.each([
    'Read More',
    'This section contains relevant reference points, placed in (Inner related node field)',
    'انتهای پیام',
    'انتهاي پيام/',
    'بیشتر بخوانید:',
    'زمان مطالعه: ۳ دقیقه',
    'اخبار مرتبط',
    'اشتراک‌گذاری',
    'کد خبر: 123456',
    'share | print | email',
  ])('removes %s', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });
  it.each([
    'روسیه از جمله کشورهایی محسوب میشود که با حکومت طالبان ارتباط نزدیک دارد.',
    'بیشتر بخوانید که چه شد و چرا او رفت.',
    'Read More about the meeting in Moscow and what it means for the region',
  ])('keeps %s', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
  it('removes whole lines with their line breaks', () => {
    expect(cleanBoilerplate('الف\nRead More\nب').text).toBe('الف\nب');
    expect(cleanBoilerplate('الف\r\nانتهای پیام\r\n').text).toBe('الف\r\n');
  });
});
