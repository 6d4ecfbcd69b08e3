// Issue 13, batch 9: people and media the open corpus and the region's news name without a code
// (scripts/uncoded-actors.ts), with dated roles. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { actorOf, resolveDoc } from './helpers.js';

describe('batch 9: people with dated roles', () => {
  it('Blasey Ford, in the Farsi and the Dari spelling, is a civilian', () => {
    const fas = resolveDoc('کریستین بلاسی فورد روز پنجشنبه در برابر سناتورها شهادت داد.', '2018-09-27');
    expect(actorOf(fas, 'کریستین بلاسی فورد')?.code).toBe('USACVL');
    const prs = resolveDoc('کریستین بلیسی فورد روز پنجشنبه به سوالات سناتوران پاسخ داد.', '2018-09-27');
    expect(actorOf(prs, 'کریستین بلیسی فورد')?.code).toBe('USACVL');
  });

  it('Lagarde is a French minister before she heads the IMF', () => {
    const before = resolveDoc('کریستین لاگارد روز سه‌شنبه به پکن سفر کرد.', '2006-11-10');
    expect(actorOf(before, 'کریستین لاگارد')?.code).toBe('FRAGOV');
    const after = resolveDoc('کریستین لاگارد روز سه‌شنبه به پکن سفر کرد.', '2015-11-10');
    expect(actorOf(after, 'کریستین لاگارد')?.code).toBe('IGOBUSIMF');
  });

  it('Bachelet in her first term is CHLGOV', () => {
    const doc = resolveDoc('میشل باچلت روز دوشنبه با وزیران خود دیدار کرد.', '2007-05-02');
    expect(actorOf(doc, 'میشل باچلت')?.code).toBe('CHLGOV');
  });

  it('Puigdemont governs Catalonia until his removal, then leads the separatists', () => {
    const inOffice = resolveDoc('کارلس پوجدمون روز یکشنبه از برگزاری همه‌پرسی دفاع کرد.', '2017-10-01');
    expect(actorOf(inOffice, 'کارلس پوجدمون')?.code).toBe('ESPGOV');
    const removed = resolveDoc('کارلس پوجدمون روز یکشنبه از بروکسل سخن گفت.', '2018-03-01');
    expect(actorOf(removed, 'کارلس پوجدمون')?.code).toBe('ESPOPP');
  });

  it('Rumyantsev heads Russia’s atomic energy ministry', () => {
    const doc = resolveDoc('الکساندر رومیانتسف امروز به تهران سفر کرد.', '2003-06-05');
    expect(actorOf(doc, 'الکساندر رومیانتسف')?.code).toBe('RUSGOV');
  });
});

describe('batch 9: media and bodies', () => {
  it('a Cuban newspaper and agency are CUBMED', () => {
    const doc = resolveDoc('روزنامه گرانما و خبرگزاری پرنسا لاتینا این خبر را منتشر کردند.', '2010-03-01');
    expect(actorOf(doc, 'روزنامه گرانما')?.code).toBe('CUBMED');
    expect(actorOf(doc, 'خبرگزاری پرنسا لاتینا')?.code).toBe('CUBMED');
  });
});

describe('batch 9: domestic offices and Iranian bodies named bare', () => {
  it('the veterinary office, the health network, the fire service and the telecom company take the article’s state', () => {
    const doc = resolveDoc(
      'رئیس اداره دامپزشکی شهرستان گفت: بازرسان شبکه بهداشت و سازمان آتش‌نشانی از این کشتارگاه بازدید کردند و شرکت مخابرات استان نیز همکاری کرد.',
      '2015-01-10',
    );
    expect(actorOf(doc, 'رئیس اداره دامپزشکی')?.code ?? actorOf(doc, 'اداره دامپزشکی')?.code).toBe('IRNGOV');
    expect(doc.actors.some((a) => a.code === 'IRNHLH')).toBe(true);
    expect(doc.actors.some((a) => a.code === 'IRNBUS')).toBe(true);
  });

  it('the Islamic Culture and Relations Organization and the Social Security Organization are IRNGOV', () => {
    const doc = resolveDoc(
      'سازمان فرهنگ و ارتباطات اسلامی و سازمان تامین اجتماعی امروز تفاهم‌نامه‌ای امضا کردند.',
      '2016-05-01',
    );
    expect(actorOf(doc, 'سازمان فرهنگ و ارتباطات اسلامی')?.code).toBe('IRNGOV');
    expect(actorOf(doc, 'سازمان تامین اجتماعی')?.code).toBe('IRNGOV');
  });
});

describe('batch 9: shopkeepers, merchants and guilds (generic-groups.json)', () => {
  it('take the state the sentence places them in, else the article’s', () => {
    const doc = resolveDoc('کسبه بازار تهران امروز مغازه‌های خود را بستند.', '2019-01-05');
    expect(actorOf(doc, 'کسبه')?.code).toBe('IRNBUS');
    const kabul = resolveDoc('بازاریان کابل از وضع اقتصادی گلایه کردند.', '2022-03-01');
    expect(kabul.actors.some((a) => a.code === 'AFGBUS')).toBe(true);
    const shops = resolveDoc('رئیس اتاق اصناف تهران گفت: واحدهای صنفی حق ندارند قیمت‌ها را افزایش دهند.', '2020-04-01');
    expect(actorOf(shops, 'واحدهای صنفی')?.code).toBe('IRNBUS');
  });
});
