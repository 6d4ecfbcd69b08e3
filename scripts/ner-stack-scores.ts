// Stacking inputs for the neural tagger (scripts/train-ner-nn.ts): the perceptron's per-tag emission
// scores for every PEYMA train token, computed out of fold (jackknife), and for every dev token from
// the shipped model. Out of fold matters: a perceptron scoring its own training sentences is nearly
// always right, so a second model stacked on those scores would learn to trust them blindly and
// would then over-trust them on new text.
//
//   node --import tsx scripts/ner-stack-scores.ts [--folds 5] [--epochs 10] [--out FILE]
//
// Fold k's perceptron trains on the train sentences outside block k (each seeing 10-fold jackknifed
// tag and phrase lexicons, as train-ner.ts does, but by blocks), for the shipped model's epoch count,
// and scores fold k with lexicons built without fold k. Dev is scored by models/ner.bin itself,
// which is what the stacked model sees at run time. Output: JSON {train: number[][], dev: number[][]}
// one flat array (n × 15) a sentence, rounded to 3 decimals. Deterministic (fixed seed).
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { sentenceFeatures } from '../src/recognize/tagger/features.js';
import { emissionScores } from '../src/recognize/tagger/model.js';
import { parseModel } from '../src/recognize/tagger/model-io.js';
import { Perceptron, seededRandom, type TrainingSentence } from '../src/recognize/tagger/perceptron.js';
import { buildPhraseLexicon } from '../src/recognize/tagger/phrase-lexicon.js';
import { buildTagLexicon } from '../src/recognize/tagger/tag-lexicon.js';
import { tagIndex } from '../src/recognize/tagger/tags.js';
import { readPeyma } from './ner-corpus.js';

const { values: args } = parseArgs({
  options: {
    folds: { type: 'string', default: '5' },
    epochs: { type: 'string', default: '10' },
    out: { type: 'string', default: '/tmp/ner-stack-scores.json' },
  },
});
const K = Number(args.folds);
const EPOCHS = Number(args.epochs);
const SEED = 20240229;
const log = (s: string) => process.stderr.write(`${s}\n`);
const t0 = Date.now();
const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(1)}s`;

const shipped = parseModel(readFileSync(new URL('../models/ner.bin', import.meta.url)));
const train = readPeyma('train');
const dev = readPeyma('dev');
const round = (a: Float32Array) => Array.from(a, (x) => Math.round(x * 1000) / 1000);

const devScores = dev.map((s) =>
  round(
    emissionScores(shipped, sentenceFeatures(s.tokens, shipped.resources, shipped.config), s.tokens.length),
  ),
);
log(`dev scored by the shipped model (${elapsed()})`);

const INNER = 10;
/**
 * Folds are contiguous blocks of PEYMA's sentence order, not i % K: neighbouring sentences come from
 * the same article and share its names, so interleaved folds leak them (out-of-fold train F1 86.3
 * against dev 78.2 with interleaved folds), and a stacked model then learns to over-trust the scores.
 */
const foldOf = (i: number, n: number, k: number) => Math.floor((i * k) / n);
const trainScores: number[][] = new Array(train.length);
for (let k = 0; k < K; k++) {
  const idx = train.map((_, i) => i).filter((i) => foldOf(i, train.length, K) !== k);
  const part = idx.map((i) => train[i]);
  // inner lexicons: 10 folds, also contiguous (the list's order is by block, so reorder for the helpers)
  const blocks = Array.from({ length: INNER }, (_, b) =>
    part.filter((_, j) => foldOf(j, part.length, INNER) === b),
  );
  const innerTag = blocks.map((_, b) => buildTagLexicon(blocks.filter((_, c) => c !== b).flat()));
  const innerPhr = blocks.map((_, b) => buildPhraseLexicon(blocks.filter((_, c) => c !== b).flat()));
  // one resources object per inner fold: word facts are cached per resources object
  const innerRes = innerTag.map((tagLexicon, j) => ({
    ...shipped.resources,
    tagLexicon,
    phrases: innerPhr[j],
  }));
  const data: TrainingSentence[] = part.map((s, j) => ({
    features: sentenceFeatures(s.tokens, innerRes[foldOf(j, part.length, INNER)], shipped.config),
    gold: Int32Array.from(s.tags, (t) => tagIndex(t ?? 'O')),
  }));
  const p = new Perceptron(shipped.config.bits);
  const random = seededRandom(SEED + k);
  for (let e = 1; e <= EPOCHS; e++) p.epoch(data, random);
  const heldRes = {
    ...shipped.resources,
    tagLexicon: buildTagLexicon(part),
    phrases: buildPhraseLexicon(part),
  };
  const model = p.averaged({ config: shipped.config, resources: heldRes, info: {} }, 0.01);
  for (let i = 0; i < train.length; i++) {
    if (foldOf(i, train.length, K) !== k) continue;
    const s = train[i];
    trainScores[i] = round(
      emissionScores(model, sentenceFeatures(s.tokens, heldRes, model.config), s.tokens.length),
    );
  }
  log(`fold ${k + 1} of ${K} done (${elapsed()})`);
}
writeFileSync(args.out as string, JSON.stringify({ train: trainScores, dev: devScores }));
log(`wrote ${args.out} (${elapsed()})`);
