// Iran's counties in the gazetteer (lexicon/places/sources/iran-counties.tsv, from npm
// @persian-tools/persian-tools; scripts/build-places.ts): the provincial press datelines from them, and
// a county that is a common word is a place only with its head word. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../../src/doc.js';
import { COMPONENTS } from '../../../src/pipeline.js';
import { linkPlaces, lookupPlaces, placeCountry } from '../../../src/resolve/places/index.js';

function placesOf(text: string): string[] {
  const doc = createDoc({ id: 't', title: null, url: null, source: null, published: '2020-01-01' }, text);
  for (const [name, component] of COMPONENTS) {
    component(doc, {});
    if (name === 'actors') break;
  }
  return linkPlaces(doc).map((m) => m.text);
}

describe('Iranian counties', () => {
  it('knows counties the regional list does not, as weak districts of their province', () => {
    const tangestan = lookupPlaces('تنگستان');
    expect(tangestan.length).toBeGreaterThan(0);
    expect(tangestan.every((p) => p.country === 'IRN' && p.kind === 'admin2' && p.weak)).toBe(true);
    expect(placeCountry('شهرستان تنگستان')).toBe('IRN');
    // A county spelled like a foreign capital leaves the name to the capital.
    expect(placeCountry('اسلام آباد')).toBe('PAK');
    expect(placeCountry('اسلام‌آباد غرب')).toBe('IRN');
  });

  it('a dateline county is a place; a county that is a common word needs its head word', () => {
    expect(placesOf('به گزارش خبرگزاری فارس از تنگستان، مراسم امروز برگزار شد.')).toContain('تنگستان');
    expect(lookupPlaces('صحنه')).toHaveLength(0);
    expect(placesOf('پلیس در صحنه حادثه حاضر شد.')).not.toContain('صحنه');
    expect(placesOf('فرماندار شهرستان صحنه گفت که جاده باز است.')).toContain('شهرستان صحنه');
  });
});
