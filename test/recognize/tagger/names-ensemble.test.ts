// The names feature group (whole names of rasad's own knowledge, matched longest-first) and the summed
// ensemble of perceptrons (ensemble.ts): both must keep decoding exact and deterministic.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sumModels } from '../../../src/recognize/tagger/ensemble.js';
import {
  allGroups,
  emptyResources,
  NAME_KINDS,
  scoreSentence,
  sentenceFeatures,
} from '../../../src/recognize/tagger/features.js';
import { decode, emissionScores, type TaggerModel } from '../../../src/recognize/tagger/model.js';
import { parseModel, serializeModel } from '../../../src/recognize/tagger/model-io.js';
import { normalizeToken } from '../../../src/recognize/tagger/normalize.js';
import { Perceptron, seededRandom } from '../../../src/recognize/tagger/perceptron.js';
import { phraseKey } from '../../../src/recognize/tagger/phrase-lexicon.js';
import { NUM_TAGS, tagIndex } from '../../../src/recognize/tagger/tags.js';

const cfg = { bits: 14, groups: allGroups() };
const resources = () => {
  const r = emptyResources();
  r.names = new Map([
    [phraseKey(['سازمان', 'ملل', 'متحد']), NAME_KINDS.indexOf('ORG')],
    [phraseKey(['سازمان', 'ملل']), NAME_KINDS.indexOf('ORG')],
    [phraseKey(['وزیر', 'خارجه']), NAME_KINDS.indexOf('TITLE')],
    [phraseKey([normalizeToken('ژان\u200cپل')]), NAME_KINDS.indexOf('PER')],
  ]);
  return r;
};
const corpus: [string[], string[]][] = [
  [
    ['سازمان', 'ملل', 'متحد', 'در', 'تهران'],
    ['B_ORG', 'I_ORG', 'I_ORG', 'O', 'B_LOC'],
  ],
  [
    ['وزیر', 'خارجه', 'ژان\u200cپل', 'گفت'],
    ['O', 'O', 'B_PER', 'O'],
  ],
  [
    ['سازمان', 'ملل', 'گفت'],
    ['B_ORG', 'I_ORG', 'O'],
  ],
];

function train(seed: number): TaggerModel {
  const res = resources();
  const data = corpus.map(([tokens, tags]) => ({
    features: sentenceFeatures(tokens, res, cfg),
    gold: Int32Array.from(tags, tagIndex),
  }));
  const p = new Perceptron(cfg.bits);
  const random = seededRandom(seed);
  for (let e = 0; e < 8; e++) p.epoch(data, random);
  return p.averaged({ config: cfg, resources: res, info: {} });
}

const idsAt = (tokens: string[], i: number, withNames: boolean) => {
  const f = sentenceFeatures(tokens, withNames ? resources() : emptyResources(), cfg);
  return Array.from(f.ids.subarray(f.offsets[i], f.offsets[i + 1]));
};

describe('names feature group', () => {
  it('marks a token inside a known name, and a ZWNJ-spelled name like its PEYMA spelling', () => {
    expect(idsAt(['سازمان', 'ملل', 'متحد'], 2, true)).not.toEqual(idsAt(['سازمان', 'ملل', 'متحد'], 2, false));
    // «ملل» alone is no name: same features with or without the list, apart from its neighbours' codes
    expect(idsAt(['این', 'ملل', 'است'], 1, true)).toEqual(idsAt(['این', 'ملل', 'است'], 1, false));
    expect(idsAt(['ژان پل', 'گفت'], 0, true)).toEqual(idsAt(['ژان\u200cپل', 'گفت'], 0, true));
  });

  it('decodes by the fast path exactly as by summing every feature, and survives the model file', () => {
    const model = parseModel(serializeModel(train(3)));
    expect(model.resources.names?.size).toBe(4);
    for (const [tokens] of [...corpus, [['سازمان', 'ملل', 'متحد', 'و', 'وزیر', 'خارجه']] as [string[]]]) {
      const n = tokens.length;
      const plain = emissionScores(model, sentenceFeatures(tokens, model.resources, model.config), n);
      const sums = new Int32Array(n * NUM_TAGS);
      scoreSentence(tokens, model.resources, model.config, model, sums);
      expect(Float32Array.from(sums, (x) => x * model.scale)).toEqual(plain);
    }
  });
});

describe('head feature group', () => {
  const withHeads = () => {
    const r = emptyResources();
    r.heads = new Map([['شرکت', 1]]);
    return r;
  };
  const ids = (tokens: string[], i: number, heads: boolean) => {
    const f = sentenceFeatures(tokens, heads ? withHeads() : emptyResources(), cfg);
    return Array.from(f.ids.subarray(f.offsets[i], f.offsets[i + 1]));
  };
  it('reaches a few words past an organization head, but not across punctuation', () => {
    const name = ['شرکت', 'ملی', 'پالایش', 'و', 'پخش'];
    expect(ids(name, 4, true)).not.toEqual(ids(name, 4, false));
    const cut = ['شرکت', '،', 'ملی', 'پالایش'];
    expect(ids(cut, 3, true)).toEqual(ids(cut, 3, false));
  });
});

describe('sumModels', () => {
  it('adds the members: a model summed with itself tags alike; different orders sum to one linear model', () => {
    const a = train(3);
    const b = train(11);
    const twice = sumModels([a, a]);
    for (const [tokens] of corpus) expect(decode(twice, tokens)).toEqual(decode(a, tokens));
    const both = sumModels([a, b]);
    const tokens = corpus[0][0];
    const f = sentenceFeatures(tokens, a.resources, a.config);
    const n = tokens.length;
    const ea = emissionScores(a, f, n);
    const eb = emissionScores(b, f, n);
    const e = emissionScores(both, f, n);
    for (let k = 0; k < e.length; k++) expect(e[k]).toBeCloseTo(ea[k] + eb[k], 1);
    for (const [tokens, tags] of corpus) expect(Array.from(decode(both, tokens))).toEqual(tags.map(tagIndex));
  });
});
