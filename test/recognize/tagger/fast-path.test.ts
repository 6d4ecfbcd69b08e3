// decode's fast path (one-word features summed once per word type, only conjunctions per token) must
// give exactly the scores and tags of the plain path: every feature id of sentenceFeatures summed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readConll } from '../../../src/eval/conll.js';
import { scoreSentence, sentenceFeatures } from '../../../src/recognize/tagger/features.js';
import { taggerModel } from '../../../src/recognize/tagger/index.js';
import { decode, emissionScores } from '../../../src/recognize/tagger/model.js';
import { NUM_TAGS } from '../../../src/recognize/tagger/tags.js';
import { viterbi } from '../../../src/recognize/tagger/viterbi.js';

const DEV = new URL('../../../../shared/data/peyma/dev.txt', import.meta.url);

describe('fast decoding path', () => {
  const model = taggerModel();
  const sentences = readConll(readFileSync(DEV, 'utf8'))
    .slice(0, 300)
    .map((s) => s.tokens);
  sentences.push(['😀', 'UN', 'و', 'ناتو', '12,000', 'x'.repeat(300)], ['تنها']);

  it('gives the same emission sums and tags as summing every feature', () => {
    for (const tokens of sentences) {
      const n = tokens.length;
      const plain = emissionScores(model, sentenceFeatures(tokens, model.resources, model.config), n);
      const sums = new Int32Array(n * NUM_TAGS);
      scoreSentence(tokens, model.resources, model.config, model, sums);
      const fast = Float32Array.from(sums, (x) => x * model.scale);
      expect(fast).toEqual(plain);
      expect(decode(model, tokens)).toEqual(viterbi(n, plain, model.transition, model.start));
    }
  });

  it('does not depend on what was decoded before (caches hold per-word facts only)', () => {
    const first = sentences.slice(0, 50).map((s) => Array.from(decode(model, s)));
    for (const s of sentences.slice(50, 200)) decode(model, s);
    expect(sentences.slice(0, 50).map((s) => Array.from(decode(model, s)))).toEqual(first);
  });
});
