// The gradient-trained CRF (same features and run-time model as the perceptron) and the embedding
// cluster features: a CRF fits a tiny training set, is deterministic, and its model survives the
// file format; the embed group's levels come from the finest id and the branching.
import { describe, expect, it } from 'vitest';
import { Crf } from '../../../src/recognize/tagger/crf.js';
import { allGroups, emptyResources, sentenceFeatures } from '../../../src/recognize/tagger/features.js';
import { tagWith } from '../../../src/recognize/tagger/model.js';
import { parseModel, serializeModel } from '../../../src/recognize/tagger/model-io.js';
import { seededRandom } from '../../../src/recognize/tagger/perceptron.js';
import { tagIndex } from '../../../src/recognize/tagger/tags.js';

const corpus: [string[], string[]][] = [
  [
    ['آقای', 'علی', 'رضایی', 'به', 'تهران', 'رفت'],
    ['O', 'B_PER', 'I_PER', 'O', 'B_LOC', 'O'],
  ],
  [
    ['خانم', 'مریم', 'احمدی', 'در', 'کابل', 'است'],
    ['O', 'B_PER', 'I_PER', 'O', 'B_LOC', 'O'],
  ],
  [
    ['سازمان', 'ملل', 'در', 'تهران', 'گفت'],
    ['B_ORG', 'I_ORG', 'O', 'B_LOC', 'O'],
  ],
];

const cfg = { bits: 14, groups: allGroups(), embedBranching: [4, 2, 2] };

function trainCrf() {
  const resources = emptyResources();
  resources.embed?.set('تهران', 13);
  resources.embed?.set('کابل', 13);
  const data = corpus.map(([tokens, tags]) => ({
    features: sentenceFeatures(tokens, resources, cfg),
    gold: Int32Array.from(tags, tagIndex),
  }));
  const crf = new Crf(cfg.bits, { rate: 0.1, l2: 0.001 });
  const random = seededRandom(3);
  let first = 0;
  let last = 0;
  for (let e = 0; e < 15; e++) {
    last = crf.epoch(data, random);
    if (e === 0) first = last;
  }
  return { model: crf.model({ config: cfg, resources, info: {} }), first, last };
}

describe('CRF trainer', () => {
  it('lowers its loss and then tags the training set right', () => {
    const { model, first, last } = trainCrf();
    expect(last).toBeLessThan(first / 4);
    for (const [tokens, tags] of corpus) expect(tagWith(model, tokens)).toEqual(tags);
  });

  it('is deterministic and round-trips through the model file, embedding table included', () => {
    const a = serializeModel(trainCrf().model);
    expect(a).toEqual(serializeModel(trainCrf().model));
    const back = parseModel(a);
    expect(back.resources.embed?.get('کابل')).toBe(13);
    expect(back.config.embedBranching).toEqual([4, 2, 2]);
    expect(tagWith(back, ['آقای', 'حسن', 'به', 'کابل', 'رفت'])).toEqual(
      tagWith(trainCrf().model, ['آقای', 'حسن', 'به', 'کابل', 'رفت']),
    );
  });
});

describe('embedding cluster features', () => {
  const ids = (res: ReturnType<typeof emptyResources>, branching: number[]) =>
    Array.from(sentenceFeatures(['تهران'], res, { ...cfg, embedBranching: branching }).ids);

  it('share the coarse levels between words whose finest clusters share a parent', () => {
    const a = emptyResources();
    a.embed?.set('تهران', 13); // levels 3, 6, 13 with branching 4, 2, 2
    const b = emptyResources();
    b.embed?.set('تهران', 12); // levels 3, 6, 12
    const c = emptyResources();
    c.embed?.set('تهران', 2); // levels 0, 1, 2
    const none = emptyResources();
    const shared = (x: number[], y: number[]) => x.filter((id) => y.includes(id)).length;
    const plain = ids(none, [4, 2, 2]);
    expect(shared(ids(a, [4, 2, 2]), ids(b, [4, 2, 2]))).toBeGreaterThan(
      shared(ids(a, [4, 2, 2]), ids(c, [4, 2, 2])),
    );
    expect(ids(a, [4, 2, 2])).not.toEqual(plain);
  });

  it('are off when the group is off', () => {
    const a = emptyResources();
    a.embed?.set('تهران', 13);
    const off = { ...cfg, groups: { ...allGroups(), embed: false } };
    expect(Array.from(sentenceFeatures(['تهران'], a, off).ids)).toEqual(
      Array.from(sentenceFeatures(['تهران'], emptyResources(), off).ids),
    );
  });
});
