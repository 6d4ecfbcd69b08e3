// Issue 13 (who and where): bodies of the state that the Iranian press names bare («وزارت بهداشت»,
// «نیروی انتظامی», «قوه قضاییه», «کمیسیون آموزش و تحقیقات مجلس») are the offices of the country the
// article is written in (titles.json `domestic`), while a named country still wins; and a bare
// minister's title whose complement the tagger took as an uncoded ORG («وزیر نیرو» with «نیرو»)
// points back to the minister named before. Sentences from the open corpus (/work/open/fars-open.json).
import { describe, expect, it } from 'vitest';
import { actorOf, resolveDoc } from './helpers.js';

describe('domestic offices named bare', () => {
  it('a ministry and the police of the Iranian press are IRNGOV and IRNCOP', () => {
    const doc = resolveDoc(
      'رئیس دانشگاه علوم پزشکی قم خاطرنشان کرد: مقابله با کرونا فقط وظیفه وزارت بهداشت و دانشگاه‌های علوم پزشکی نیست بلکه همه باید در این عرصه وارد میدان شوند.',
      '2021-06-08',
    );
    expect(actorOf(doc, 'وزارت بهداشت')?.code).toBe('IRNGOV');
    const police = resolveDoc(
      'در این مراسم حجت‌الاسلام محمدعلی رحمانی فرمانده بسیج در دوران دفاع مقدس و سردار رضا سیف‌اللهی فرمانده اسبق نیروی انتظامی حضور دارند.',
      '2021-02-01',
    );
    expect(police.actors.some((a) => a.code === 'IRNCOP')).toBe(true);
  });

  it('the judiciary, the intelligence ministry and a Majlis committee', () => {
    const doc = resolveDoc(
      'این مطالبه ممکن است از حقیر باشد، ممکن است از دولت باشد، ممکن است از قوه قضاییه باشد، ممکن است از سپاه باشد.',
      '2017-09-25',
    );
    expect(actorOf(doc, 'قوه قضاییه')?.code).toBe('IRNJUD');
    const intel = resolveDoc(
      'رهبر انقلاب در دیدار با مسئولان و کارکنان وزارت اطلاعات: ایمان دینی مهمترین عامل موفقیت مسئولان است',
      '2004-10-05',
    );
    expect(intel.actors.some((a) => a.code === 'IRNSPY')).toBe(true);
    const mp = resolveDoc(
      'عضو کمیسیون آموزش و تحقیقات مجلس در رابطه با عدم حضور افراد نزدیک به دولت در همایش اصلاح‌طلبان گفت: دولت ترکیبی از افراد مختلف است.',
      '2015-01-16',
    );
    expect(mp.actors.some((a) => a.code === 'IRNLEG')).toBe(true);
  });

  it('a named country still wins, and Afghanistan’s culture ministry is no intelligence service', () => {
    const doc = resolveDoc('وزارت نفت عراق اعلام کرد صادرات افزایش یافته است.', '2015-01-01');
    expect(actorOf(doc, 'وزارت نفت عراق')?.code).toBe('IRQGOV');
    const afg = resolveDoc('وزارت اطلاعات و فرهنگ افغانستان اعلام کرد.', '2015-01-01');
    expect(afg.actors.some((a) => a.code === 'AFGSPY' || a.code === 'IRNSPY')).toBe(false);
  });

  it("the ministries' provincial offices and a city council are their state's government", () => {
    const doc = resolveDoc(
      'مدیرکل آموزش و پرورش استان کرمانشاه ایجاد شرایط مناسب در مدرسه و مسیر تردد دانش‌آموزان را نیازمند مشارکت همه دستگاه‌ها بیان کرد.',
      '2015-09-01',
    );
    expect(doc.actors.some((a) => a.code === 'IRNGOV')).toBe(true);
    const farm = resolveDoc('مدیر امور باغبانی سازمان جهاد کشاورزی استان سمنان یادآوری کرد:', '2013-11-19');
    expect(farm.actors.some((a) => a.code === 'IRNGOV')).toBe(true);
    const council = resolveDoc(
      'برنامه‌های متعددی برای زیباسازی شهر ایلام از سوی اعضای شورای اسلامی شهر ایلام تدوین و طراحی شده است.',
      '2014-03-10',
    );
    expect(council.actors.some((a) => a.code === 'IRNGOV')).toBe(true);
  });

  it('a governorate, a party in the old press spelling and a Majlis committee (open-corpus sentences)', () => {
    const gov = resolveDoc(
      'مدیرکل سیاسی و انتخابات استانداری هرمزگان خاطرنشان کرد: زمان قانونی تبلیغات نامزدهای انتخابات تا 24 ساعت پیش از آغاز رای‌گیری ادامه خواهد داشت.',
      '2016-02-19',
    );
    expect(gov.actors.some((a) => a.code === 'IRNGOV')).toBe(true);
    const party = resolveDoc(
      'سازمان بانوان حزب موتلفه اسلامي با آرزوي توفيق و بهروزي براي مسلمانان، همگان را به روش و منش و اخلاق فاطمي به عنوان اسوه حسنه دعوت مي‌كند.',
      '2008-06-23',
    );
    expect(party.actors.some((a) => a.code === 'IRNPTY')).toBe(true);
    const foreign = resolveDoc('رئیس کمیسیون سیاست خارجی سنای آمریکا گفت.', '2015-01-01');
    expect(foreign.actors.some((a) => a.code === 'USALEG')).toBe(true);
    expect(foreign.actors.some((a) => a.code === 'IRNLEG')).toBe(false);
  });

  it('a provincial justice department and its head «رئیس‌کل دادگستری» are IRNJUD', () => {
    const doc = resolveDoc(
      'در ادامه خبر دادگستری گلستان که از زبان هادی هاشمیان رئیس‌کل دادگستری گلستان منتشر شده، تاکید شد که پس از تکمیل تحقیقات، کیفرخواست صادر می‌شود.',
      '2021-02-01',
    );
    expect(actorOf(doc, 'هادی هاشمیان')?.code).toBe('IRNJUD');
    const head = resolveDoc(
      'رئیس کل دادگستری مازندران با اشاره به تلاش دشمنان برای ضربه زدن به اقتصاد کشور، خاطرنشان کرد.',
      '2017-11-12',
    );
    expect(head.actors.some((a) => a.code === 'IRNJUD')).toBe(true);
  });

  it('education as a field is no body, and the Fars education desk does not make later mentions media', () => {
    const doc = resolveDoc(
      'به گزارش گروه آموزش و پرورش خبرگزاری فارس، در پیام وزیر آمده است. تربیت در فرهنگ دینی و ملی ما موجب شده تا نهاد خدوم آموزش و پرورش والاترین جایگاه را در ذهن مردم داشته باشد.',
      '2014-09-23',
    );
    const later = doc.entities.filter((e) => e.text.includes('نهاد خدوم'));
    expect(later.every((e) => !doc.actors.find((a) => a.id === e.actor)?.code)).toBe(true);
  });
});

describe('a bare minister title over a tagger fragment', () => {
  it('«وزیر نفت» points back to the named minister, not to an uncoded «نفت»', () => {
    const doc = resolveDoc(
      'بیژن زنگنه وزیر نفت گفت تولید افزایش یافت. وزیر نفت افزود که صادرات هم بیشتر شد.',
      '2015-01-01',
    );
    expect(doc.actors.some((a) => a.name === 'نفت')).toBe(false);
    expect(actorOf(doc, 'وزیر نفت', 1)?.name_en).toBe('Bijan Zanganeh');
  });

  it('the deputy of a minister is not the minister («معاون وزیر خارجه اسکاتلند»)', () => {
    const doc = resolveDoc(
      'محمدجواد ظریف به بروکسل رفت. معاون وزیر خارجه اسکاتلند گفت از روابط با تهران استقبال می‌کنیم.',
      '2014-09-01',
    );
    expect(
      doc.entities.filter(
        (e) => e.actor && doc.actors.find((a) => a.id === e.actor)?.name_en === 'Mohammad Javad Zarif',
      ).length,
    ).toBe(1);
  });

  it('an MP the open corpus names bare is IRNLEG in his term, and his surname joins him', () => {
    const doc = resolveDoc(
      'حمیدرضا فولادگر امروز در گفت‌وگو با خبرنگار فارس در اصفهان گفت. فولادگر متذکر شد: نواقصی در این زمینه وجود دارد.',
      '2018-03-21',
    );
    expect(actorOf(doc, 'حمیدرضا فولادگر')?.code).toBe('IRNLEG');
    expect(actorOf(doc, 'فولادگر')?.code).toBe('IRNLEG');
  });
});

describe('«کشورش» is the state of the person the sentence is about', () => {
  it('Putin’s country is Russia (open-corpus sentence), not the state named last', () => {
    const doc = resolveDoc(
      'به گزارش فارس به نقل از رادیو و تلویزیون رژیم صهیونیستی، "ولادمیر پوتین" ضمن اشاره به این مطلب که کشورش دلیلی مبنی بر تلاش ایران جهت دستیابی به سلاح هسته‌ای ندارد گفت.',
      '2006-01-01',
    );
    expect(actorOf(doc, 'کشورش')?.code).toBe('RUS');
    const italy = resolveDoc(
      'وزیر خارجه ایتالیا گفت ایران شریک مهمی است و از ورود اعضای این گروه به کشورش جلوگیری خواهد کرد.',
      '2004-01-27',
    );
    expect(actorOf(italy, 'کشورش')?.code).toBe('ITA');
  });

  it('no person before it, or one of unknown country: no state', () => {
    const doc = resolveDoc('جام جهانی هم در کشورش برگزار خواهد شد.', '2014-01-01');
    expect(doc.entities.some((e) => e.text === 'کشورش' && e.actor)).toBe(false);
  });
});
