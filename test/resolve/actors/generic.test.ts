// Generic and unnamed groups (issue 13, item 4): counted people of a state, workers and students,
// institutions named by a generic noun and a place, militants, and what is no actor (a street's name,
// an adjective). Rules: src/resolve/actors/generic.ts; data: lexicon/actors/generic-groups.json and
// lexicon/actors/generic-words.json.
import { describe, expect, it } from 'vitest';
import { actorOf, resolveDoc } from './helpers.js';

describe('people counted by a numeral and named by their state', () => {
  it('«سه فلسطینی», «صدها اسپانیایی» are that state’s civilians', () => {
    const doc = resolveDoc(
      'سه فلسطینی در حمله نظامیان اسرائیلی زخمی شدند. صدها اسپانیایی در مادرید راهپیمایی کردند.',
      '2015-05-01',
    );
    expect(actorOf(doc, 'فلسطینی')?.code).toBe('PSECVL');
    expect(actorOf(doc, 'اسپانیایی')?.code).toBe('ESPCVL');
    expect(actorOf(doc, 'نظامیان اسرائیلی')?.code).toBe('ISRMIL');
  });

  it('a person noun between numeral and state takes its sector: «دو نظامی آمریکایی» → USAMIL', () => {
    const doc = resolveDoc('دو نظامی آمریکایی در انفجار بمب در بغداد کشته شدند.', '2006-05-01');
    expect(actorOf(doc, 'نظامی آمریکایی')?.code).toBe('USAMIL');
  });

  it('an adjective that is a currency after a numeral is no one: «۵۰۰ افغانی»', () => {
    const doc = resolveDoc('قیمت هر کیلو آرد به ۵۰۰ افغانی رسید.', '2015-05-01');
    expect(doc.actors.some((a) => a.code === 'AFGCVL')).toBe(false);
  });
});

describe('workers, students and militants of a state', () => {
  it('«کارگران ایرانی» → IRNLAB, «دانشجویان افغان» → AFGEDU (Phoenix WORKER ~LAB, STUDENT ~EDU)', () => {
    const doc = resolveDoc(
      'کارگران ایرانی در برابر مجلس تجمع کردند. دانشجویان افغان در کابل تظاهرات کردند.',
      '2015-05-01',
    );
    expect(actorOf(doc, 'کارگران ایرانی')?.code).toBe('IRNLAB');
    expect(actorOf(doc, 'دانشجویان افغان')?.code).toBe('AFGEDU');
  });

  it('bare «تروریست‌ها» are the militants of the state the sentence places them in', () => {
    const doc = resolveDoc('تروریست‌ها به یک پاسگاه پلیس در قندهار حمله کردند.', '2015-05-01');
    expect(actorOf(doc, 'تروریست‌ها')?.code).toBe('AFGREB');
  });

  it('a group noun naming a street is no actor: «خیابان کارگران»', () => {
    const doc = resolveDoc('ساختمان‌های خیابان کارگران در تهران تخریب شد.', '2015-05-01');
    expect(doc.actors.some((a) => a.code === 'IRNLAB')).toBe(false);
  });
});

describe('institutions named by a generic noun and a place', () => {
  it('«دانشگاه کابل» → AFGEDU, and its head «رئیس دانشگاه کابل» too', () => {
    const doc = resolveDoc('رئیس دانشگاه کابل گفت دانشگاه کابل این حمله را محکوم کرد.', '2015-05-01');
    expect(actorOf(doc, 'دانشگاه کابل')?.code).toBe('AFGEDU');
    expect(actorOf(doc, 'رئیس دانشگاه کابل')?.code).toBe('AFGEDU');
  });

  it('«بیمارستان الفلوجه در شهر رمادی» takes the state of the place after «در»: IRQHLH', () => {
    const doc = resolveDoc('بیمارستان الفلوجه در شهر رمادی هدف حمله قرار گرفت.', '2004-11-10');
    expect(actorOf(doc, 'بیمارستان الفلوجه')?.code).toBe('IRQHLH');
  });

  it('«مسجد جامع اصفهان» is an Iranian religious institution; «جهاد دانشگاهی» is no university', () => {
    const doc = resolveDoc('مسجد جامع اصفهان مرمت شد و جهاد دانشگاهی این طرح را اجرا کرد.', '2015-05-01');
    expect(actorOf(doc, 'مسجد جامع اصفهان')?.code).toBe('IRNREL');
    expect(doc.entities.some((e) => e.text.includes('دانشگاهی'))).toBe(false);
  });

  it('a bare institution noun with no place is no actor', () => {
    const doc = resolveDoc('با بازگشایی مدارس و دانشگاه‌ها ترافیک افزایش یافت.', '2015-05-01');
    expect(doc.actors.some((a) => a.sector === 'EDU')).toBe(false);
  });
});

describe('what only looks like a counted group', () => {
  it('a year before «ترک کردند» (left) is no count of Turks', () => {
    const doc = resolveDoc('خانواده او این شهر را در دهه 1930 ترک کردند و به آلمان رفتند.', '2015-05-01');
    expect(doc.actors.some((a) => a.code === 'TURCVL')).toBe(false);
  });
});

describe('criminals of a place (Phoenix CRIMINAL, ROBBER, SMUGGLER ~CRM)', () => {
  it('«سارقان» in a sentence placed in Iran are IRNCRM', () => {
    const doc = resolveDoc('پلیس اعلام کرد سارقان در مشهد دستگیر شدند.', '2015-05-01');
    expect(actorOf(doc, 'سارقان')?.code).toBe('IRNCRM');
  });
});

describe('counted members of an ethnic group are no state’s citizens', () => {
  it('«میلیون‌ها قزاق» in China do not make «این کشور» Kazakhstan', () => {
    const doc = resolveDoc(
      'چین در سین‌کیانگ سیاست تازه‌ای دارد و میلیون‌ها قزاق در آنجا زندگی می‌کنند. دولت این کشور آن را رد کرد.',
      '2019-05-01',
    );
    expect(doc.actors.some((a) => a.code === 'KAZCVL' || a.code === 'KAZGOV')).toBe(false);
  });
});

describe('counted students and workers (generic-words.json counted_nouns)', () => {
  it('«۱۰ هزار دانشجوی انگلیسی» are British students, «سه کارگر افغان» Afghan workers', () => {
    const doc = resolveDoc('بیش از 10 هزار دانشجوی انگلیسی در لندن تجمع کردند.', '2010-11-10');
    expect(actorOf(doc, 'دانشجوی انگلیسی')?.code).toBe('GBREDU');
    const w = resolveDoc('سه کارگر افغان در این حادثه زخمی شدند.', '2010-11-10');
    expect(w.actors.some((a) => a.code === 'AFGLAB')).toBe(true);
  });
});
