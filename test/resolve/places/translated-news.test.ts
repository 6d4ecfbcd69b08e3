// The places translated foreign news names (lexicon/places/regional.tsv): US states and cities, the UK's
// nations and cities, in Farsi and Dari spellings — so that a report from Oklahoma or Glasgow has a
// state for its bare police and courts (src/resolve/actors/article-state.ts). Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { placeCountry } from '../../../src/resolve/places/index.js';
import { actorOf, resolveDoc } from '../actors/helpers.js';

describe('places of translated foreign news', () => {
  it('US states and UK nations in both varieties', () => {
    for (const name of ['کالیفرنیا', 'ویرجینیای غربی', 'ورجینیای غربی', 'اوکلاما', 'ایالت واشنگتن', 'نیویارک'])
      expect(placeCountry(name), name).toBe('USA');
    for (const name of ['اسکاتلند', 'ایرلند شمالی', 'گلاسگو', 'ادینبرو']) expect(placeCountry(name), name).toBe('GBR');
    // The bare name stays the capital's.
    expect(placeCountry('واشنگتن')).toBe('USA');
  });

  it('a Dari report from New York gives its bare police the United States', () => {
    const doc = resolveDoc('پولیس نیویارک اعلام کرد که مظنون در نیویارک بازداشت شد. پولیس گفت تحقیقات ادامه دارد.', '2018-09-30');
    expect(actorOf(doc, 'پولیس')?.code).toBe('USACOP');
  });
});
