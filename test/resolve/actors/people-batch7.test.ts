// Issue 13, people batch 7: political people the Fars corpus names that the lexicon did not code.
// The sentences are written for these tests; dates pick the office held on the day.
import { describe, expect, it } from 'vitest';
import { actorOf, resolveDoc } from './helpers.js';

describe('people batch 7: dated offices', () => {
  it('a minister is coded by the office held on the day, and his surname joins him once named', () => {
    const doc = resolveDoc(
      'محمود حجتی در جمع کشاورزان خوزستان سخنرانی کرد. حجتی گفت خرید تضمینی گندم ادامه دارد.',
      '2016-05-01',
    );
    expect(actorOf(doc, 'محمود حجتی')?.code).toBe('IRNGOV');
    expect(actorOf(doc, 'حجتی')?.name).toBe(actorOf(doc, 'محمود حجتی')?.name);
  });

  it('the same person moves from government to parliament with the date', () => {
    const asMinister = resolveDoc('رضا تقی‌پور از توسعه شبکه ملی اطلاعات خبر داد.', '2011-03-01');
    const asMember = resolveDoc('رضا تقی‌پور از توسعه شبکه ملی اطلاعات خبر داد.', '2018-03-01');
    expect(actorOf(asMinister, 'رضا تقی‌پور')?.code).toBe('IRNGOV');
    expect(actorOf(asMember, 'رضا تقی‌پور')?.code).toBe('IRNLEG');
  });

  it('foreign political figures take their own state and sector', () => {
    const doc = resolveDoc(
      'احمد چلبی در بغداد با سفیر آمریکا دیدار کرد. نبیل قاووق گفت مقاومت آماده است.',
      '2005-09-01',
    );
    expect(actorOf(doc, 'احمد چلبی')?.code).toBe('IRQGOV');
    expect(actorOf(doc, 'نبیل قاووق')?.code).toBe('LBNREB');
  });

  it('a monarch deposed in 1979 is no longer the government in later news', () => {
    const before = resolveDoc('محمدرضا پهلوی فرمان تشکیل کابینه را صادر کرد.', '1975-01-01');
    const after = resolveDoc('محمدرضا پهلوی سال‌ها پیش از کشور گریخته بود.', '2015-01-01');
    expect(actorOf(before, 'محمدرضا پهلوی')?.code).toBe('IRNGOV');
    expect(actorOf(after, 'محمدرضا پهلوی')?.code).toBe('IRN');
  });
});
