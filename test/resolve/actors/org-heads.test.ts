// Organizations the lexicon does not name take their sector from their head word and their country from
// the article (src/resolve/actors/org-heads.ts, lexicon/actors/org-heads.json). Sentences written for
// this test in the style of Fars's provincial news.
import { describe, expect, it } from 'vitest';
import { orgHeadSector } from '../../../src/resolve/actors/org-heads.js';
import { actorOf, resolveDoc } from './helpers.js';

describe('head words of uncoded organizations', () => {
  it('reads the sector off the first words; the longest head wins; a head alone is nothing', () => {
    expect(orgHeadSector('سازمان منطقه آزاد اروند')).toBe('GOV');
    expect(orgHeadSector('شرکت ملی نفت')).toBe('BUS');
    expect(orgHeadSector('اداره پلیس شهر')).toBe('COP');
    expect(orgHeadSector('انجمن صنفی روزنامه‌نگاران')).toBe('NGO');
    expect(orgHeadSector('کمپنی هوایی آریانا')).toBe('BUS'); // Dari
    expect(orgHeadSector('دیپارتمنت پولیس شهر')).toBe('COP');
    expect(orgHeadSector('سازمان')).toBe(null);
    expect(orgHeadSector('باشگاه پرسپولیس')).toBe(null);
  });

  it('an agency and a firm of an Iranian provincial report are IRNGOV and IRNBUS', () => {
    const doc = resolveDoc(
      'به گزارش خبرنگار فارس از آبادان، تفاهم‌نامه همکاری بین سازمان منطقه آزاد اروند و شرکت کشتیرانی والفجر امضا شد.',
      '2020-01-01',
    );
    expect(actorOf(doc, 'سازمان منطقه آزاد اروند')?.code).toBe('IRNGOV');
    expect(doc.actors.some((a) => a.code === 'IRNBUS')).toBe(true);
  });

  it('a report that names no state gives an uncoded body no owner', () => {
    const doc = resolveDoc('سخنگوی اداره پلیس Wasilla گفت که او روز دوشنبه بازداشت شد.', '2018-09-30');
    expect(doc.actors.find((a) => a.name.startsWith('اداره پلیس'))?.code).toBe(null);
    expect(doc.actors.some((a) => a.name.startsWith('اداره پلیس'))).toBe(true);
  });
});
