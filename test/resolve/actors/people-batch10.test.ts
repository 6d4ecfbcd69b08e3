// Batch 10 of the people lexicon (lexicon/actors/sources/people.tsv): the figures of autumn-2018
// foreign news that translated reports (NTREX) name, with Farsi and Dari spellings and dated offices.
// Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { actorOf, resolveDoc } from './helpers.js';

describe('people of batch 10', () => {
  it('Kavanaugh in both spellings is a judge (USAJUD) before and after his confirmation', () => {
    expect(actorOf(resolveDoc('برت کاوانو روز پنجشنبه در سنا سخن گفت.', '2018-09-27'), 'برت کاوانو')?.code).toBe(
      'USAJUD',
    );
    expect(actorOf(resolveDoc('بریت کوانوا اتهامات را رد کرد.', '2018-10-20'), 'بریت کوانوا')?.code).toBe('USAJUD');
  });

  it('senators and ministers by their dates; a foreign minister of North Korea', () => {
    expect(actorOf(resolveDoc('جف فلیک خواستار تحقیق شد.', '2018-09-28'), 'جف فلیک')?.code).toBe('USALEG');
    expect(actorOf(resolveDoc('ری یونگ هو در سازمان ملل سخنرانی کرد.', '2018-09-29'), 'ری یونگ هو')?.code).toBe(
      'PRKGOV',
    );
  });

  it('Puigdemont heads the Catalan government until his removal, then leads the separatists', () => {
    expect(actorOf(resolveDoc('کارلس پوجدمون از مادرید انتقاد کرد.', '2017-10-01'), 'کارلس پوجدمون')?.code).toBe(
      'ESPGOV',
    );
    expect(actorOf(resolveDoc('کارلس پوجدمون از مادرید انتقاد کرد.', '2019-10-01'), 'کارلس پوجدمون')?.code).toBe(
      'ESPOPP',
    );
  });
});

describe('Dari spellings of names the Farsi lexicon already knows (found by aligning NTREX fas/prs lines)', () => {
  it('Trump, Pompeo, Kim Jong-un, the Kremlin and Germany as Afghan media write them', () => {
    const doc = resolveDoc(
      'دانلد ترمپ و مایک پومپیو با کیم جانگ-ان دیدار کردند. کریملین گفت جرمنی با این پروژه موافق است.',
      '2018-09-30',
    );
    expect(actorOf(doc, 'دانلد ترمپ')?.code).toBe('USAGOV');
    expect(actorOf(doc, 'مایک پومپیو')?.code).toBe('USAGOV');
    expect(actorOf(doc, 'کیم جانگ-ان')?.code).toBe('PRKGOV');
    expect(actorOf(doc, 'کریملین')?.code).toBe('RUSGOV');
    expect(actorOf(doc, 'جرمنی')?.code).toBe('DEU');
  });

  it('Dari protesters take the state of their place', () => {
    const doc = resolveDoc('مظاهره کننده گان در بارسلونا با پولیس درگیر شدند.', '2018-09-30');
    expect(actorOf(doc, 'مظاهره کننده گان')?.code).toBe('ESPOPP');
  });
});
