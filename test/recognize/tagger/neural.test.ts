// The neural tagger stacked on the perceptron (neural.ts): its cached run-time path must give the
// plain forward pass's tags, its file must round-trip, with alpha = 1, W2 = 0 and the perceptron's
// transitions it must decode exactly as the perceptron, and replacing the perceptron drops it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readConll } from '../../../src/eval/conll.js';
import {
  decodeSentence,
  neuralModel,
  setTaggerModel,
  taggerModel,
} from '../../../src/recognize/tagger/index.js';
import { decode, perceptronEmissions } from '../../../src/recognize/tagger/model.js';
import {
  DEFAULT_DIMS,
  decodeNeural,
  decodeNeuralFast,
  type NeuralModel,
  type NeuralParams,
  paramShapes,
} from '../../../src/recognize/tagger/neural.js';
import { parseNeural, serializeNeural } from '../../../src/recognize/tagger/neural-io.js';
import { seededRandom } from '../../../src/recognize/tagger/perceptron.js';

const DEV = new URL('../../../../shared/data/peyma/dev.txt', import.meta.url);
const sentences = readConll(readFileSync(DEV, 'utf8'))
  .slice(0, 120)
  .map((s) => s.tokens);
sentences.push(['😀', 'UN', 'و', 'ناتو', '12,000', 'x'.repeat(300)], ['تنها']);

function randomModel(scale: number): NeuralModel {
  const base = taggerModel();
  const random = seededRandom(7);
  const dims = { ...DEFAULT_DIMS, hidden: 16, affixBits: 10 };
  const vocab = new Map<string, number>();
  for (const s of sentences.slice(0, 40)) for (const t of s) if (!vocab.has(t)) vocab.set(t, vocab.size + 1);
  const params = {} as NeuralParams;
  for (const [name, [rows, dim]] of Object.entries(paramShapes(dims, vocab.size)))
    params[name as keyof NeuralParams] = Float32Array.from(
      { length: rows * dim },
      () => (random() - 0.5) * scale,
    );
  params.alpha.fill(0.02);
  for (let k = 0; k < params.trans.length; k++) params.trans[k] = 0.02 * base.transition[k];
  for (let k = 0; k < params.start.length; k++) params.start[k] = 0.02 * base.start[k];
  return {
    dims,
    vocab,
    embed: new Map([['ایران', 100]]),
    clusters: base.resources.clusters,
    gazetteer: base.resources.gazetteer,
    pScale: 1 / 128,
    params,
  };
}

describe('neural tagger', () => {
  const base = taggerModel();

  it('decodes with the per-word cache as the plain forward pass does', () => {
    const nn = randomModel(0.5);
    let changed = 0;
    for (const tokens of sentences) {
      const p = perceptronEmissions(base, tokens).slice(0, tokens.length * 15);
      const plain = decodeNeural(nn, tokens, p);
      expect(decodeNeuralFast(nn, tokens, p)).toEqual(plain);
      if (plain.some((t, i) => t !== decode(base, tokens)[i])) changed++;
    }
    // the random network does change tags: the comparison above is not trivially of the perceptron
    expect(changed).toBeGreaterThan(10);
  });

  it('with alpha = 1, no hidden output and the perceptron transitions, decodes as the perceptron', () => {
    const nn = randomModel(0.5);
    nn.params.W2.fill(0);
    nn.params.b2.fill(0);
    nn.params.alpha.fill(1);
    nn.params.trans.set(base.transition);
    nn.params.start.set(base.start);
    for (const tokens of sentences) {
      const p = perceptronEmissions(base, tokens).slice(0, tokens.length * 15);
      expect(decodeNeuralFast(nn, tokens, p)).toEqual(decode(base, tokens));
    }
  });

  it('round-trips through its file format', () => {
    const nn = randomModel(0.5);
    const back = parseNeural(serializeNeural(nn, { note: 'test' }), base.resources);
    expect(back.dims).toEqual(nn.dims);
    expect(back.vocab).toEqual(nn.vocab);
    expect(back.embed).toEqual(nn.embed);
    for (const name of Object.keys(nn.params) as (keyof NeuralParams)[])
      expect(back.params[name]).toEqual(nn.params[name]);
    for (const tokens of sentences.slice(0, 30)) {
      const p = perceptronEmissions(base, tokens).slice(0, tokens.length * 15);
      expect(decodeNeuralFast(back, tokens, p)).toEqual(decodeNeural(nn, tokens, p));
    }
  });

  it('is used by decodeSentence when set, and dropped when the perceptron is replaced', () => {
    const shipped = neuralModel();
    const nn = randomModel(0.5);
    const tokens = sentences.find((s) => {
      const p = perceptronEmissions(base, s).slice(0, s.length * 15);
      return decodeNeural(nn, s, p).some((t, i) => t !== decode(base, s)[i]);
    }) as string[];
    setTaggerModel(base, nn);
    const p = perceptronEmissions(base, tokens).slice(0, tokens.length * 15);
    expect(decodeSentence(tokens)).toEqual(decodeNeural(nn, tokens, p));
    setTaggerModel(base);
    expect(decodeSentence(tokens)).toEqual(decode(base, tokens));
    setTaggerModel(base, shipped);
  });
});
