// The date forms issue 15 lists as missed, each on sentences written for the test and, where the
// corpus has one, on a real Fars News sentence (quoted with its article key, fars-news-N.json:index).
// Expected values are computed by hand from the calendars: 15 Khordad 1399 = 2020-06-04, 3 Bahman
// 1389 = 2011-01-23, 25 Jawza 1400 = 2021-06-15, 1 Ramadan 1442 = 2021-04-13 (Umm al-Qura).
import { describe, expect, it } from 'vitest';
import { dates, one } from './helpers.js';

describe('two-digit Solar Hijri years', () => {
  it('reads d/m/yy when the last part cannot be a day', () => {
    expect(one('این قانون در تاریخ ۱۵/۳/۹۹ تصویب شد.', '2020-11-01')).toMatchObject({
      text: '۱۵/۳/۹۹',
      value: '2020-06-04',
      calendar: 'persian',
    });
    expect(one('نامه مورخ 3/11/89 به دست ما رسید.', '2011-02-01')).toMatchObject({ value: '2011-01-23' });
  });
  it('keeps yy/m/d, the common order, when both ends could be a day', () => {
    expect(one('نامه مورخ ۸۶/۳/۱۰ رسید.', '2007-07-01')).toMatchObject({ value: '2007-05-31' });
  });
  it('needs a two-digit part: 1/2/3 is no date', () => {
    expect(dates('نسبت ۱/۲/۳ است.', '2020-01-01')).toEqual([]);
  });
  it('a real dateline at the foot of a message (fars-news-1:47)', () => {
    const found = dates('پنجم ذیحجه 408 / 29/4/67 روح‌الله الموسوی الخمینی');
    expect(found.find((d) => d.text === '29/4/67')?.value).toBe('1988-07-20');
    // The Hijri date beside it is one day earlier by Umm al-Qura: Iran's official lunar calendar,
    // set by sighting, put 5 Dhu al-Hijja 1408 on 29 Tir 1367 (docs/bench-dates.md).
    // (the lunar year is written without its thousand: 408 is 1408)
    expect(found.find((d) => d.text === 'پنجم ذیحجه 408')?.value).toBe('1988-07-19');
  });
  it('years in words after «سال»: سال هشتاد و پنج, and the real «تا پایان سال هشتاد و هفت» (2:225)', () => {
    expect(one('او در سال هشتاد و پنج به تهران آمد.', '2010-01-01')).toMatchObject({
      value: '2006-03-21',
      until: '2007-03-20',
      granularity: 'year',
    });
    expect(one('پیش بینی می شود تا پایان سال هشتاد و هفت به بهره برداری رسند.', '2008-01-01').value).toBe(
      '2008-03-20',
    );
    expect(dates('در سال ۹۲ انتخابات برگزار شد.', '2016-01-01')[0]).toMatchObject({ value: '2013-03-21' });
  });
  it('a quantity after the number words is not a year', () => {
    expect(dates('در سال هشتاد نفر استخدام شدند.', '2010-01-01')).toEqual([]);
  });
});

describe('a month alone', () => {
  it('«در مهر» with a past verb: the latest Mehr', () => {
    expect(one('این جلسه در مهر برگزار شد.', '2020-12-01')).toMatchObject({
      value: '2020-09-22',
      until: '2020-10-21',
      granularity: 'month',
    });
  });
  it('«در مهر» with a future verb published after Mehr: next year’s', () => {
    expect(one('این جلسه در مهر برگزار خواهد شد.', '2020-12-01')).toMatchObject({ value: '2021-09-23' });
  });
  it('«تیرماه امسال»', () => {
    expect(one('تیرماه امسال قرارداد امضا شد.', '2020-12-01')).toMatchObject({ value: '2020-06-21' });
  });
  it('an Afghan month alone after a cue: «در قوس» with a future verb', () => {
    expect(one('در قوس این نشست برگزار می‌شود.', '2021-07-01')).toMatchObject({
      value: '2021-11-22',
      granularity: 'month',
    });
  });
  it('months that are everyday words or names stay words', () => {
    expect(dates('او در سرطان خون تخصص دارد.', '2021-07-01')).toEqual([]);
    expect(dates('وزیر از بهمن خواست که بماند.', '2021-07-01')).toEqual([]);
    expect(dates('آذر گفت که این کار درست نیست.', '2021-07-15')).toEqual([]);
    expect(dates('بهار گفت که این کار درست نیست.', '2021-07-15')).toEqual([]);
  });
});

describe('dual Afghan/Iranian month names', () => {
  it('«۲۵ جوزا/خرداد» is one day mention', () => {
    expect(one('حمله در ۲۵ جوزا/خرداد رخ داد.', '2021-07-01')).toMatchObject({
      text: '۲۵ جوزا/خرداد',
      value: '2021-06-15',
      calendar: 'afghan-persian',
    });
  });
  it('«ثور/اردیبهشت سال گذشته» is a month of the previous year', () => {
    expect(one('در ثور/اردیبهشت سال گذشته توافق شد.', '2021-07-01')).toMatchObject({
      value: '2020-04-20',
      until: '2020-05-20',
      granularity: 'month',
    });
  });
  it('two names of different months are not one date', () => {
    expect(dates('در ۲۵ جوزا/تیر', '2021-07-01').some((d) => d.text.includes('/'))).toBe(false);
  });
});

describe('ordinal day words', () => {
  it('«سومین روز ماه رمضان»', () => {
    expect(one('در سومین روز ماه رمضان این حادثه رخ داد.', '2021-04-20')).toMatchObject({
      value: '2021-04-15',
      granularity: 'day',
      calendar: 'hijri',
    });
  });
  it('«در بیست و ششمین روز از خرداد ماه سال جاری» (fars-news-2:183)', () => {
    expect(
      one('در بیست و ششمین روز از خرداد ماه سال جاری ساعت ۱۴ متأسفانه شاهد حادثه بودیم', '2019-06-20').value,
    ).toBe('2019-06-16');
  });
  it('«۱۰ روز ماه محرم» is a duration, not the tenth', () => {
    expect(dates('۱۰ روز ماه محرم عزاداری شد.', '2021-08-25').some((d) => d.granularity === 'day')).toBe(
      false,
    );
  });
});

describe('Gregorian-relative expressions', () => {
  it('«ماه گذشته میلادی» is the previous Gregorian month (fars-news-3:248)', () => {
    expect(one('مذاکرات شش جانبه که در ماه گذشته میلادی در پکن برگزار شد', '2007-03-10')).toMatchObject({
      value: '2007-02-01',
      until: '2007-02-28',
      granularity: 'month',
    });
    expect(one('ماه پیش میلادی این توافق امضا شد.', '2021-07-15')).toMatchObject({
      value: '2021-06-01',
      until: '2021-06-30',
    });
  });
  it('«سال آینده میلادی»', () => {
    expect(one('سال آینده میلادی انتخابات برگزار می‌شود.', '2021-07-01')).toMatchObject({
      value: '2022-01-01',
      until: '2022-12-31',
    });
  });
});

describe('weekdays by tense', () => {
  it('a perfect verb after a month is past, not a scheduled present', () => {
    // «از پایان ماه اپریل دیده‌ایم … دوام می‌دهد»: April already seen
    expect(one('روندی که از پایان ماه اپریل دیده ایم، دوام میدهد.', '2019-06-01').value).toBe('2019-04-01');
  });
  it('a future verb looks forward, a past one back (published Thursday 2021-07-15)', () => {
    expect(one('وزیر خارجه شنبه به مسکو سفر خواهد کرد.', '2021-07-15').value).toBe('2021-07-17');
    expect(one('وزیر خارجه شنبه به مسکو سفر کرد.', '2021-07-15').value).toBe('2021-07-10');
  });
});

describe('look-alikes that are not dates', () => {
  it('Dushanbe, the capital of Tajikistan, is not Monday', () => {
    expect(dates('وزیر خارجه ایران به دوشنبه پایتخت تاجیکستان سفر کرد.', '2021-07-15')).toEqual([]);
    expect(dates('رئیس جمهور تاجیکستان در دوشنبه با همتای خود دیدار کرد.', '2021-07-15')).toEqual([]);
    // the real dateline of fars-news-2:261
    expect(
      dates(
        'به گزارش خبرنگار خبرگزاری فارس در دوشنبه، وزارت دفاع تاجیکستان از برگزاری رزمایش خبر داد',
        '2019-06-20',
      ),
    ).toEqual([]);
  });
  it('Monday stays Monday without Tajikistan in the sentence', () => {
    expect(one('این نشست در دوشنبه آینده برگزار می‌شود.', '2021-07-15').value).toBe('2021-07-19');
    expect(one('وزیر روز دوشنبه به تاجیکستان سفر کرد.', '2021-07-15').value).toBe('2021-07-12');
  });
});

describe('forms found missing on the issue-15 development date gold', () => {
  it('a month with «امسال» or «سال گذشته» names its year, Gregorian too', () => {
    expect(one('توانمندی ملت در اسفند امسال به نمایش در می‌آید', '2004-02-08')).toMatchObject({
      value: '2004-02-20',
      until: '2004-03-19',
    });
    expect(one('دسمبر سال گذشته در انتخابات پیروز شد', '2018-09-30')).toMatchObject({
      value: '2017-12-01',
      until: '2017-12-31',
    });
    // the Dari everyday word stays a word
    expect(dates('میزان سال گذشته بیشتر بود', '2018-09-30').some((d) => d.granularity === 'month')).toBe(
      false,
    );
  });
  it('a part of a month is not its first or second day', () => {
    expect(one('او هفته اول مهرماه عازم کویت می‌شود', '2006-09-19')).toMatchObject({ granularity: 'month' });
    expect(one('نیمه دوم ماه سپتامبر به مسکو می‌رود', '2014-09-01')).toMatchObject({ granularity: 'month' });
  });
  it('«نیمه شعبان» is the fifteenth of the lunar month', () => {
    expect(one('در نیمه شعبان امسال گفتند', '2021-02-08').value).toBe('2020-04-08');
  });
  it('«سال ۸۳ سال پایان …»: the next «سال» is no unit', () => {
    expect(one('سال 83 سال پایان مسئله است', '2004-03-14').granularity).toBe('year');
  });
  it('«از دی تا اسفندماه» reads both months', () => {
    expect(dates('از دی تا اسفندماه سال جاری برگزار می‌شود', '2020-01-11').map((d) => d.text)).toContain('دی');
  });
  it('a count before «از» is counted from another event', () => {
    expect(dates('تنها یک ماه پیش از پایان جنگ کشته شد', '2018-09-30')).toEqual([]);
  });
  it('Dari «ماه روان» is the current month; «سینمای امروز» is nowadays', () => {
    expect(one('در ماه روان سرمایه گذاری کرد', '2018-09-30').granularity).toBe('month');
    expect(dates('سینمای امروز ایران به حمایت نیاز دارد', '2020-10-10')).toEqual([]);
  });
  it('a weekday with «گذشته» and its date in parentheses is one mention', () => {
    expect(one('بامداد شنبه گذشته (۱۹ مهرماه) توافق شد', '2020-10-14').value).toBe('2020-10-10');
  });
});
