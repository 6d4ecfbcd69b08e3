// Feature extraction: the normalization that lets PEYMA-style and repaired tokens share weights,
// shapes and scripts, and the hashed ids themselves.
import { describe, expect, it } from 'vitest';
import { allGroups, emptyResources, sentenceFeatures } from '../../../src/recognize/tagger/features.js';
import { normalizeToken, scriptOf, shapeOf } from '../../../src/recognize/tagger/normalize.js';

const cfg = { bits: 16, groups: allGroups() };
const idsOf = (tokens: string[], i: number) => {
  const f = sentenceFeatures(tokens, emptyResources(), cfg);
  return Array.from(f.ids.subarray(f.offsets[i], f.offsets[i + 1]));
};

describe('normalizeToken', () => {
  it('unifies Arabic yeh/kaf, digits, ZWNJ and PEYMA spaces', () => {
    expect(normalizeToken('كشورهاي')).toBe('کشورهای');
    expect(normalizeToken('روش\u200cهای')).toBe('روش های');
    expect(normalizeToken('روش های')).toBe('روش های');
    expect(normalizeToken('۱۴۰۳')).toBe('1403');
    expect(normalizeToken('١٤')).toBe('14');
    expect(normalizeToken('UN')).toBe('un');
    expect(normalizeToken('مـــحمد')).toBe('محمد'); // kashida
  });
});

describe('shape and script', () => {
  it('collapses runs and names the script', () => {
    expect(shapeOf('1403')).toBe('d');
    expect(shapeOf('۱۴۰۳/۰۲/۰۱')).toBe('d/d/d');
    expect(shapeOf('NATO')).toBe('X');
    expect(shapeOf('iPhone')).toBe('xXx');
    expect(shapeOf('روش های')).toBe('ف_ف');
    expect(scriptOf('تهران')).toBe('fa');
    expect(scriptOf('NATO')).toBe('latin');
    expect(scriptOf('۱۲')).toBe('digit');
    expect(scriptOf('G20')).toBe('mixed');
    expect(scriptOf('😀')).toBe('punct');
  });
});

describe('sentenceFeatures', () => {
  it('gives the same ids to a repaired token and its PEYMA spelling', () => {
    expect(idsOf(['در', 'روش\u200cهای', 'نو'], 1)).toEqual(idsOf(['در', 'روش های', 'نو'], 1));
    expect(idsOf(['رئيس', 'جمهور'], 0)).toEqual(idsOf(['رئیس', 'جمهور'], 0));
  });

  it('depends on the neighbours, and is deterministic', () => {
    expect(idsOf(['آقای', 'روحانی'], 1)).not.toEqual(idsOf(['شهر', 'روحانی'], 1));
    expect(idsOf(['آقای', 'روحانی'], 1)).toEqual(idsOf(['آقای', 'روحانی'], 1));
  });

  it('keeps ids inside the table and turns a group off', () => {
    const f = sentenceFeatures(['سعید', 'پورعلی', 'گفت'], emptyResources(), cfg);
    expect(f.offsets).toHaveLength(4);
    for (const id of f.ids) expect(id >= 0 && id < 1 << 16).toBe(true);
    const noAffix = sentenceFeatures(['سعید', 'پورعلی', 'گفت'], emptyResources(), {
      bits: 16,
      groups: { ...allGroups(), affix: false },
    });
    expect(noAffix.ids.length).toBeLessThan(f.ids.length);
  });

  it('looks words up in the clusters and the gazetteer', () => {
    const plain = sentenceFeatures(['تهران'], emptyResources(), cfg).ids.length;
    const res = emptyResources(); // a fresh object: word facts are cached per resources object
    res.clusters.set('تهران', 3 * 65536 + 1);
    res.gazetteer.set('تهران', 0b10001);
    const rich = sentenceFeatures(['تهران'], res, cfg);
    expect(rich.ids.length).toBe(plain + 2); // two gazetteer lists
    expect(Array.from(rich.ids)).not.toEqual(
      Array.from(sentenceFeatures(['تهران'], emptyResources(), cfg).ids),
    );
  });
});
