// Issue 15 item 2, round 4: a range or pair of dates shares the year written on its second part, and a
// quantity after a month is not its year. Sentences written for these tests, and one real Fars
// sentence (not in the gold).
import { describe, expect, it } from 'vitest';
import { dates, one } from './helpers.js';

const PUB = '2021-06-15'; // 1400/03/25

const values = (text: string, pub = PUB) =>
  dates(text, pub).map((d) => [text.slice(d.start, d.end), d.value]);

describe('a range shares its year', () => {
  it('day-months: «از ۱۵ مهر تا ۲۰ آبان ۱۳۹۹»', () => {
    expect(values('از ۱۵ مهر تا ۲۰ آبان ۱۳۹۹ ثبت‌نام انجام شد.')).toEqual([
      ['۱۵ مهر', '2020-10-06'],
      ['۲۰ آبان ۱۳۹۹', '2020-11-10'],
    ]);
  });
  it('months joined by «و»: «در مهر و آبان ۱۳۹۸»', () => {
    expect(values('در مهر و آبان ۱۳۹۸ باران بارید.')[0]).toEqual(['مهر', '2019-09-23']);
  });
  it('a first month later in the year is in the year before: «از بهمن تا خرداد ۹۹»', () => {
    expect(values('از بهمن تا خرداد ۹۹ کار ادامه داشت.')[0]).toEqual(['بهمن', '2020-01-21']);
  });
  it('a relative year on the second part: «از مهر تا اسفند سال گذشته»', () => {
    expect(values('از مهر تا اسفند سال گذشته کار ادامه داشت.')[0]).toEqual(['مهر', '2020-09-22']);
  });
  it('Gregorian months: «از دسامبر تا فوریه ۲۰۲۰» starts in 2019', () => {
    expect(values('از ماه دسامبر تا فوریه ۲۰۲۰ بارش کم بود.')[0]?.[1]).toBe('2019-12-01');
  });
  it('two dates not joined by «و» or a range word keep their own years', () => {
    expect(values('در ۱۵ مهر، ۲۰ آبان ۱۳۹۹ را اعلام کردند.')[0]?.[1]).not.toBe('2020-10-06');
  });
});

describe('a quantity after a month is not its year', () => {
  it('real Fars: «تا پایان خرداد 30 میلیارد پرداخت کرد» (1399/05/24)', () => {
    const d = one('آنها به تعهد خود عمل کرده و تا پایان خرداد 30 میلیارد پرداخت کرد.', '2020-08-14');
    expect([d.value, d.granularity]).toEqual(['2020-05-21', 'month']);
  });
  it('a day-month: «تا ۱۵ خرداد ۳۰ میلیارد تومان»', () => {
    const d = one('تا ۱۵ خرداد ۳۰ میلیارد تومان پرداخت شد.', PUB);
    expect(d.value).toBe('2021-06-05');
  });
  it('a time unit after the year keeps it: «۲۸ اردیبهشت ۱۳۹۹ ساعت ۱۷»', () => {
    expect(one('این گفتگو ۲۸ اردیبهشت ۱۳۹۹ ساعت ۱۷ برگزار شد.', PUB).value).toBe('2020-05-17');
  });
});

describe('«پیش رو» is ahead, not «پیش» (ago)', () => {
  it('real Fars: «قرار است دوشنبه هفته پیش رو هم نشست دیگری برگزار شود» (2021-05-07)', () => {
    const d = one('قرار است دوشنبه هفته پیش رو هم نشست دیگری برگزار شود.', '2021-05-07');
    expect(d.value).toBe('2021-05-10');
  });
  it('«در سال پیش رو», «ماه پیش‌رو», «هفته پیش رو»: the next year, month, week', () => {
    expect(one('در سال پیش رو انتخابات برگزار می‌شود.', '2021-05-07').value).toBe('2022-03-21');
    expect(one('در ماه پیش‌رو قیمت‌ها افزایش خواهد یافت.', '2021-05-07').value).toBe('2021-05-22');
    expect(one('نشست در هفته پیش رو برگزار می‌شود.', '2021-05-07').value).toBe('2021-05-08');
  });
  it('«هفته پیش» and «دو هفته پیش» stay in the past', () => {
    expect(one('هفته پیش نشست برگزار شد.', '2021-05-07').value).toBe('2021-04-24');
    expect(one('دو هفته پیش رویداد مهمی رخ داد.', '2021-05-07').value).toBe('2021-04-17');
  });
});

describe('a Hijri month with an unmarked Solar Hijri year', () => {
  it('real Fars: «حرکت امام خمینی (ره) در محرم 1342» is the Muharram of 1963, not of 1923', () => {
    const d = one('حرکت امام خمینی (ره) در محرم 1342 آغاز شد.', '2006-01-25');
    expect([d.value, d.granularity]).toEqual(['1963-05-24', 'month']);
  });
  it('a day: «۱۲ محرم ۱۳۴۲» falls in Solar 1342', () => {
    expect(one('در ۱۲ محرم ۱۳۴۲ سخنرانی کرد.', '2021-06-15').value).toBe('1963-06-04');
  });
  it("a year later than the reference's Solar year is Hijri: «رمضان ۱۴۴۱» = «رمضان ۱۳۹۹»", () => {
    expect(one('در رمضان ۱۴۴۱ مساجد بسته بود.', '2021-06-15').value).toBe('2020-04-24');
    expect(one('در رمضان ۱۳۹۹ مساجد بسته بود.', '2021-06-15').value).toBe('2020-04-24');
  });
  it('an era word keeps the Hijri year: «محرم ۱۳۴۲ قمری» is 1923', () => {
    expect(one('در محرم ۱۳۴۲ قمری رخ داد.', '2021-06-15').value).toBe('1923-08-14');
  });
});

describe("a weekday's tense", () => {
  it('a future verb in an earlier clause does not make a past weekday future', () => {
    const t =
      'پس از اینکه او اعلام کرد به نفع کاوانا رای خواهد داد، وی صبح روز جمعه در برابر دوربین‌ها قرار گرفت.';
    expect(one(t, '2019-06-15').value).toBe('2019-06-14');
  });
  it("a future word in the weekday's own clause still looks forward", () => {
    expect(one('او گفت، قرار است روز جمعه به مسکو برود.', '2019-06-15').value).toBe('2019-06-21');
  });
  it('«دوشنبه قبل از اینکه …»: «قبل از» is a preposition, the weekday alone is the date', () => {
    const d = dates('اول روز دوشنبه قبل از اینکه باران گسترش یابد، باد آمد.', '2019-06-15');
    expect(
      d.map((x) => 'اول روز دوشنبه قبل از اینکه باران گسترش یابد، باد آمد.'.slice(x.start, x.end)),
    ).toEqual(['دوشنبه']);
  });
  it('«دوشنبه گذشته از سوی وزارت …» is still last Monday', () => {
    const t = 'دوشنبه گذشته از سوی وزارت اعلام شد.';
    const d = one(t, '2019-06-15');
    expect([t.slice(d.start, d.end), d.value]).toEqual(['دوشنبه گذشته', '2019-06-10']);
  });
});

describe('two-digit «years» after the plural «سال‌های»', () => {
  it('real Fars: «بازیکنانی که در سال‌های 13 تا 20 شکوفا شدند» are ages, not 1313–1320', () => {
    expect(dates('بازیکنانی که در سال‌های 13 تا 20 شکوفا شدند.', '2013-02-03')).toEqual([]);
  });
  it('«سال‌های ۸۸ و ۸۹» stay years', () => {
    expect(values('در سال‌های ۸۸ و ۸۹ تورم بالا بود.', '2013-02-03').map((x) => x[1])).toEqual([
      '2009-03-21',
      '2010-03-21',
    ]);
  });
});
