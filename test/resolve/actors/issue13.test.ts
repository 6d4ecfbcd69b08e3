// Issue 13: actors the development gold showed missing or mis-scoped, fixed by general rules or
// general-knowledge lexicon entries. The sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { actorOf, resolveDoc } from './helpers.js';

describe('a capital that acts stands for its state', () => {
  it('as the subject after «اینکه» and before a sentence adverb', () => {
    const doc = resolveDoc(
      'وزیر خارجه روسیه گفت: «اینکه واشنگتن موشک به اوکراین می‌دهد خطرناک است.» او گفت پکن اکنون آماده گفتگو است.',
      '2022-05-01',
    );
    expect(actorOf(doc, 'واشنگتن')?.code).toBe('USA');
    expect(actorOf(doc, 'پکن')?.code).toBe('CHN');
  });

  it('as the genitive of an act and as the one asked or blamed «از X»', () => {
    const doc = resolveDoc(
      'آتش‌بس با میانجی‌گری دوحه حاصل شد. وزیر نفت هند از تهران خواست قیمت را کاهش دهد و از ریاض به دلیل کاهش تولید انتقاد کرد.',
      '2022-05-01',
    );
    expect(actorOf(doc, 'دوحه')?.code).toBe('QAT');
    expect(actorOf(doc, 'تهران')?.code).toBe('IRN');
    expect(actorOf(doc, 'ریاض')?.code).toBe('SAU');
  });

  it('stays a place after در / به, as a city left «از X», and inside a noun phrase', () => {
    const doc = resolveDoc(
      'او از تهران به مسکو رفت و در دانشگاه تهران سخنرانی کرد. نشست در ریاض اکنون برگزار می‌شود.',
      '2022-05-01',
    );
    expect(actorOf(doc, 'مسکو')).toBeNull();
    expect(actorOf(doc, 'تهران', 0)).toBeNull();
    expect(actorOf(doc, 'دانشگاه تهران')?.code ?? null).not.toBe('IRN');
    expect(actorOf(doc, 'ریاض')).toBeNull();
  });
});

describe('«از سوی X» is by X', () => {
  it('a seat of government after «از سوی» acts; after «به سوی» it is a place', () => {
    const doc = resolveDoc(
      'در بیانیه‌ای که از سوی کاخ الیزه منتشر شد آمده است که رئیس‌جمهور فرانسه به سوی تهران حرکت کرد.',
      '2015-12-06',
    );
    expect(actorOf(doc, 'کاخ الیزه')?.code).toBe('FRAGOV');
    expect(actorOf(doc, 'تهران')).toBeNull();
  });
});

describe('titles and bodies the gold showed uncoded', () => {
  it("a member of Kuwait's National Assembly, intelligence officers, the Red Army", () => {
    const doc = resolveDoc(
      'یک عضو مجلس امت کویت از دولت انتقاد کرد. افسران بخش اطلاعاتی ترکمنستان رزمایش برگزار کردند. ' +
        'مجاهدان با نیروهای ارتش سرخ شوروی جنگیدند.',
      '2010-01-01',
    );
    expect(actorOf(doc, 'عضو مجلس امت کویت')?.code).toBe('KWTLEG');
    expect(actorOf(doc, 'افسران بخش اطلاعاتی ترکمنستان')?.code).toBe('TKMMIL');
    expect(actorOf(doc, 'نیروهای ارتش سرخ شوروی')?.code).toBe('SUNMIL');
  });

  it("the OSCE and its Minsk Group carry the OSCE code; Algeria's FIS is an opposition party", () => {
    const doc = resolveDoc(
      'گروه مینسک سازمان امنیت و همکاری در اروپا نشست برگزار کرد. جبهه نجات اسلامی انتخابات را برد.',
      '2010-01-01',
    );
    expect(actorOf(doc, 'گروه مینسک')?.code).toBe('IGOEUROSC');
    expect(actorOf(doc, 'سازمان امنیت و همکاری در اروپا')?.code).toBe('IGOEUROSC');
    expect(actorOf(doc, 'جبهه نجات اسلامی')?.code).toBe('DZAOPP');
  });
});

describe('a title without an owner takes the state of the place named with it', () => {
  it('a city or province of one state right after the title, or «این شهر» after one', () => {
    const doc = resolveDoc(
      'به گزارش رویترز از بصره، ساکنان این شهر از کمبود آب شکایت کردند. پلیس فلوجه دو نفر را بازداشت کرد. ' +
        'والی قندهار گفت مدارس باز می‌شوند.',
      '2006-01-01',
    );
    expect(actorOf(doc, 'ساکنان این شهر')?.code).toBe('IRQCVL');
    expect(actorOf(doc, 'پلیس فلوجه')?.code).toBe('IRQCOP');
    expect(actorOf(doc, 'والی قندهار')?.code).toBe('AFGGOV');
  });
});

describe('names and references the gold showed uncoded', () => {
  it('«X، از فرماندهان ارتش Y» is one of that army, and the army stays a group of its own', () => {
    const doc = resolveDoc(
      'به گزارش رویترز، محمد نعیم، از فرماندهان ارتش پاکستان که در محل حاضر بود، گفت انفجار رخ داد.',
      '2008-01-01',
    );
    expect(actorOf(doc, 'محمد نعیم')?.code).toBe('PAKMIL');
    expect(actorOf(doc, 'فرماندهان ارتش پاکستان')?.name).toBe('فرماندهان ارتش پاکستان');
  });

  it("the quoted name after a state's newspaper is that newspaper", () => {
    const doc = resolveDoc('روزنامه هندی "دینک جاگران" نوشت که مذاکرات آغاز شده است.', '2008-01-01');
    expect(actorOf(doc, 'روزنامه هندی "دینک جاگران')?.code).toBe('INDMED');
  });

  it('«این رژیم» points back to a state; «بازرسان» to the agency named before', () => {
    const doc = resolveDoc(
      'رژیم صهیونیستی به غزه حمله کرد و وزیر جنگ این رژیم از ادامه حملات خبر داد. ' +
        'آژانس بین‌المللی انرژی اتمی گزارش داد. بازرسان از تاسیسات بازدید کردند.',
      '2014-01-01',
    );
    expect(actorOf(doc, 'بازرسان')?.code).toBe('IGOUNOIAE');
  });

  it('security forces of a state are its military; police and security officers are COP', () => {
    // Phoenix.agents.txt lists SECURITY_FORCE under both MIL and COP; rasad keeps MIL (docs/bench-actors.md)
    // and codes the unambiguous POLICE_OFFICER / SECURITY_OFFICER words COP.
    const doc = resolveDoc(
      'نیروهای امنیتی پاکستان با شبه‌نظامیان درگیر شدند. ماموران امنیتی پاکستان پنج نفر را در لاهور بازداشت کردند.',
      '2008-01-01',
    );
    expect(actorOf(doc, 'نیروهای امنیتی پاکستان')?.code).toBe('PAKMIL');
    expect(actorOf(doc, 'ماموران امنیتی پاکستان')?.code).toBe('PAKCOP');
  });
});

describe('hostage-takers and the Republic of Azerbaijan (issue 13 gaps)', () => {
  it('kidnappers and hostage-takers are an unidentified armed actor', () => {
    const doc = resolveDoc(
      'گروگان‌گیران در کابل یک مهندس هندی را آزاد کردند. دو راننده توسط آدم‌ربایان در بغداد ربوده شدند.',
      '2007-01-01',
    );
    expect(actorOf(doc, 'گروگان‌گیران')?.code).toBe('UAF');
    expect(actorOf(doc, 'گروگان‌گیران')?.country).toBe('AFG');
    expect(actorOf(doc, 'آدم‌ربایان')?.code).toBe('UAF');
    expect(actorOf(doc, 'آدم‌ربایان')?.country).toBe('IRQ');
  });

  it("a title naming Azerbaijan's government takes AZE, not the Iranian named before it", () => {
    const doc = resolveDoc(
      'وزیر امور خارجه ایران روز شنبه با نماینده ویژه دولت آذربایجان گفتگو کرد و ارتش آذربایجان رزمایش برگزار کرد.',
      '2012-04-01',
    );
    expect(actorOf(doc, 'وزیر امور خارجه ایران')?.code).toBe('IRNGOV');
    expect(actorOf(doc, 'نماینده ویژه دولت آذربایجان')?.code).toBe('AZEGOV');
    expect(actorOf(doc, 'ارتش آذربایجان')?.code).toBe('AZEMIL');
  });

  it("Iran's Azerbaijan provinces stay places", () => {
    const doc = resolveDoc('استاندار آذربایجان شرقی در تبریز گفت که بودجه کافی نیست.', '2012-04-01');
    expect(actorOf(doc, 'استاندار آذربایجان شرقی')?.code ?? null).not.toBe('AZEGOV');
  });
});

describe('«X، Y را …»: a capital set off by a comma before the object is the subject', () => {
  it('acts after «تا» (so that) and after a verb of saying', () => {
    const doc = resolveDoc(
      'این اظهارات باعث شد تا مسکو، واشنگتن را به دخالت متهم کند. سخنگو گفت پکن، توکیو را مقصر می‌داند.',
      '2019-10-01',
    );
    expect(actorOf(doc, 'مسکو')?.code).toBe('RUS');
    expect(actorOf(doc, 'پکن')?.code).toBe('CHN');
  });

  it('stays a place after در, in a range «از X تا Y،», and with no object after the comma', () => {
    const doc = resolveDoc(
      'در لندن، خبرنگاران را به نشست دعوت کردند. او از تهران تا مسکو، راه را با قطار رفت. کاروان تا بغداد، سه روز در راه بود.',
      '2019-10-01',
    );
    expect(actorOf(doc, 'لندن')).toBeNull();
    expect(actorOf(doc, 'مسکو')).toBeNull();
    expect(actorOf(doc, 'بغداد')).toBeNull();
  });
});

describe('military group nouns', () => {
  it('helicopters and marines of a named state are its military', () => {
    const doc = resolveDoc(
      'هلی‌کوپترهای آمریکایی مواضع شورشیان را بمباران کردند. تفنگداران انگلیسی وارد بصره شدند.',
      '2004-05-01',
    );
    expect(actorOf(doc, 'هلی‌کوپترهای آمریکایی')?.code).toBe('USAMIL');
    expect(actorOf(doc, 'تفنگ‌داران انگلیسی')?.code).toBe('GBRMIL');
  });
});
