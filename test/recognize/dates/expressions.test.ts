// Unit tests per kind of date expression. Expected values were computed by hand from the calendars
// (e.g. 22 Dey 1401 = 12 January 2023, a Thursday; Khordad 1383 = 2004-05-21 … 2004-06-20).
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/recognize/dates/index.js';
import { dates, one } from './helpers.js';

describe('Solar Hijri months', () => {
  it('day month year, Persian digits', () => {
    expect(one('در ۲۲ دی ۱۴۰۱ امضا شد')).toMatchObject({
      text: '۲۲ دی ۱۴۰۱',
      value: '2023-01-12',
      granularity: 'day',
      calendar: 'persian',
    });
  });
  it('month with year is a month period', () => {
    expect(one('این طرح در خرداد ۱۳۸۳ تصویب شد.')).toMatchObject({
      text: 'خرداد ۱۳۸۳',
      value: '2004-05-21',
      until: '2004-06-20',
      granularity: 'month',
    });
  });
  it('Arabic-Indic and Latin digits, Arabic yeh and kaf', () => {
    expect(one('في ٢٢ دي ١٤٠١')).toMatchObject({ value: '2023-01-12' });
    expect(one('در 22 دی 1401')).toMatchObject({ value: '2023-01-12' });
    expect(one('در 1 فروردين 1400 آغاز شد')).toMatchObject({ value: '2021-03-21' });
  });
  it('ordinal and written numbers', () => {
    expect(one('بیست و دوم دی ۱۴۰۱')).toMatchObject({ value: '2023-01-12' });
    expect(one('سی‌ام خرداد ۱۴۰۲')).toMatchObject({ value: '2023-06-20' });
    expect(one('یکم تیر ۱۴۰۲')).toMatchObject({ value: '2023-06-22' });
  });
  it('ماه glued or spaced, day glued to the month', () => {
    expect(one('در 30خردادماه 1385')).toMatchObject({ value: '2006-06-20' });
    expect(one('۲۰ اردیبهشت‌ماه ۱۳۸۵')).toMatchObject({ value: '2006-05-10' });
  });
  it('era words after the year, Afghan style with tatweel', () => {
    expect(one('در ۲۴ اسد ۱۴۰۰ هـ.ش')).toMatchObject({ value: '2021-08-15', text: '۲۴ اسد ۱۴۰۰ هـ.ش' });
    expect(one('در ۱۰ رمضان ۱۴۴۵ قمری')).toMatchObject({ value: '2024-03-20' });
  });
  it('two-digit years', () => {
    expect(one('در بهمن ۵۷ پیروز شد', '2020-02-10')).toMatchObject({
      value: '1979-01-21',
      granularity: 'month',
    });
    expect(one('در سال 86 تشکیل شد', '2013-10-08')).toMatchObject({
      value: '2007-03-21',
      until: '2008-03-19',
      granularity: 'year',
    });
  });
  it('a month alone after a cue word, nearest to the reference consistent with the tense', () => {
    // issue 15: a past verb looks back (was: the nearest, the coming Ordibehesht, whatever the verb)
    expect(one('در اواخر اردیبهشت برگزار شد', '2004-03-13')).toMatchObject({
      value: '2003-04-21',
      granularity: 'month',
    });
    expect(one('در اواخر اردیبهشت برگزار می‌شود', '2004-03-13')).toMatchObject({ value: '2004-04-20' });
  });
});

describe('Afghan (Dari) month names', () => {
  it('day month year', () => {
    expect(one('طالبان در ۲۴ اسد ۱۴۰۰ وارد کابل شدند')).toMatchObject({
      value: '2021-08-15',
      calendar: 'afghan-persian',
    });
  });
  it('without a year, near the reference', () => {
    expect(one('این نشست در ۱۵ عقرب برگزار می‌شود', '2022-10-20')).toMatchObject({ value: '2022-11-06' });
  });
  it('ambiguous names are not months alone', () => {
    expect(
      dates('این یک موضوع جدی است و اسد با هیئت امارات دیدار کرد و میزان کمک کم بود', '2022-01-01'),
    ).toEqual([]);
    expect(dates('به میزان ۱۴۰۰ میلیارد افغانی', '2022-01-01')).toEqual([]);
  });
});

describe('Gregorian months', () => {
  it('Iranian and Afghan spellings', () => {
    expect(one('در ۱۵ اوت ۲۰۲۱')).toMatchObject({ value: '2021-08-15', calendar: 'gregorian' });
    expect(one('در ۳۰ اگست ۲۰۲۱')).toMatchObject({ value: '2021-08-30' });
    expect(one('در ۱۵ جنوری ۲۰۲۲')).toMatchObject({ value: '2022-01-15' });
    expect(one('تا ۱۱ سپتمبر', '2021-07-10')).toMatchObject({ value: '2021-09-11' });
    expect(one('ماه اپریل سال ۲۰۲۲')).toMatchObject({
      value: '2022-04-01',
      until: '2022-04-30',
      granularity: 'month',
    });
  });
  it('می is the month only next to a day or a year', () => {
    expect(one('در ۲۱ می ۲۰۲۱ رخ داد و مردم میگویند و می‌روند')).toMatchObject({ value: '2021-05-21' });
    expect(dates('مردم می روند و می گویند', '2021-01-01')).toEqual([]);
  });
});

describe('Hijri lunar months', () => {
  it('day month year via ICU', () => {
    expect(one('در ۱۰ رمضان ۱۴۴۵')).toMatchObject({ value: '2024-03-20', calendar: 'hijri' });
  });
  it('ماه مبارک رمضان alone, the one around the reference', () => {
    expect(one('در ماه مبارک رمضان', '2019-05-20')).toMatchObject({
      value: '2019-05-06',
      granularity: 'month',
    });
  });
  it('a second month coordinated with a month', () => {
    expect(dates('با توجه به ایام محرم و صفر', '2012-12-08').map((d) => [d.text, d.value])).toEqual([
      ['محرم', '2012-11-15'],
      ['صفر', '2012-12-14'],
    ]);
    expect(dates('محرم و صفر', '2012-12-08')).toEqual([]);
  });
  it('صفر as zero is not a month', () => {
    expect(dates('تعداد مبتلایان به صفر رسید', '2021-09-10')).toEqual([]);
  });
});

describe('numeric forms', () => {
  it('tells the calendar from the year', () => {
    expect(one('در تاریخ ۱۴۰۱/۱۰/۲۲')).toMatchObject({ value: '2023-01-12', calendar: 'persian' });
    expect(one('در 22/10/1401')).toMatchObject({ value: '2023-01-12', calendar: 'persian' });
    expect(one('در 2023-01-12')).toMatchObject({ value: '2023-01-12', calendar: 'gregorian' });
    expect(one('در ۱۴۰۱-۱۰-۲۲')).toMatchObject({ value: '2023-01-12' });
  });
  it('rejects impossible days', () => {
    expect(dates('نسخه 1401/13/40 و 2023-02-30', '2023-01-01')).toEqual([]);
  });
});

describe('years alone', () => {
  it('سال + year, and a bare year after a preposition', () => {
    const ds = dates(
      'او در سال ۱۳۹۹ به ریاست رسید و در سال ۲۰۲۱ استعفا داد؛ این در ۱۳۸۳ هم افتاده بود',
      '2021-03-01',
    );
    expect(ds.map((d) => [d.text, d.value, d.until, d.calendar])).toEqual([
      ['سال ۱۳۹۹', '2020-03-20', '2021-03-20', 'persian'],
      ['سال ۲۰۲۱', '2021-01-01', '2021-12-31', 'gregorian'],
      ['۱۳۸۳', '2004-03-20', '2005-03-20', 'persian'],
    ]);
  });
  it('a bare year with an era word', () => {
    expect(one('این قانون ۲۰۲۰ میلادی تصویب شد', '2021-03-01')).toMatchObject({
      value: '2020-01-01',
      calendar: 'gregorian',
    });
    expect(one('قانون اساسی ۱۳۸۲ خورشیدی افغانستان', '2021-03-01')).toMatchObject({
      value: '2003-03-21',
      calendar: 'persian',
    });
  });
  it('a quantity is not a year', () => {
    expect(dates('۲۰۰۰ نفر در ۱۴۰۰ میلیارد تومان', '2021-03-01')).toEqual([]);
  });
});

describe('weekdays', () => {
  it('with and without ZWNJ', () => {
    for (const w of ['سه‌شنبه گذشته', 'سه شنبه گذشته', 'سهشنبه گذشته']) {
      expect(one(`جلسه ${w} برگزار شد`, '2016-01-10')).toMatchObject({
        value: '2016-01-05',
        calendar: 'weekday',
      });
    }
  });
  it('آینده and scheduled events look forward', () => {
    expect(one('این جلسه سه شنبه آینده برگزار خواهد شد', '2023-01-12')).toMatchObject({
      value: '2023-01-17',
    });
    expect(one('جلسه روز شنبه برگزار می‌شود', '2019-02-10')).toMatchObject({ value: '2019-02-16' });
  });
  it('a weekday names its own day when it is today', () => {
    expect(one('عصر دوشنبه در نشست خبری گفت', '2012-08-06')).toMatchObject({ value: '2012-08-06' });
  });
  it('Friday prayers and recurring days are not dates', () => {
    expect(dates('خطیب نماز جمعه تهران و امام جمعه مشهد', '2014-06-10')).toEqual([]);
    expect(dates('در روزهای یکشنبه و سه شنبه', '2014-06-10')).toEqual([]);
  });
});

describe('relative expressions', () => {
  const pub = '2023-01-12';
  it.each([
    ['امروز', '2023-01-12', undefined, 'day'],
    ['دیروز', '2023-01-11', undefined, 'day'],
    ['روز گذشته', '2023-01-11', undefined, 'day'],
    ['پریروز', '2023-01-10', undefined, 'day'],
    ['فردا', '2023-01-13', undefined, 'day'],
    ['پس‌فردا', '2023-01-14', undefined, 'day'],
    ['هفته گذشته', '2022-12-31', '2023-01-06', 'week'],
    ['هفته آینده', '2023-01-14', '2023-01-20', 'week'],
    ['ماه گذشته', '2022-11-22', '2022-12-21', 'month'],
    ['ماه آینده', '2023-01-21', '2023-02-19', 'month'],
    ['امسال', '2022-03-21', '2023-03-20', 'year'],
    ['سال گذشته', '2021-03-21', '2022-03-20', 'year'],
    ['سال آینده', '2023-03-21', '2024-03-19', 'year'],
    ['دو روز پیش', '2023-01-10', undefined, 'day'],
    ['سه سال پیش', '2019-03-21', '2020-03-19', 'year'],
  ])('%s', (text, value, until, granularity) => {
    const m = one(`${text} این خبر منتشر شد`, pub);
    expect(m).toMatchObject({ text, value, granularity, calendar: 'relative' });
    expect(m.until).toBe(until);
  });
  it('«میلادی» after a relative year counts Gregorian years', () => {
    expect(one('سال آینده میلادی عراق را ترک می‌کنند', '2005-11-12')).toMatchObject({
      text: 'سال آینده میلادی',
      value: '2006-01-01',
      until: '2006-12-31',
    });
  });
  it('a count before the unit makes a duration, not a date', () => {
    expect(dates('در ۲۰ سال گذشته و در چند روز گذشته', pub)).toEqual([]);
  });
  it('امروز in reported speech means nowadays; از امروز stays a date', () => {
    expect(dates('او گفت: امروز مسئولیت ما سنگین است', pub)).toEqual([]);
    expect(one('وی افزود: از امروز اجرا می‌شود', pub)).toMatchObject({ value: pub });
    expect(dates('نسل امروز و دنیای امروز', pub)).toEqual([]);
    expect(dates('وی با بیان اینکه امروز عرصه اطلاعات لحظه‌ای شده است', pub)).toEqual([]);
  });
  it('nothing relative is resolved without a reference', () => {
    expect(dates('دیروز خبری نبود')).toEqual([]);
  });
});

describe('words that only look like dates', () => {
  it.each([
    'به گزارش خبرگزاری مهر، وزیر سفر کرد',
    'جبهه دوم خرداد در انتخابات شرکت نکرد',
    'اصلاح‌طلبان دوم خرداد و دوم خردادی‌ها',
    'آذر منصوری سخنگوی حزب گفت',
    'شرکت بهمن خودروی جدیدی معرفی کرد',
    'در این تیراندازی ضارب با تیر خلاص کشته شد',
    'مرداب انزلی خشک شد',
    'او با مهر و محبت رفتار کرد',
    'بنیاد ۱۵ خرداد در خیابان ۱۶ آذر',
    'یک دی وی دی منتشر شد',
    'سه تیر به سمت خودرو شلیک شد',
  ])('%s', (text) => {
    expect(dates(text, '2020-01-01')).toEqual([]);
  });
  it('روز دوم خرداد and دوم خرداد with a year are dates', () => {
    expect(one('در روز دوم خرداد ۱۳۷۶ برگزار شد')).toMatchObject({ value: '1997-05-23' });
  });
});

describe('year choice for a day and month without a year', () => {
  it('the weekday decides', () => {
    // 22 Dey is a Thursday in 1401 only among 1399–1402.
    expect(one('روز پنجشنبه ۲۲ دی', '2022-06-01')).toMatchObject({ value: '2023-01-12' });
  });
  it('a second calendar in parentheses decides', () => {
    expect(one('روز دوشنبه ۲۳ عقرب (۱۴ نومبر) اعلام کرد', '2022-11-15')).toMatchObject({
      text: 'دوشنبه ۲۳ عقرب (۱۴ نومبر)',
      value: '2022-11-14',
    });
  });
  it('a weekday with its date in parentheses is one mention', () => {
    expect(one('سخنگوی وزارت خارجه روز سه‌شنبه (۲۵ دلو) گفت', '2023-02-15')).toMatchObject({
      text: 'سه‌شنبه (۲۵ دلو)',
      value: '2023-02-14',
      calendar: 'afghan-persian',
    });
  });
  it('named historical days keep their year', () => {
    expect(one('کودتای 28 مرداد', '2006-05-10')).toMatchObject({ value: '1953-08-19' });
    expect(one('پس از حوادث 11 سپتامبر', '2004-10-03')).toMatchObject({ value: '2001-09-11' });
  });
  it('otherwise the occurrence nearest the reference, a little past preferred', () => {
    expect(one('در ۲۹ اسفند', '2022-03-25')).toMatchObject({ value: '2022-03-20' });
    expect(one('در ۱۵ خرداد', '2022-03-25')).toMatchObject({ value: '2022-06-05' });
  });
});

describe('reference inference without a publication date', () => {
  it('a dateline with a full date and امروز', () => {
    const r = findDates('کابل، ۱۰ جدی ۱۴۰۱ — وزارت خارجه امروز اعلام کرد.', [{ start: 0, end: 44 }], null);
    expect(r.reference).toBe('2022-12-31');
    expect(r.dates.find((d) => d.text === 'امروز')?.value).toBe('2022-12-31');
  });
  const sentencesOf = (text: string) => {
    const out: Array<{ start: number; end: number }> = [];
    let start = 0;
    for (const part of text.split('\n')) {
      out.push({ start, end: start + part.length });
      start += part.length + 1;
    }
    return out;
  };
  it('history alone is not a dateline', () => {
    const text = 'گزارش تازه\nانقلاب اسلامی در ۲۲ بهمن ۱۳۵۷ پیروز شد.\nدیروز جشن گرفتند.';
    const r = findDates(text, sentencesOf(text), null);
    expect(r.reference).toBeNull();
    expect(r.dates.map((d) => d.text)).toEqual(['۲۲ بهمن ۱۳۵۷']);
  });
  it('a day and month without a year that several years satisfy is not firm', () => {
    const text = 'گزارش تازه\nاو در ۱۵ اوت ۲۰۲۱ آمد.\nمهلت امروز تا ۱ اکتبر (۱۰ مهر) است.';
    expect(findDates(text, sentencesOf(text), null).reference).toBeNull();
  });
});
