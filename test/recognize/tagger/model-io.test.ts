// Training on a tiny synthetic set, then a write/read round trip of the model file.
import { describe, expect, it } from 'vitest';
import { allGroups, emptyResources, sentenceFeatures } from '../../../src/recognize/tagger/features.js';
import { tagWith } from '../../../src/recognize/tagger/model.js';
import { ModelFormatError, parseModel, serializeModel } from '../../../src/recognize/tagger/model-io.js';
import { Perceptron, seededRandom } from '../../../src/recognize/tagger/perceptron.js';
import { buildTagLexicon } from '../../../src/recognize/tagger/tag-lexicon.js';
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
  [
    ['۲۰', 'درصد', 'رشد', 'کرد'],
    ['B_PCT', 'I_PCT', 'O', 'O'],
  ],
];

function trainTiny() {
  const cfg = { bits: 14, groups: allGroups() };
  const resources = emptyResources();
  resources.clusters.set('تهران', 1 * 65536 + 0);
  resources.gazetteer.set('کابل', 1);
  resources.tagLexicon = buildTagLexicon(corpus.map(([tokens, tags]) => ({ tokens, tags })));
  const data = corpus.map(([tokens, tags]) => ({
    features: sentenceFeatures(tokens, resources, cfg),
    gold: Int32Array.from(tags, tagIndex),
  }));
  const p = new Perceptron(cfg.bits);
  const random = seededRandom(7);
  for (let e = 0; e < 10; e++) p.epoch(data, random);
  return p.averaged({ config: cfg, resources, info: { note: 'tiny' } });
}

describe('perceptron and model file', () => {
  it('learns the tiny training set', () => {
    const model = trainTiny();
    for (const [tokens, tags] of corpus) expect(tagWith(model, tokens)).toEqual(tags);
  });

  it('is deterministic', () => {
    expect(serializeModel(trainTiny())).toEqual(serializeModel(trainTiny()));
  });

  it('round-trips through the file format with the same tags and resources', () => {
    const model = trainTiny();
    const back = parseModel(serializeModel(model));
    expect(back.config).toEqual(model.config);
    expect(back.info).toEqual({ note: 'tiny' });
    expect(back.resources.clusters.get('تهران')).toBe(65536);
    expect(back.resources.gazetteer.get('کابل')).toBe(1);
    expect(back.resources.tagLexicon).toEqual(model.resources.tagLexicon);
    expect(back.weights.length).toBe(model.weights.length);
    expect(Array.from(back.weights)).toEqual(Array.from(model.weights));
    expect(back.scale).toBe(model.scale);
    for (const [tokens] of corpus) expect(tagWith(back, tokens)).toEqual(tagWith(model, tokens));
    for (const tokens of [
      ['آقای', 'حسن', 'به', 'کابل', 'رفت'],
      ['hello', '😀'],
    ])
      expect(tagWith(back, tokens)).toEqual(tagWith(model, tokens));
  });

  it('rejects a file that is not a model', () => {
    expect(() => parseModel(new Uint8Array([1, 2, 3]))).toThrow(ModelFormatError);
  });
});
