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
