// Issue 13 item 5: titles take the scope the text gives them. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { actorOf, resolveDoc } from './helpers.js';

describe('title scope', () => {
  it('a title naming a country takes that country, not the Iranian official named before it', () => {
    const doc = resolveDoc('عراقچی معاون وزیر خارجه ایران و نخست وزیر عراق در بغداد دیدار کردند.', '2019-01-10');
    expect(actorOf(doc, 'معاون وزیر خارجه ایران')?.code).toBe('IRNGOV');
    expect(actorOf(doc, 'نخست‌وزیر عراق')?.code).toBe('IRQGOV');
  });

  it('the counterpart of a country («همتای ایرانی‌اش») is that country’s government', () => {
    const doc = resolveDoc('شاه محمود قریشی در دیدار با همتای ایرانی‌اش گفت پاکستان آماده همکاری است.', '2019-01-10');
    expect(actorOf(doc, 'همتای ایرانی‌اش')?.code).toBe('IRNGOV');
  });

  it('the opposition leader of X is XOPP; the head of the Palestinian Authority is PSEGOV', () => {
    const doc = resolveDoc('رهبر مخالفان ونزوئلا از آمریکا خواست تحریم‌ها را افزایش دهد.', '2019-01-10');
    expect(actorOf(doc, 'رهبر مخالفان ونزوئلا')?.code).toBe('VENOPP');
    const pa = resolveDoc('رئیس تشکیلات خودگردان اسرائیل را محکوم کرد.', '2019-01-10');
    expect(actorOf(pa, 'رئیس تشکیلات خودگردان')?.code).toBe('PSEGOV');
  });

  it('«این کشور» after a capital named as a place is the capital’s state', () => {
    const doc = resolveDoc('ظریف پس از سفر به اسلام‌آباد با نخست وزیر این کشور دیدار کرد.', '2019-01-10');
    expect(actorOf(doc, 'اسلام‌آباد')).toBeNull();
    expect(actorOf(doc, 'نخست وزیر این کشور')?.code).toBe('PAKGOV');
  });

  it('a state named as the subject still outranks the capital visited', () => {
    const doc = resolveDoc(
      'پاکستان اعلام کرد وزیر خارجه به کابل سفر می‌کند. سخنگوی وزارت خارجه این کشور گفت سفر دو روز است.',
      '2019-01-10',
    );
    expect(actorOf(doc, 'سخنگوی وزارت خارجه این کشور')?.code).toBe('PAKGOV');
  });
});

describe('a quoted name before its title phrase', () => {
  it('«"X Y" TITLE-OF-STATE» makes X Y a person holding that office', () => {
    const doc = resolveDoc('از دیگر سو «رستم زوهبی»، سفیر سوریه در واشنگتن از آمریکا انتقاد کرد.', '2003-04-01');
    expect(actorOf(doc, 'رستم زوهبی')?.code).toBe('SYRGOV');
    const en = resolveDoc('"ویلیام لوتی" دستیار معاون وزیر دفاع آمریکا در این باره سخن گفت.', '2004-01-01');
    expect(actorOf(en, 'ویلیام لوتی')?.code).toBe('USAGOV');
  });

  it('not a quoted title, a single quoted word, or quoted words far from the title', () => {
    const one = resolveDoc('«موسوی» عضو کمیسیون حقوقی مجلس ایران گفت.', '2004-01-01');
    expect(one.entities.some((e) => e.text === 'موسوی' && e.source === 'pattern')).toBe(false);
    const far = resolveDoc('کتاب «فلفل در موصل» و وزیر خارجه عراق.', '2004-01-01');
    expect(far.entities.some((e) => e.text.includes('فلفل'))).toBe(false);
  });
});

describe('«نماینده مردم X»: a member of parliament', () => {
  it('the representative of the people of a city is the state’s legislator, not a civilian', () => {
    const doc = resolveDoc('حمیدرضا فولادگر نماینده مردم اصفهان در مجلس گفت دولت باید پاسخ دهد.', '2015-01-10');
    expect(actorOf(doc, 'نماینده مردم اصفهان')?.code).toBe('IRNLEG');
    expect(actorOf(doc, 'حمیدرضا فولادگر')?.code).toBe('IRNLEG');
  });

  it('without a place it is the home state’s parliament; a named state keeps its own', () => {
    const home = resolveDoc('نمایندگان مردم در مجلس از وزیر انتقاد کردند.', '2015-01-10');
    expect(actorOf(home, 'نمایندگان مردم')?.code).toBe('IRNLEG');
    const us = resolveDoc('نمایندگان مردم آمریکا از این طرح حمایت کردند.', '2015-01-10');
    expect(actorOf(us, 'نمایندگان مردم آمریکا')?.code).toBe('USALEG');
  });
});

describe('«امام جمعه X»: a Friday prayer leader of the home state', () => {
  it('a town the gazetteer does not know still makes him the home state’s cleric', () => {
    const doc = resolveDoc('امام جمعه فیروزکوه گفت مردم باید در انتخابات شرکت کنند.', '2015-01-10');
    expect(actorOf(doc, 'امام جمعه')?.code).toBe('IRNREL');
  });
});

describe('«شهرداری X»: a city’s municipality is its state’s local government', () => {
  it('the municipality of an Iranian city is IRNGOV', () => {
    const doc = resolveDoc('شهرداری مشهد از مردم خواست در طرح ترافیک همکاری کنند.', '2015-01-10');
    expect(actorOf(doc, 'شهرداری مشهد')?.code).toBe('IRNGOV');
  });
});
