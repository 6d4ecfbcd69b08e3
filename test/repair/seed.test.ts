// Golden test on the article rasad was founded on (../shared/corpus/seed.txt, bundled as samples/seed.txt):
// `rasad normalize` must restore every ZWNJ the issue lists and turn the "Read More" boilerplate block into
// empty lines, keeping one output line per input line.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const seed = readFileSync(new URL('../../samples/seed.txt', import.meta.url), 'utf8');
const Z = '\u200c';

describe('rasad normalize < seed.txt', () => {
  const r = spawnSync('./bin/rasad', ['normalize'], { input: seed, encoding: 'utf8' });
  const out = r.stdout;

  it('exits 0 with one output line per input line', () => {
    expect(r.status).toBe(0);
    expect(out.split('\n').length).toBe(seed.split('\n').length);
  });

  it.each([
    `نمی${Z}خواهد`,
    `رئیس${Z}جمهوری`,
    `تلاش${Z}اند`,
    `همکاری${Z}اش`,
    `ویژه${Z}ای`,
    `به${Z}خاطر`,
    `بخش${Z}های`,
    `مقام${Z}های`,
    `موضع${Z}گیری`,
    `محدودیت${Z}ها`,
    `می${Z}دهد`,
    `می${Z}تواند`,
    `محسوب می${Z}شود`,
  ])('restores %s', (word) => {
    expect(out).toContain(word);
  });

  it('drops the boilerplate block, leaving empty lines in its place', () => {
    expect(out).not.toContain('Read More');
    expect(out).not.toContain('Inner related node field');
    const lines = out.split('\n');
    const i = seed.split('\n').findIndex((l) => l.startsWith('Read More'));
    expect(lines[i]).toBe('');
    expect(lines[i + 1]).toBe('');
  });

  it('leaves no glued form of the listed words', () => {
    for (const glued of [
      'نمیخواهد',
      'رئیسجمهوری',
      'تلاشاند',
      'همکاریاش',
      'ویژهای',
      'بهخاطر',
      'بخشهای',
      'مقامهای',
      'موضعگیری',
      'محدودیتها',
      'میدهد',
      'میتواند',
    ]) {
      expect(out).not.toContain(glued);
    }
  });
});
