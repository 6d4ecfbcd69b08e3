// The learned ZWNJ decisions (src/repair/zwnj-model.ts, lexicon/repair/zwnj-model.tsv): the file's
// layout, and what the models may and may not do to text.
import { describe, expect, it } from 'vitest';
import { restoreZwnj, useZwnjModel } from '../../src/repair/restore-zwnj.js';
import { zwnjLexicon } from '../../src/repair/zwnj-lexicon.js';
import {
  candidateCuts,
  modelJoins,
  modelSplit,
  pairFeatures,
  parseZwnjModel,
  scoreOf,
  zwnjModel,
} from '../../src/repair/zwnj-model.js';

const Z = '\u200c';
const r = (s: string) => restoreZwnj(s).text;

describe('zwnj-model.tsv', () => {
  it('names the line of a malformed entry', () => {
    expect(() => parseZwnjModel('# threshold glued 4\nglued\tR:ها\t1.5\npair\tonly-two-fields\n')).toThrow(
      'lexicon/repair/zwnj-model.tsv: line 3: 2 fields, expected 3',
    );
  });
  it('ships both models with their thresholds', () => {
    const m = zwnjModel();
    expect(m.glued.size).toBeGreaterThan(1000);
    expect(m.pair.size).toBeGreaterThan(1000);
    expect(m.gluedThreshold).toBeGreaterThan(0);
    expect(m.pairThreshold).toBeGreaterThan(0);
  });
});

describe('the glued-word model', () => {
  it('considers only cuts after a joining letter, two letters from each end', () => {
    // ا and ر never join the next letter: no ZWNJ can matter after them
    expect(candidateCuts('کتابها')).toEqual([2, 4]);
  });
  it('never splits off می/نمی (the rules do) nor cuts a name into pieces it does not know', () => {
    const lex = zwnjLexicon();
    for (const name of ['میرکاظمی', 'سعیدعابدین', 'محمدهمایون', 'میدویدیف', 'سیدهاشم'])
      expect(modelSplit(name, lex), name).toBeNull();
  });
  it('is silent when switched off: the lexicon alone then decides', () => {
    const m = zwnjModel();
    useZwnjModel({ ...m, gluedThreshold: 1e9, pairThreshold: 1e9 });
    try {
      expect(r('جهانگردان آمدند')).toBe('جهانگردان آمدند');
    } finally {
      useZwnjModel(null);
    }
    expect(r('جهانگردان آمدند')).toBe(`جهان${Z}گردان آمدند`);
  });
});

describe('the pair model', () => {
  it('joins a compound the lexicon lacks only in text that lost its ZWNJs to spaces', () => {
    // «می شود» shows this text's ZWNJs became spaces; «نشان دهنده» is then read as one word
    expect(r('این نشان دهنده آن است که می شود')).toBe(`این نشان${Z}دهنده آن است که می${Z}شود`);
  });
  it('leaves the spaces of text that writes its ZWNJs', () => {
    expect(r(`این نشان دهنده آن است که می${Z}شود`)).toBe(`این نشان دهنده آن است که می${Z}شود`);
  });
  it('reads the words around the pair: a participle before «را» is one word, a verb before «است» two', () => {
    expect(r('کار انجام شده را دیدند و می روند')).toBe(`کار انجام${Z}شده را دیدند و می${Z}روند`);
    expect(r('کار انجام شده است و می روند')).toBe(`کار انجام شده است و می${Z}روند`);
  });
  it('keeps two ordinary words two', () => {
    expect(r('کتاب خوب را می خواند')).toBe(`کتاب خوب را می${Z}خواند`);
  });
});

// modelJoins remembers the part of a pair's score that does not depend on its neighbours and looks
// up only the context features per call: its decisions must stay those of the full feature list.
describe('the pair score, remembered per pair', () => {
  const lex = zwnjLexicon();
  const full = (m: ReturnType<typeof parseZwnjModel>, a: string, b: string, prev: string, next: string) =>
    scoreOf(m.pair, pairFeatures(lex, a, b, prev, next)) > m.pairThreshold;
  it('follows the neighbour features of each call, not those of the first call of the pair', () => {
    // Only the word after the pair counts, and the second part with it (RN): «انجام شده را» joins,
    // «انجام شده است» does not — the same pair, so the second call reads the remembered part.
    const m = parseZwnjModel('# threshold pair 1\npair\tN:را\t2\npair\tRN:شده|است\t-5\npair\tR:شده\t0.5\n');
    expect(modelJoins('انجام', 'شده', lex, m, 'کار', 'را')).toBe(true);
    expect(modelJoins('انجام', 'شده', lex, m, 'کار', 'است')).toBe(false);
    expect(modelJoins('انجام', 'شده', lex, m, 'کار', 'را')).toBe(true);
    // LP (the first part with the word before) and P count as well.
    const p = parseZwnjModel('# threshold pair 0\npair\tLP:انجام|کار\t1\npair\tP:آن\t-3\n');
    expect(modelJoins('انجام', 'شده', lex, p, 'کار', '')).toBe(true);
    expect(modelJoins('انجام', 'شده', lex, p, 'آن', '')).toBe(false);
  });
  it('decides as the full feature list does with the shipped model, on pairs of a real sentence', () => {
    const m = zwnjModel();
    // An open-corpus style sentence: every adjacent pair with both neighbours, each pair twice.
    const w = 'وزیر امور خارجه در دیدار با همتای خود گفت همکاری های دو کشور ادامه خواهد یافت'.split(' ');
    let joins = 0;
    for (let round = 0; round < 2; round++)
      for (let i = 0; i + 1 < w.length; i++) {
        const [a, b, prev, next] = [w[i], w[i + 1], w[i - 1] ?? '', w[i + 2] ?? ''] as string[];
        const got = modelJoins(a, b, lex, m, prev, next);
        expect(got, `${a} ${b}`).toBe(full(m, a, b, prev, next));
        if (got) joins++;
      }
    expect(joins).toBeGreaterThan(0); // «همکاری های» at least: the test sees both outcomes
  });
});
