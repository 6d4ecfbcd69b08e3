// Issue 15, item 2, third round: the classes the remaining dev errors showed (glued years, ZWNJ
// between the parts of a date, «ماه مبارک», «سال میلادی جاری», the tense that the first verb after a
// weekday or a day without a year tells), on sentences written for them and on real Fars sentences.
import { describe, expect, it } from 'vitest';
import { dates, one } from './helpers.js';

describe('a year glued to the month, ZWNJ between the parts', () => {
  it('a real Fars sentence (fars-news: «هشتم بهمن ماه1381»): the glued year counts', () => {
    const d = one('رییس کل دادگستری وقت استان تهران در هشتم بهمن ماه1381 طی مصاحبه‌ای گفت', '2007-04-15');
    expect(d.value).toBe('2003-01-28');
  });
  it('«۱۵ خرداد۱۳۹۸», «مهر۹۹»', () => {
    expect(one('در ۱۵ خرداد۱۳۹۸ افتتاح شد.', '2021-01-01').value).toBe('2019-06-05');
    expect(one('در مهر۹۹ افتتاح شد.', '2021-01-01').value).toBe('2020-09-22');
  });
  it('a single glued digit is no year', () => {
    expect(dates('در مهر1 شهر').map((d) => d.value)).not.toContain('2022-09-23');
  });
  it('«۲۰‌دسامبر‌۲۰۲۰» with ZWNJs for spaces', () => {
    expect(one('این فیلم قرار است در تاریخ ۲۰\u200cدسامبر\u200c۲۰۲۰ اکران شود.', '2020-12-28').value).toBe(
      '2020-12-20',
    );
  });
});

describe('«ماه مبارک رمضان» after an ordinal day, «سال میلادی جاری»', () => {
  it('«نوزدهم ماه مبارک رمضان» is a day, not the month', () => {
    const d = one('نوزدهم ماه مبارک رمضان مراسم برگزار می‌شود.', '2020-04-20');
    expect(d.granularity).toBe('day');
    expect(d.value).toBe('2020-05-12');
  });
  it('«سوم نوامبر سال میلادی جاری» (fars-news) takes the Gregorian year of publication', () => {
    const ds = dates(
      'در رسانه‌ها حاضر نمی‌شد سوم نوامبر سال میلادی جاری و همزمان با روز انتخابات امریکا',
      '2020-12-28',
    );
    expect(ds.length).toBe(1);
    expect(ds[0]?.value).toBe('2020-11-03');
  });
  it('«دهم ژانویه سال گذشته میلادی»', () => {
    expect(one('دهم ژانویه سال گذشته میلادی امضا شد.', '2020-06-15').value).toBe('2019-01-10');
  });
});

describe('the first verb after a weekday tells its tense', () => {
  it('a past verb before a later «خواهد» (NTREX): the past Saturday', () => {
    const ds = dates(
      'در روز شنبه، یکی از ۹ رهبر کاتالان اعلام کرد که در سال آینده در انتخابات پارلمان اروپا شرکت خواهد کرد.',
      '2018-09-30',
    );
    expect(ds[0]?.value).toBe('2018-09-29');
  });
  it('«قرار است» before the weekday: the coming one', () => {
    expect(one('قرار است روز شنبه جلسه برگزار شود.', '2018-09-30').value).toBe('2018-10-06');
  });
  it('a subjunctive passive after it (fars, «… موکول شود»): the coming one', () => {
    const ds = dates(
      'استقلالی‌ها حتی پیشنهاد کردند مسابقه روز سه شنبه به روز 25 اسفند ماه موکول شود',
      '2018-01-28',
    );
    expect(ds[0]?.value).toBe('2018-01-30');
  });
  it('no tense: the latest one', () => {
    expect(one('روز شنبه در تهران.', '2018-09-30').value).toBe('2018-09-29');
  });
});

describe('a day without a year looks forward only for a future or subjunctive verb', () => {
  it('«اگر … در تاریخ 29 مارس … خارج شود» (NTREX) is the coming 29 March', () => {
    expect(
      one('اگر انگلستان بدون توافق در تاریخ 29 مارس از اتحادیه اروپا خارج شود', '2018-09-30').value,
    ).toBe('2019-03-29');
  });
  it('a present verb does not: «روز ۱۰ اردیبهشت فراموش نمی‌شود» is the past one', () => {
    expect(one('روز ۱۰ اردیبهشت فراموش نمی‌شود.', '2010-07-09').value).toBe('2010-04-30');
    expect(one('روز ۱۰ اردیبهشت تکرار خواهد شد.', '2010-07-09').value).toBe('2011-04-30');
  });
  it('a past verb keeps the nearest one', () => {
    expect(one('همایش به ۸ اسفند موکول شد.', '2014-01-29').value).toBe('2014-02-27');
  });
});

describe('a year joined to a year by «و» or a range word', () => {
  it('«سال‌های ۸۸ و ۸۹»: both two-digit Solar Hijri years', () => {
    const ds = dates('این طرح در سال‌های ۸۸ و ۸۹ اجرا شد.', '2020-06-15');
    expect(ds.map((d) => d.value)).toEqual(['2009-03-21', '2010-03-21']);
  });
  it('«از سال ۱۳۹۰ تا ۱۳۹۵», «سال ۲۰۱۸ و ۲۰۱۹ میلادی»', () => {
    expect(dates('از سال ۱۳۹۰ تا ۱۳۹۵ ساخته شد.', '2020-06-15').map((d) => d.value)).toEqual([
      '2011-03-21',
      '2016-03-20',
    ]);
    expect(dates('در سال ۲۰۱۸ و ۲۰۱۹ میلادی', '2020-06-15').map((d) => d.value)).toEqual([
      '2018-01-01',
      '2019-01-01',
    ]);
  });
  it('a number of another length after it is no year: «سال ۹۰ و ۲۰۰ نفر»', () => {
    expect(dates('در سال ۹۰ و ۲۰۰ نفر آمدند.', '2020-06-15').length).toBe(1);
  });
});

describe('look-alikes and spellings of weekdays in Fars text', () => {
  it('a soft hyphen typed for the ZWNJ (fars-news: «روز پنج\u00adشنبه (دیشب)») is Thursday, not Saturday', () => {
    const ds = dates('در واپسین ساعات روز پنج\u00adشنبه (دیشب) یک منبع در دولت انگلستان گفت', '2012-06-15');
    expect(ds[0]?.value).toBe('2012-06-14');
  });
  it('«امامت جمعه» (fars-news) is the Friday prayer, no date', () => {
    expect(dates('تقدیر فراوان از افاضات دیرپای ایشان در سنگر امامت جمعه', '2012-06-15')).toEqual([]);
  });
});

describe('«امروز» in reported speech', () => {
  it('is the day when its clause tells an event happening (fars: «تصریح کرد: امروز … جشنواره … برگزار می‌شود»)', () => {
    const ds = dates(
      'تصریح کرد: امروز یازدهمین جشنواره خیران مدرسه‌ساز کشور و چهارمین جشنواره در گیلان برگزار می‌شود.',
      '2014-05-12',
    );
    expect(ds.map((d) => d.value)).toEqual(['2014-05-12']);
  });
  it('stays «nowadays» otherwise, even with an event noun as an obligation', () => {
    expect(dates('وی گفت: امروز مسئولیت ما سنگین است و باید انتخابات را برگزار کنیم.', '2014-05-12')).toEqual(
      [],
    );
  });
});
