// A lone «می» is the verb prefix (می شود → می‌شود) but also the month May and the surname May: it is
// joined only to what can be a verb, and never after a number, a name of lexicon/repair/may-words.json,
// or «ماه» (unless the lexicon knows the next word as a می‌ verb: «ماه می‌درخشید», the moon).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMayWords, restoreZwnj } from '../../src/repair/restore-zwnj.js';

const Z = '\u200c';
const r = (s: string) => restoreZwnj(s).text;

describe('«می» as May', () => {
  it.each([
    'او در ماه می دستگیر شد.',
    'در ماه می گفت‌وگو کردند.',
    'جلسه ۵ می برگزار شد.',
    'جلسه 21 می برگزار شد.',
    'تریسا می گفت که توافق نمی‌شود.',
    'خبری که ترزا می امروز اعلام کرد.',
    'خانم می اضافه کرد.',
    'در ماه می سال گذشته به قدرت رسید.',
  ])('leaves %s alone', (s) => {
    expect(r(s)).toBe(s);
  });

  it('still joins the verb prefix, in the same text', () => {
    expect(r('در ماه می دستگیر شد و او می گوید که می توان رفت')).toBe(
      `در ماه می دستگیر شد و او می${Z}گوید که می${Z}توان رفت`,
    );
    expect(r('آنها کار می کرده اند')).toBe(`آنها کار می${Z}کرده${Z}اند`);
    expect(r('مریم می گفت')).toBe(`مریم می${Z}گفت`);
    // the moon, not May: a verb form the lexicon knows
    expect(r('شش هلال ماه می درخشیدند.')).toBe(`شش هلال ماه می${Z}درخشیدند.`);
  });
});

describe('lexicon/repair/may-words.json', () => {
  const file = JSON.parse(
    readFileSync(new URL('../../lexicon/repair/may-words.json', import.meta.url), 'utf8'),
  );
  it('is valid', () => {
    const m = parseMayWords(file);
    expect(m.month.has('ماه')).toBe(true);
  });
  it('lists the given name of every person surnamed May in the actor lexicon', () => {
    const people = JSON.parse(
      readFileSync(new URL('../../lexicon/actors/people.json', import.meta.url), 'utf8'),
    ) as { names: string[] }[] | { people: { names: string[] }[] };
    const list = Array.isArray(people) ? people : people.people;
    const names = parseMayWords(file).names;
    for (const p of list)
      for (const n of p.names) {
        const parts = n.replace(/ي/g, 'ی').split(' ');
        const i = parts.indexOf('می');
        if (i > 0) expect(names.has(parts[i - 1] as string), n).toBe(true);
      }
  });
  it('rejects a bad entry naming it', () => {
    expect(() => parseMayWords({ month: ['ماه'], names: ['two words'] })).toThrow(/may-words\.json: names entry 1: must be one Persian word/);
    expect(() => parseMayWords({ month: 'ماه', names: [] })).toThrow(/field "month"/);
  });
});
