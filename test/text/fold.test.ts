import { describe, expect, it } from 'vitest';
import { matchingView } from '../../src/recognize/dates/normalize.js';
import { foldForSearch } from '../../src/store/search-text.js';
import { foldKey, foldStored, foldUnit, foldWords, sameLengthFold } from '../../src/text/fold.js';

describe('foldKey', () => {
  it('meets the spellings of one phrase in one key', () => {
    const k = foldKey('رئیس‌جمهور');
    for (const v of ['رئیس جمهور', 'رئیسجمهور', 'رييس جمهور', 'ريیس\u200dجمهور', 'رئیس­جمهور'])
      expect(foldKey(v)).toBe(k);
  });
  it('folds yeh, kaf, heh, alef and waw variants', () => {
    expect(foldKey('ي ى ئ ك ۀ ة آ أ إ ٱ ؤ')).toBe('یییکههااااو');
  });
  it('drops diacritics, superscript alef and kashida', () => {
    expect(foldKey('مُحَمَّد')).toBe('محمد');
    expect(foldKey('خانهٔ')).toBe('خانه');
    expect(foldKey('رحمٰن')).toBe('رحمن');
    expect(foldKey('ســلام')).toBe('سلام');
  });
  it('folds Persian and Arabic-Indic digits to ASCII, and lowers case', () => {
    expect(foldKey('۱۲٣G20')).toBe('123g20');
    expect(foldKey('NATO Ünal Путин')).toBe('natoünalпутин');
  });
  it('returns a word that needs no change as it is', () => {
    const w = 'وزیر';
    expect(foldKey(w)).toBe(w);
  });
  it('foldUnit agrees with foldKey unit by unit', () => {
    const s = 'رئیس‌ جمهورِ آمريكا ۱۲';
    let out = '';
    for (let i = 0; i < s.length; i++) {
      const f = foldUnit(s.charCodeAt(i));
      if (f) out += String.fromCharCode(f);
    }
    expect(out).toBe(foldKey(s));
  });
});

describe('foldWords', () => {
  it('is the key fold with white space kept', () => {
    expect(foldWords('ابراز تأسف کرد')).toBe('ابراز تاسف کرد');
    expect(foldWords('می‌رود')).toBe('میرود');
    expect(foldWords('رئیس جمهور').split(' ').map(foldKey)).toEqual(['رییس', 'جمهور']);
  });
});

describe('the matchers share the fold', () => {
  it('the date view folds the same letters, keeping length', () => {
    for (const w of ['آذر', 'رئیس', 'مؤسسه', 'كابل', '١٤٠٠', 'تأسف']) {
      const v = matchingView(w);
      expect(v.length).toBe(w.length);
      expect(foldKey(v)).toBe(foldKey(w));
    }
    expect(matchingView('۱۴۰۰٫۱٫۲')).toBe('1400/1/2');
    expect(matchingView('سـَ')).toBe('س\u200c\u200c');
    expect(matchingView('a\u00a0b')).toBe('a b');
  });
  it('sameLengthFold refuses a replacement that would change the length', () => {
    expect(() => sameLengthFold([['ab', 'c']])).toThrow(/one code unit/);
  });
});

describe('foldStored (the persisted search fold)', () => {
  it('keeps what stored databases were written with: آ, ئ, joiners and spaces unfolded', () => {
    expect(foldStored('آمریکا رئیس می‌رود')).toBe('آمریکا رئیس می‌رود');
  });
  it('folds the other letters, digits to ASCII, drops marks, lowers case', () => {
    expect(foldStored('كابل ي ۱۲٣ مُحَمَّد ســلام ABC')).toBe('کابل ی 123 محمد سلام abc');
    expect(foldForSearch('مؤسسه خانۀ')).toBe('موسسه خانه');
  });
});
