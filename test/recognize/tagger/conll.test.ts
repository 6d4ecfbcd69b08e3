// conlleval-style strict scoring on a hand-built example whose counts were worked out by hand,
// and the CoNLL reader's layout rules.
import { describe, expect, it } from 'vitest';
import {
  ConllFormatError,
  entitySpans,
  evalConll,
  parseConllLine,
  readConll,
} from '../../../src/eval/conll.js';
import { formatScores, prf } from '../../../src/eval/score.js';

// sentence 1: PER right; LOC predicted as ORG (LOC fn, ORG fp)
// sentence 2: ORG cut one token short (ORG fp + fn); DAT right. Gold uses B-/I- dashes.
// sentence 3: gold starts with a bare I_LOC, which conlleval counts as an entity; predicted B_LOC matches
const gold = `سعید|B_PER
پورعلی|I_PER
در|O
تهران|B_LOC
.|O

وزارت\tB-ORG
امور\tI-ORG
خارجه\tI-ORG
در\tO
دوشنبه\tB_DAT

کابل|I_LOC
.|O
`;
const predicted = `سعید\tB_PER
پورعلی\tI_PER
در\tO
تهران\tB_ORG
.\tO

وزارت\tB_ORG
امور\tI_ORG
خارجه\tO
در\tO
دوشنبه\tB_DAT

کابل\tB_LOC
.\tO
`;

describe('evalConll', () => {
  it('counts strict matches per type, as worked out by hand', () => {
    const byType = evalConll(gold, predicted);
    expect(byType.get('PER')).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(byType.get('LOC')).toEqual({ tp: 1, fp: 0, fn: 1 });
    expect(byType.get('ORG')).toEqual({ tp: 0, fp: 2, fn: 1 });
    expect(byType.get('DAT')).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(byType.get('MON')).toEqual({ tp: 0, fp: 0, fn: 0 });
    const total = [...byType.values()].reduce(
      (a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }),
      { tp: 0, fp: 0, fn: 0 },
    );
    expect(total).toEqual({ tp: 3, fp: 2, fn: 2 });
    expect(prf(total).f1).toBeCloseTo(0.6, 10);
    expect(formatScores(byType)).toMatch(/overall\t60\.00\t60\.00\t60\.00\t3\t2\t2/);
  });

  it('scores gold against itself perfectly', () => {
    for (const c of evalConll(gold, gold).values()) expect(c.fp + c.fn).toBe(0);
  });

  it('rejects a prediction with a different number of tokens', () => {
    expect(() => evalConll(gold, 'a\tO\n')).toThrow(/1 tokens, gold has 12/);
  });

  it('tags the gold tokens with the shipped tagger when no prediction is given', () => {
    const byType = evalConll(gold);
    const total = [...byType.values()].reduce((n, c) => n + c.tp + c.fn, 0);
    expect(total).toBeGreaterThanOrEqual(5); // every gold entity is counted, found or missed
  });
});

describe('entitySpans', () => {
  it('opens a new entity at B_ and at an I_ of another type', () => {
    expect(entitySpans(['B_PER', 'I_LOC', 'I_LOC', 'O', 'B_ORG', 'B_ORG'])).toEqual([
      { type: 'PER', start: 0, end: 1 },
      { type: 'LOC', start: 1, end: 3 },
      { type: 'ORG', start: 4, end: 5 },
      { type: 'ORG', start: 5, end: 6 },
    ]);
  });
});

describe('CoNLL reader', () => {
  it('splits a gold tag after TAB or the last |, keeping tokens that contain |', () => {
    expect(parseConllLine('تهران|B_LOC', 1)).toEqual({ token: 'تهران', tag: 'B_LOC' });
    expect(parseConllLine('تهران\tB-LOC', 1)).toEqual({ token: 'تهران', tag: 'B-LOC' });
    expect(parseConllLine('a|b', 1)).toEqual({ token: 'a|b', tag: null });
    expect(parseConllLine('| |O', 1)).toEqual({ token: '| ', tag: 'O' });
    expect(parseConllLine('روش های|O', 1)).toEqual({ token: 'روش های', tag: 'O' });
    expect(parseConllLine('   ', 1)).toBeNull();
  });

  it('names the line of a row with more than two columns', () => {
    expect(() => parseConllLine('a\tO\textra', 7)).toThrow(ConllFormatError);
    expect(() => parseConllLine('a\tO\textra', 7)).toThrow(/^line 7: 3 columns/);
  });

  it('tolerates blank lines at the start, doubled and at the end, and CRLF', () => {
    const s = readConll('\n\nا|O\r\nب|O\r\n\r\n\r\nپ|B_PER\n\n');
    expect(s.map((x) => x.tokens)).toEqual([['ا', 'ب'], ['پ']]);
    expect(s[1].line).toBe(7);
  });
});
