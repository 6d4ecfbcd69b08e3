// Issue 13 item 3: people, bodies, media and companies the open corpus (/work/open) names without a
// code (scripts/uncoded-actors.ts), and facility names built on a person's name. Sentences written
// for these tests.
import { describe, expect, it } from 'vitest';
import { isFacilityName } from '../../../src/resolve/actors/facility-name.js';
import { textWords } from '../../../src/resolve/actors/text-words.js';
import { actorOf, resolveDoc } from './helpers.js';

describe('open-corpus batch: people and bodies', () => {
  it('Khomeini is coded by his office, and the Imam Khomeini Relief Foundation is a body, not him', () => {
    const doc = resolveDoc('امام خمینی در سال 1357 به ایران بازگشت.', '1979-03-01');
    expect(actorOf(doc, 'امام خمینی')?.code).toBe('IRNGOV');
    const relief = resolveDoc('رئیس کمیته امداد امام خمینی از مردم خواست کمک کنند.', '2015-06-01');
    expect(relief.actors.some((a) => a.name_en === 'Ruhollah Khomeini')).toBe(false);
  });

  it("Iran's parliaments and cabinets named by their term are IRNLEG and IRNGOV", () => {
    const doc = resolveDoc('نماینده مجلس هفتم از دولت نهم انتقاد کرد.', '2006-01-01');
    expect(actorOf(doc, 'مجلس هفتم')?.code).toBe('IRNLEG');
    expect(actorOf(doc, 'دولت نهم')?.code).toBe('IRNGOV');
  });

  it('a plain noun phrase is not a body: «دولت اصلاحات ساختاری» and the adjective «تابناک»', () => {
    const doc = resolveDoc('انتظار می‌رود دولت اصلاحات ساختاری بودجه را عملیاتی کند و چهره تابناک او را ببینیم.', '2019-01-01');
    expect(doc.actors.some((a) => a.code === 'IRNMED')).toBe(false);
    expect(doc.actors.some((a) => a.name_en === "Iran's government (by cabinet)")).toBe(false);
  });

  it('technology companies take their Phoenix MNC codes, and «آقای جوکو» is Joko Widodo', () => {
    const doc = resolveDoc('فیس‌بوک و گوگل حساب او را مسدود کردند.', '2018-10-01');
    expect(actorOf(doc, 'فیس‌بوک')?.code).toBe('MNCUSAMED');
    expect(actorOf(doc, 'گوگل')?.code).toBe('MNCUSAMED');
    const jokowi = resolveDoc('جوکو ویدودو، رئیس‌جمهور اندونزی، به پالو رفت. آقای جوکو گفت کمک می‌رسد.', '2018-10-01');
    expect(actorOf(jokowi, 'آقای جوکو')?.code).toBe('IDNGOV');
  });
});

describe('facility names', () => {
  const at = (text: string, name: string) => {
    const words = textWords(text, [{ start: 0, end: text.length }]);
    return isFacilityName(words, words.findIndex((w) => w.text === name));
  };

  it('a name after a facility noun, with «بین‌المللی / بزرگ / شهید» between, names the place', () => {
    expect(at('هواپیما در فرودگاه امام خمینی نشست', 'امام')).toBe(true);
    expect(at('در فرودگاه بین‌المللی امام خمینی', 'امام')).toBe(true);
    expect(at('در مصلی بزرگ امام خمینی', 'امام')).toBe(true);
    expect(at('در خیابان شهید بهشتی', 'بهشتی')).toBe(true);
  });

  it('a name after any other word, or after a comma, is the person', () => {
    expect(at('امام خمینی گفت', 'امام')).toBe(false);
    expect(at('پیام امام خمینی', 'امام')).toBe(false);
    expect(at('در فرودگاه، امام خمینی گفت', 'امام')).toBe(false);
  });

  it('no actor for «فرودگاه امام خمینی»', () => {
    const doc = resolveDoc('هواپیمای مسافربری در فرودگاه امام خمینی فرود آمد.', '2015-06-01');
    expect(doc.actors.some((a) => a.name_en === 'Ruhollah Khomeini')).toBe(false);
  });
});
