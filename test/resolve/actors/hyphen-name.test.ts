// A hyphen set tight between two words joins the parts of one name (src/resolve/actors/text-words.ts):
// the lexicon's «کیم جونگ اون» and «پاپوآ گینه نو» match «کیم جونگ-اون» and «پاپوا-گینه نو».
import { describe, expect, it } from 'vitest';
import { process as run } from '../../../src/pipeline.js';
import { textWords } from '../../../src/resolve/actors/text-words.js';

const actors = (text: string) =>
  run({ id: 't', title: null, text, published: '2018-10-01' } as never).actors.map(
    (a) => `${a.name}=${a.code}`,
  );

describe('a tight hyphen inside a name', () => {
  it('is no break between words; a spaced hyphen and a comma are', () => {
    const text = 'کیم جونگ-اون، ایران - عراق';
    const words = textWords(text, [{ start: 0, end: text.length }]);
    expect(words.map((w) => [w.key, w.hardBreak])).toEqual([
      ['کیم', false],
      ['جونگ', false],
      ['اون', false],
      ['ایران', true],
      ['عراق', true],
    ]);
  });
  it('«پاپوا-گینه نو» is Papua New Guinea, not Guinea (ntrex-open)', () => {
    const found = actors('در دو دهه اخیر 111 نفر در سقوط هواپیماهای شرکت پاپوا-گینه نو مرده اند.');
    expect(found.some((a) => a.endsWith('=PNG'))).toBe(true);
    expect(found.some((a) => a.endsWith('=GIN'))).toBe(false);
  });
  it('«کیم جونگ-اون» is the leader of North Korea', () => {
    expect(actors('دیدار دونالد ترامپ و کیم جونگ-اون در سنگاپور برگزار شد.')).toContain('کیم جونگ‌اون=PRKGOV');
  });
});

describe('a tagged person’s name runs on over a tight hyphen (src/recognize/tagger)', () => {
  const people = (text: string) =>
    run({ id: 't', title: null, text, published: '2018-10-01' } as never)
      .entities.filter((e) => e.type === 'PER')
      .map((e) => e.text);
  it('«لینسی پلاسکو-فلکسمن»، «کیم جانگ-ان» are whole names (ntrex-open)', () => {
    expect(people('لینسی پلاسکو-فلکسمن، مادر دو طفل زمانی ابراز ناراحتی کرد.')).toEqual([
      'لینسی پلاسکو-فلکسمن',
    ]);
  });
  it('«ری یوننگ-هو، وزیر خارجه کوریای شمالی» takes the office in apposition', () => {
    expect(
      actors('اما روز شنبه، ری یوننگ-هو، وزیر خارجه کوریای شمالی تحریم های ایالات متحده آمریکا را متهم کرد.'),
    ).toContain('ری یوننگ-هو=PRKGOV');
  });
  it('a title after the hyphen is a dash before the office, no part of the name', () => {
    expect(
      people('محمدحسین حمیدی-رئیس اداره کل ورزش استان گفت که مسابقات برگزار می‌شود.').join(),
    ).not.toContain('رئیس');
  });
});
