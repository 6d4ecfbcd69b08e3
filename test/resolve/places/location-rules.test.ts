// Location rules added from the development location errors (issue 13 item 6), on sentences written
// for the test: each fails without its rule or lexicon entry.
import { describe, expect, it } from 'vitest';
import { LOCATE_DEFAULTS, type LocateOptions, locateEvents } from '../../../src/code/location.js';
import { process } from '../../../src/pipeline.js';
import { findPlaces } from '../../../src/resolve/places/index.js';

const placeIds = (text: string) => {
  const doc = process({ id: 't', text, published: '2021-05-01' });
  return findPlaces(doc).map((m) => m.place.id);
};

describe('gazetteer names', () => {
  it('knows «آمریکا» and «امریکا» as the United States', () => {
    expect(placeIds('رئیس‌جمهور در امریکا با مجروحان دیدار کرد.')).toContain('USA');
    expect(placeIds('این نشست در آمریکا برگزار شد.')).toContain('USA');
  });

  it('takes «استان الانبار» for the province after a topic noun, «انبار» alone only after a cue', () => {
    expect(placeIds('دو سرباز هنگام ماموریت ایجاد امنیت در استان الانبار کشته شدند.')).toContain('IRQ.anbar');
    expect(placeIds('انبار گندم پر شد.')).not.toContain('IRQ.anbar');
  });
});

/** The events' location names with the default options, and with some rules switched off. */
function located(text: string, off: Partial<LocateOptions> = {}) {
  const doc = process({ id: 't', text, published: '2021-05-01' });
  locateEvents(doc, findPlaces(doc), { ...LOCATE_DEFAULTS, ...off });
  return doc.events.map((e) => [e.type, e.location?.name ?? null] as const);
}

describe('location rules', () => {
  it('takes the seat of an ambassador acting right there («سفیر سوریه در واشنگتن … انتقاد کرد»)', () => {
    const text = 'سفیر سوریه در واشنگتن از آمریکا به دلیل اظهارات وزیر دفاع این کشور انتقاد کرد.';
    expect(located(text)).toContainEqual(['ACCUSE', 'واشنگتن']);
    expect(located(text, { seat: false })).not.toContainEqual(['ACCUSE', 'واشنگتن']);
  });

  it('does not take the seat of an embassy named as an object («به سفارت افغانستان در مسکو»)', () => {
    const text = 'وزیر خارجه افغانستان از روسیه به خاطر کمک به سفارت افغانستان در مسکو تشکر کرد.';
    expect(located(text).map(([, n]) => n)).not.toContain('مسکو');
  });

  it('carries the scene of a statement into «وی افزود» of the next paragraph', () => {
    const text =
      'وزیر خارجه ترکیه در جمع خبرنگاران در آنکارا گفت که کشورش به تعهدات خود عمل کرده است.\n' +
      'وی افزود که اتحادیه اروپا باید با آغاز مذاکرات با ترکیه موافقت کند.';
    const on = located(text);
    expect(on.length).toBeGreaterThan(0);
    expect(on.every(([, n]) => n === 'آنکارا')).toBe(true);
    expect(located(text, { continues: false }).some(([, n]) => n === null)).toBe(true);
  });

  it('gives no place to what is said in a phone call, nor in the sentences going on with it', () => {
    const text =
      'رئیس‌جمهور فرانسه و نخست‌وزیر انگلیس در گفت‌وگوی تلفنی درباره آتش‌بس در سوریه رایزنی کردند.\n' +
      'دو طرف طی این گفت‌وگو بر برقراری آتش‌بس در سوریه توافق کردند.';
    const on = located(text);
    expect(on.length).toBeGreaterThan(0);
    expect(on.every(([, n]) => n === null)).toBe(true);
    expect(located(text, { remote: false }).some(([, n]) => n === 'سوریه')).toBe(true);
  });

  it('does not place an act at the dateline of a news agency when no party is of that country', () => {
    const text =
      'به گزارش خبرگزاری فرانسه از بیروت، رئیس‌جمهور فرانسه از آدم‌ربایان خواست گروگان‌ها را آزاد کنند.';
    const on = located(text).filter(([t]) => t === 'REQUEST');
    expect(on.length).toBeGreaterThan(0);
    expect(on.every(([, n]) => n !== 'بیروت')).toBe(true);
    expect(located(text, { datelineParty: false })).toContainEqual(['REQUEST', 'بیروت']);
  });
});

describe('fallbacks when the sentence names no scene', () => {
  it('places an arrest by a state’s government in that state', () => {
    const text = 'دولت ایران شماری از رهبران القاعده را بازداشت کرد.';
    expect(located(text)).toContainEqual(['COERCE', 'ایران']);
    expect(located(text, { domestic: false })).toContainEqual(['COERCE', null]);
  });

  it('takes a visit’s destination as the scene of the next sentence', () => {
    const text =
      'وزیر دفاع آمریکا قرار است هفته آینده به اندونزی سفر کند. وزیر دفاع اندونزی از آمریکا خواست به حاکمیت این کشور احترام بگذارد.';
    expect(located(text)).toContainEqual(['REQUEST', 'اندونزی']);
    expect(located(text, { visitScene: false })).toContainEqual(['REQUEST', null]);
  });

  it('takes the province of a regional office named in the sentence', () => {
    const text = 'سروزیر ایالت بلوچستان پاکستان پس از فشار نمایندگان مجلس از سمت خود استعفا داد.';
    expect(located(text)).toContainEqual(['CONCEDE', 'بلوچستان']);
    expect(located(text, { regional: false })).toContainEqual(['CONCEDE', null]);
  });
});
