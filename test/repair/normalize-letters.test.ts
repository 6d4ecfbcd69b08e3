// Protects letter and digit normalization: Arabic variants become Persian, noise marks go, and the
// spellings kept on purpose (ة, ۀ, هٔ, اً, Latin digits) stay.
import { describe, expect, it } from 'vitest';
import { normalizeLetters } from '../../src/repair/normalize-letters.js';

const n = (s: string) => normalizeLetters(s).text;

describe('normalizeLetters', () => {
  it('unifies Arabic yeh, alef maksura and kaf', () => {
    expect(n('رييس كل')).toBe('رییس کل');
    expect(n('مصطفى')).toBe('مصطفی');
  });
  it('turns Arabic-Indic digits into Persian and leaves Latin digits', () => {
    expect(n('سال ١٣٩٩ و 2021')).toBe('سال ۱۳۹۹ و 2021');
  });
  it('removes kashida and vowel marks, keeps tanvin on alef and ezafe hamza', () => {
    expect(n('بـــزرگ')).toBe('بزرگ');
    expect(n('مُحَمَّد')).toBe('محمد');
    expect(n('اصلاً')).toBe('اصلاً');
    expect(n('رشتهٔ مطالعاتی')).toBe('رشتهٔ مطالعاتی');
    expect(n('خانۀ ما')).toBe('خانۀ ما');
    expect(n('دولة')).toBe('دولة');
  });
  it('removes a mark that sits on no letter', () => {
    expect(n(' \u064Eسلام')).toBe(' سلام');
    expect(n('\u0651\u0651')).toBe('');
  });
  it('maps presentation forms to base letters', () => {
    expect(n('\uFEB3\uFEDF\uFE8E\uFEE1')).toBe('سلام');
    expect(n('\uFEF1')).toBe('ی'); // isolated Arabic yeh
  });
  it('composes alef + maddah into آ', () => {
    expect(n('ا\u0653ب')).toBe('آب');
  });
  it('turns a soft hyphen between Persian letters into ZWNJ and drops it elsewhere', () => {
    // Scraped Fars text: «وارد گفت­وگو شد», «پنج­شنبه».
    expect(n('وارد گفت\u00adوگو شد')).toBe('وارد گفت\u200cوگو شد');
    expect(n('پنج\u00adشنبه')).toBe('پنج\u200cشنبه');
    expect(n('co\u00adoperation')).toBe('cooperation');
    expect(n('گفت\u00ad وگو')).toBe('گفت وگو');
    expect(n('\u00adسلام')).toBe('سلام');
    const r = normalizeLetters('گفت\u00adوگو');
    expect(r.text.length).toBe('گفت\u00adوگو'.length);
  });
  it('leaves correct Persian text unchanged with no edits', () => {
    const r = normalizeLetters('این متن درست است و ۱۲ کتاب دارد.');
    expect(r.edits).toBe(0);
  });
});
