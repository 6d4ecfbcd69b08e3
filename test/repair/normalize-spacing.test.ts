// Protects punctuation spacing: no blank before ، . : ؛ ! ؟ » ) and one after; «» hug their words;
// numbers and abbreviations keep their dots; correct text is untouched.
import { describe, expect, it } from 'vitest';
import { normalizeSpacing } from '../../src/repair/normalize-spacing.js';

const n = (s: string) => normalizeSpacing(s).text;

describe('normalizeSpacing', () => {
  it('removes blanks before punctuation and adds one after', () => {
    expect(n('سلام ، خوبی ؟')).toBe('سلام، خوبی؟');
    expect(n('اول،دوم؛سوم')).toBe('اول، دوم؛ سوم');
    expect(n('او گفت:روسیه')).toBe('او گفت: روسیه');
    expect(n('پایان .')).toBe('پایان.');
  });
  it('fixes blanks inside and around guillemets', () => {
    expect(n('گفت« سلام »و رفت')).toBe('گفت «سلام» و رفت');
  });
  it('collapses runs of blanks and trims lines', () => {
    expect(n('  یک   دو\t سه  ')).toBe('یک دو سه');
    expect(n('یک  \nدو')).toBe('یک\nدو');
  });
  it('keeps numbers, abbreviations and URLs', () => {
    expect(n('۱۲.۵ درصد و 12.5')).toBe('۱۲.۵ درصد و 12.5');
    expect(n('ساعت ۱۰ ق.ظ آغاز شد')).toBe('ساعت ۱۰ ق.ظ آغاز شد');
    expect(n('http://example.com/a.b')).toBe('http://example.com/a.b');
  });
  it('leaves correct text unchanged', () => {
    const s = 'او گفت: «روسیه نمی‌خواهد.» سپس (در مسکو) افزود، ادامه می‌دهد؟';
    expect(normalizeSpacing(s).edits).toBe(0);
  });
  it('does not take quadratic time on a long run of blanks', () => {
    const s = `الف${' '.repeat(200_000)}ب`;
    expect(n(s)).toBe('الف ب');
  });
});
