// The CRF's partial labels and Polyak averaging, and the vec group (binarized word vectors): a partial
// label that allows one tag a token is the full label; one that allows every tag teaches nothing; the
// averaged CRF still fits a tiny set; binarized vectors become shared features and survive the file.
import { describe, expect, it } from 'vitest';
import { Crf } from '../../../src/recognize/tagger/crf.js';
import { allGroups, emptyResources, sentenceFeatures } from '../../../src/recognize/tagger/features.js';
import { tagWith } from '../../../src/recognize/tagger/model.js';
import { parseModel, serializeModel } from '../../../src/recognize/tagger/model-io.js';
import { seededRandom } from '../../../src/recognize/tagger/perceptron.js';
import { NUM_TAGS, tagIndex } from '../../../src/recognize/tagger/tags.js';

const corpus: [string[], string[]][] = [
  [
    ['آقای', 'علی', 'رضایی', 'به', 'تهران', 'رفت'],
    ['O', 'B_PER', 'I_PER', 'O', 'B_LOC', 'O'],
  ],
  [
    ['سازمان', 'ملل', 'در', 'کابل', 'گفت'],
    ['B_ORG', 'I_ORG', 'O', 'B_LOC', 'O'],
  ],
];
const cfg = { bits: 14, groups: allGroups() };
const sentences = () =>
  corpus.map(([tokens, tags]) => ({
    features: sentenceFeatures(tokens, emptyResources(), cfg),
    gold: Int32Array.from(tags, tagIndex),
  }));

describe('CRF partial labels', () => {
  it('one allowed tag a token is the same step as the full label', () => {
    const full = new Crf(cfg.bits, { rate: 0.1, l2: 0 });
    const partial = new Crf(cfg.bits, { rate: 0.1, l2: 0 });
    for (const s of sentences()) {
      const a = full.learn(s);
      const b = partial.learn({ ...s, allowed: Uint16Array.from(s.gold, (t) => 1 << t) });
      expect(b).toBeCloseTo(a, 6);
    }
    let diff = 0;
    for (let k = 0; k < full.w.length; k++) diff = Math.max(diff, Math.abs(full.w[k] - partial.w[k]));
    expect(diff).toBeLessThan(1e-5);
  });

  it('a label allowing every tag costs nothing and moves no weight', () => {
    const crf = new Crf(cfg.bits, { rate: 0.1, l2: 0 });
    const [s] = sentences();
    const all = (1 << NUM_TAGS) - 1;
    expect(crf.learn({ ...s, allowed: new Uint16Array(s.gold.length).fill(all) })).toBeCloseTo(0, 9);
    expect(crf.w.every((v) => Math.abs(v) < 1e-9)).toBe(true);
  });
});

describe('averaged CRF', () => {
  it('fits the training set, and its averaged weights differ from the last ones', () => {
    const data = sentences();
    const avg = new Crf(cfg.bits, { rate: 0.1, l2: 0.001, average: true });
    const plain = new Crf(cfg.bits, { rate: 0.1, l2: 0.001 });
    const r1 = seededRandom(5);
    const r2 = seededRandom(5);
    for (let e = 0; e < 15; e++) {
      avg.epoch(data, r1);
      plain.epoch(data, r2);
    }
    const base = { config: cfg, resources: emptyResources(), info: {} };
    const m = avg.model(base);
    for (const [tokens, tags] of corpus) expect(tagWith(m, tokens)).toEqual(tags);
    expect(Array.from(m.weights)).not.toEqual(Array.from(plain.model(base).weights));
  });
});

describe('vec group (binarized word vectors)', () => {
  const vecCfg = { bits: 16, groups: { ...allGroups(), word: false, affix: false, ngram: false } };
  const ids = (code: string | undefined) => {
    const res = emptyResources();
    if (code !== undefined) res.vectors = new Map([['تهران', code]]);
    return new Set(sentenceFeatures(['تهران'], res, vecCfg).ids);
  };

  it('adds one feature an active dimension, shared between equal codes', () => {
    const none = ids(undefined);
    const a = ids('+.-.');
    const b = ids('+...');
    const extra = (x: Set<number>) => [...x].filter((id) => !none.has(id));
    expect(extra(a)).toHaveLength(2);
    expect(extra(b)).toHaveLength(1);
    expect(a.has(extra(b)[0])).toBe(true);
    expect(ids('....').size).toBe(none.size);
  });

  it('round-trips through the model file', () => {
    const res = emptyResources();
    res.vectors = new Map([
      ['تهران', '+-.'],
      ['کابل', '.-+'],
    ]);
    const crf = new Crf(vecCfg.bits, { rate: 0.1, l2: 0 });
    const back = parseModel(serializeModel(crf.model({ config: vecCfg, resources: res, info: {} })));
    expect(back.resources.vectors?.get('کابل')).toBe('.-+');
    expect(back.resources.vectors?.size).toBe(2);
  });
});
