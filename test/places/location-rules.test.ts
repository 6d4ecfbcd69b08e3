// Location rules added from the development location errors (issue 13 item 6), on sentences written
// for the test: each fails without its rule or lexicon entry.
import { describe, expect, it } from 'vitest';
import { extract, process } from '../../src/pipeline.js';
import { findPlaces } from '../../src/resolve/places/index.js';

const run = (text: string) => extract({ id: 't', text, published: '2021-05-01' });
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
