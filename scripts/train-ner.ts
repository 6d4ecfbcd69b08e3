// `npm run train:ner`: trains the named-entity tagger and writes models/ner.bin.
//   1. word clusters from the Fars News corpus + PEYMA train tokens (unlabeled)
//   2. averaged perceptron on PEYMA train; the number of epochs is chosen on PEYMA dev
//   3. prune, quantize, write the model; reload it and score it on dev
// Options: --epochs N (most epochs tried, default 14), --bits B (hashed table size, default 20),
//          --prune W (drop feature rows whose averaged weights are all below W, default 0.01),
//          --min-count N (hashed features seen fewer than N times in training get no weight, default 2),
//          --ablation (also train once without each feature group and print the table),
//          --ablate g1,g2 (the ablation for these groups only), --without g1,g2 (train without them;
//          default embed,head,vec: no gain on dev (docs/bench-tagger.md; conj is on since round 4);
//          --without '' trains with every group),
//          --out FILE, --clusters-cache FILE (reuse clusters between runs while experimenting),
//          --embed FILE (the embedding-cluster table, default models/ner-word-clusters.tsv.gz, built by
//          `npm run build:word-clusters`), --branching 32,8,8 (its levels),
//          --vectors FILE (the binarized word-vector table of the vec group, default
//          models/ner-word-vectors.tsv.gz, also written by `npm run build:word-clusters`; not committed),
//          --extra parstwiner (also train on ParsTwiNER train, tags mapped: POG → ORG, NAT/EVE → O;
//          parstwiner-entities: only its tweets with an entity and no digit; parstwiner-partial, with
//          --trainer crf: all of it, its O a partial label allowing the types it does not mark),
//          --trainer perceptron|crf (crf: gradient-trained CRF, AdaGrad; --rate, --l2 its step and
//          penalty; --average: the model is the mean of the weights over training, Polyak),
//          --ensemble K (train K perceptrons in different sentence orders, each to its best dev epoch,
//          and ship their sum: one linear model, decoding as fast as one; ensemble.ts),
//          --jackknife interleaved|blocks (how training sentences' tag/phrase lexicon folds are drawn:
//          i % 10, or 10 contiguous blocks of the corpus order, so an article's own names stay out),
//          --max-train N (first N PEYMA train sentences only: quick experiments),
//          --refresh-gazetteer (take the actor lexicon's current word lists and rewrite the snapshot
//          models/ner-gazetteer.tsv; without it training reads the snapshot, so rebuilds are exact),
//          --refresh-names (likewise for the whole-name gazetteer of the names group, models/ner-names.tsv,
//          built by scripts/ner-names.ts from lexicon/actors, lexicon/places and the Afghanistan gazetteer).
// Deterministic: fixed seeds for clustering and for the perceptron's sentence order.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { type ConllSentence, countSentence, readConll } from '../src/eval/conll.js';
import { type Counts, formatScores, prf } from '../src/eval/score.js';
import { readKnowledgeText } from '../src/knowledge/files.js';
import { ORG_HEADS, readRows } from '../src/knowledge/schemas/tables.js';
import { DEFAULT_CLUSTER_OPTIONS, learnClusters } from '../src/recognize/tagger/clusters.js';
import { Crf } from '../src/recognize/tagger/crf.js';
import { sumModels } from '../src/recognize/tagger/ensemble.js';
import {
  allGroups,
  FEATURE_GROUPS,
  type FeatureConfig,
  type FeatureGroup,
  type FeatureResources,
  sentenceFeatures,
} from '../src/recognize/tagger/features.js';
import { decode, type TaggerModel } from '../src/recognize/tagger/model.js';
import { parseModel, serializeModel } from '../src/recognize/tagger/model-io.js';
import { normalizeToken } from '../src/recognize/tagger/normalize.js';
import { Perceptron, seededRandom, type TrainingSentence } from '../src/recognize/tagger/perceptron.js';
import { buildPhraseLexicon, jackknifePhraseLexicons } from '../src/recognize/tagger/phrase-lexicon.js';
import { buildTagLexicon, jackknifeTagLexicons } from '../src/recognize/tagger/tag-lexicon.js';
import { TAGS, tagIndex } from '../src/recognize/tagger/tags.js';
import { gazetteer } from '../src/resolve/actors/gazetteer.js';
import { farsSentences, readPeyma, SHARED } from './ner-corpus.js';
import { buildNames } from './ner-names.js';

const { values: args } = parseArgs({
  options: {
    epochs: { type: 'string', default: '14' },
    bits: { type: 'string', default: '20' },
    ablation: { type: 'boolean', default: false },
    ablate: { type: 'string' },
    without: { type: 'string', default: 'embed,head,vec' },
    vectors: {
      type: 'string',
      default: new URL('../models/ner-word-vectors.tsv.gz', import.meta.url).pathname,
    },
    out: { type: 'string', default: new URL('../models/ner.bin', import.meta.url).pathname },
    'clusters-cache': { type: 'string' },
    'refresh-gazetteer': { type: 'boolean', default: false },
    'refresh-names': { type: 'boolean', default: false },
    prune: { type: 'string', default: '0.01' },
    'min-count': { type: 'string', default: '2' },
    embed: {
      type: 'string',
      default: new URL('../models/ner-word-clusters.tsv.gz', import.meta.url).pathname,
    },
    branching: { type: 'string', default: '32,8,8' },
    extra: { type: 'string', default: '' },
    'max-train': { type: 'string' },
    trainer: { type: 'string', default: 'perceptron' },
    rate: { type: 'string', default: '0.1' },
    l2: { type: 'string', default: '0' },
    average: { type: 'boolean', default: false },
    ensemble: { type: 'string', default: '1' },
    jackknife: { type: 'string', default: 'interleaved' },
  },
});
const MAX_EPOCHS = Number(args.epochs);
const BITS = Number(args.bits);
const SEED = 20240229;
const log = (s: string) => process.stderr.write(`${s}\n`);
const t0 = Date.now();
const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(1)}s`;

const peymaTrain = readPeyma('train');
const train = args['max-train'] ? peymaTrain.slice(0, Number(args['max-train'])) : peymaTrain;
const dev = readPeyma('dev');
log(`PEYMA: ${train.length} train, ${dev.length} dev sentences`);

function clusters(): Map<string, number> {
  const cache = args['clusters-cache'];
  if (cache && existsSync(cache)) return new Map(Object.entries(JSON.parse(readFileSync(cache, 'utf8'))));
  const text = [...farsSentences(), ...train.map((s) => s.tokens.map(normalizeToken))];
  const map = learnClusters(text, DEFAULT_CLUSTER_OPTIONS);
  if (cache) writeFileSync(cache, JSON.stringify(Object.fromEntries(map)));
  return map;
}

const GAZETTEER_SNAPSHOT = new URL('../models/ner-gazetteer.tsv', import.meta.url);

/**
 * The actor lexicon's single-word lists, normalized, as bit masks (country, title, organization,
 * person, place). The lists are still growing, so training reads a snapshot (word<TAB>mask lines)
 * kept beside the model; --refresh-gazetteer rebuilds it from src/resolve/actors/gazetteer.ts.
 */
function gazetteerSnapshot(): Map<string, number> {
  if (!args['refresh-gazetteer'] && existsSync(GAZETTEER_SNAPSHOT)) {
    const out = new Map<string, number>();
    for (const line of readFileSync(GAZETTEER_SNAPSHOT, 'utf8').split('\n')) {
      const tab = line.lastIndexOf('\t');
      if (tab > 0) out.set(line.slice(0, tab), Number(line.slice(tab + 1)));
    }
    return out;
  }
  const g = gazetteer();
  const lists = [g.countryWords, g.titleWords, g.orgWords, g.personWords, g.placeWords];
  const out = new Map<string, number>();
  lists.forEach((list, bit) => {
    for (const w of list) {
      const n = normalizeToken(w);
      out.set(n, (out.get(n) ?? 0) | (1 << bit));
    }
  });
  const sorted = [...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  writeFileSync(GAZETTEER_SNAPSHOT, `${sorted.map(([w, m]) => `${w}\t${m}`).join('\n')}\n`);
  return new Map(sorted);
}

const NAMES_SNAPSHOT = new URL('../models/ner-names.tsv', import.meta.url);

/** The whole-name gazetteer (key<TAB>kind lines), from the snapshot unless --refresh-names. */
function namesSnapshot(): Map<string, number> {
  if (!args['refresh-names'] && existsSync(NAMES_SNAPSHOT)) {
    const out = new Map<string, number>();
    for (const line of readFileSync(NAMES_SNAPSHOT, 'utf8').split('\n')) {
      const tab = line.lastIndexOf('\t');
      if (tab > 0) out.set(line.slice(0, tab), Number(line.slice(tab + 1)));
    }
    return out;
  }
  const names = buildNames();
  writeFileSync(NAMES_SNAPSHOT, `${[...names].map(([w, k]) => `${w}\t${k}`).join('\n')}\n`);
  return names;
}

/** lexicon/tagger/org-heads.txt, normalized (the head group). */
function orgHeads(): Map<string, number> {
  const words: string[] = [];
  // Rows read and checked by the file's format (ORG_HEADS: one Persian word a line).
  const file = 'lexicon/tagger/org-heads.txt';
  readRows(file, readKnowledgeText(file), ORG_HEADS, ({ word }) => words.push(normalizeToken(word)));
  return new Map([...new Set(words)].sort().map((w) => [w, 1]));
}

/**
 * The embedding-cluster table: word<TAB>level 1<TAB>…<TAB>finest level, gzip. With fewer levels in
 * --branching than the table has, the table's column of that depth is the finest level used.
 */
function embedClusters(depth: number): Map<string, number> {
  const out = new Map<string, number>();
  const file = args.embed as string;
  if (file === '' || !existsSync(file)) return out;
  for (const line of gunzipSync(readFileSync(file)).toString('utf8').split('\n')) {
    const cols = line.split('\t');
    if (cols.length > depth) out.set(cols[0], Number(cols[depth]));
  }
  return out;
}

/** The binarized word vectors (word<TAB>code, one '+', '-' or '.' a dimension), gzip; the vec group. */
function binarizedVectors(): Map<string, string> {
  const out = new Map<string, string>();
  const file = args.vectors as string;
  if (!existsSync(file)) throw new Error(`${file}: no vector table (npm run build:word-clusters)`);
  for (const line of gunzipSync(readFileSync(file)).toString('utf8').split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) out.set(line.slice(0, tab), line.slice(tab + 1));
  }
  return out;
}

/** ParsTwiNER (tweets, MIT) with PEYMA's tag names: POG (political groups) → ORG; NAT, EVE → O. */
function parsTwiNer(): ConllSentence[] {
  const mapTag = (t: string | null): string => {
    if (t === null || t === 'O') return 'O';
    const [bio, type] = t.split('-');
    if (type === 'PER' || type === 'LOC' || type === 'ORG') return `${bio}_${type}`;
    if (type === 'POG') return `${bio}_ORG`;
    return 'O';
  };
  const text = readFileSync(new URL('data/parstwiner/train.txt', SHARED), 'utf8');
  return readConll(text).map((s) => ({ ...s, tags: s.tags.map(mapTag) }));
}
const extra = (args.extra as string).split(',').filter(Boolean);
for (const e of extra)
  if (e !== 'parstwiner' && e !== 'parstwiner-entities' && e !== 'parstwiner-partial') throw new Error(`--extra: no corpus ${e}`);
// parstwiner-entities: only tweets with a PER/LOC/ORG and no digit, because ParsTwiNER marks no dates,
// sums or percentages: its O on «۱۴۰۰» or «درصد» would teach the model to miss PEYMA's DAT/MON/PCT
// parstwiner-partial (--trainer crf): every tweet, its O read as a partial label: O or any of the types
// ParsTwiNER does not annotate (DAT, TIM, MON, PCT), so it no longer teaches the model to miss them
const PARTIAL = extra.includes('parstwiner-partial');
const extraTrain = extra.includes('parstwiner') || PARTIAL
  ? parsTwiNer()
  : extra.includes('parstwiner-entities')
    ? parsTwiNer().filter(
        (s) => s.tags.some((t) => t !== 'O') && !s.tokens.some((t) => /[0-9۰-۹٠-٩]/.test(t)),
      )
    : [];
if (PARTIAL && args.trainer !== 'crf') throw new Error('--extra parstwiner-partial needs --trainer crf');
/** The tags an O of a corpus that marks only PER, LOC and ORG may stand for. */
const UNMARKED_O = ['O', 'DAT', 'TIM', 'MON', 'PCT'].reduce(
  (m, t) => (t === 'O' ? m | 1 : m | (1 << tagIndex(`B_${t}`)) | (1 << tagIndex(`I_${t}`))),
  0,
);
if (extraTrain.length > 0) log(`extra training data: ParsTwiNER train, ${extraTrain.length} sentences`);

const FOLDS = 10;
const resources: FeatureResources = {
  // the table only when the embed group is on: otherwise the model file stays as before, byte for byte
  embed: (args.without as string).split(',').includes('embed')
    ? new Map()
    : embedClusters((args.branching as string).split(',').length),
  clusters: clusters(),
  gazetteer: gazetteerSnapshot(),
  tagLexicon: buildTagLexicon(train),
  phrases: buildPhraseLexicon(train),
  names: (args.without as string).split(',').includes('names') ? new Map() : namesSnapshot(),
  heads: (args.without as string).split(',').includes('head') ? new Map() : orgHeads(),
  ...((args.without as string).split(',').includes('vec') ? {} : { vectors: binarizedVectors() }),
};
// training sentence i sees the lexicons built without its own fold: i % FOLDS (interleaved, the
// default) or contiguous blocks of the corpus order (--jackknife blocks: neighbouring sentences share
// an article's names, so interleaved folds still let a sentence's lexicon know its article's names)
if (args.jackknife !== 'interleaved' && args.jackknife !== 'blocks')
  throw new Error('--jackknife: interleaved or blocks');
const BLOCKS = args.jackknife === 'blocks';
const foldOf = (i: number): number => (BLOCKS ? Math.floor((i * FOLDS) / train.length) : i % FOLDS);
const byBlock = (k: number) => train.filter((_, i) => foldOf(i) !== k);
const foldPhrases = BLOCKS
  ? Array.from({ length: FOLDS }, (_, k) => buildPhraseLexicon(byBlock(k)))
  : jackknifePhraseLexicons(train, FOLDS);
const foldTags = BLOCKS
  ? Array.from({ length: FOLDS }, (_, k) => buildTagLexicon(byBlock(k)))
  : jackknifeTagLexicons(train, FOLDS);
const foldResources = foldTags.map((tagLexicon, k) => ({
  ...resources,
  tagLexicon,
  phrases: foldPhrases[k],
}));
log(
  `resources: ${resources.clusters.size} clustered words, ${resources.gazetteer.size} gazetteer words, ` +
    `${resources.embed?.size ?? 0} embedding-clustered words, ${resources.tagLexicon.size} tag-lexicon words, ${resources.phrases.size} phrases, ${resources.names?.size ?? 0} names (${elapsed()})`,
);

const MIN_COUNT = Number(args['min-count']);

function featurize(cfg: FeatureConfig, sentences: typeof train): TrainingSentence[] {
  const data = sentences.map((s, i) => ({
    features: sentenceFeatures(s.tokens, foldResources[foldOf(i)], cfg),
    gold: Int32Array.from(s.tags, (t) => tagIndex(t ?? 'O')),
  }));
  // extra corpora are not in the lexicons drawn from PEYMA train: they see the full lexicons
  for (const s of extraTrain) {
    const gold = Int32Array.from(s.tags, (t) => tagIndex(t ?? 'O'));
    data.push({
      features: sentenceFeatures(s.tokens, resources, cfg),
      gold,
      ...(PARTIAL ? { allowed: Uint16Array.from(gold, (t) => (t === 0 ? UNMARKED_O : 1 << t)) } : {}),
    });
  }
  if (MIN_COUNT <= 1) return data;
  // features (hashed buckets) seen fewer than MIN_COUNT times in training never get a weight
  const counts = new Int32Array(1 << cfg.bits);
  for (const d of data) for (const id of d.features.ids) counts[id]++;
  for (const d of data) {
    const { offsets, ids } = d.features;
    const kept = new Int32Array(ids.length);
    const newOffsets = new Int32Array(offsets.length);
    let k = 0;
    for (let i = 0; i + 1 < offsets.length; i++) {
      newOffsets[i] = k;
      for (let j = offsets[i]; j < offsets[i + 1]; j++) if (counts[ids[j]] >= MIN_COUNT) kept[k++] = ids[j];
    }
    newOffsets[offsets.length - 1] = k;
    d.features = { offsets: newOffsets, ids: kept.subarray(0, k) };
  }
  return data;
}

function score(model: TaggerModel): Map<string, Counts> {
  const byType = new Map<string, Counts>();
  for (const s of dev)
    countSentence(
      s.tags,
      Array.from(decode(model, s.tokens), (i) => TAGS[i]),
      byType,
    );
  return byType;
}

function overallF1(byType: Map<string, Counts>): number {
  const total = { tp: 0, fp: 0, fn: 0 };
  for (const c of byType.values()) {
    total.tp += c.tp;
    total.fp += c.fp;
    total.fn += c.fn;
  }
  return 100 * prf(total).f1;
}

interface Trained {
  model: TaggerModel;
  epochs: number;
  f1: number;
  curve: number[];
}

/** Trains up to `maxEpochs`, scoring the averaged model on dev after each; keeps the best epoch. */
function trainModel(cfg: FeatureConfig, maxEpochs: number, prune: number, seed = SEED): Trained {
  const data = featurize(cfg, train);
  const crf = args.trainer === 'crf';
  const p = crf
    ? new Crf(cfg.bits, { rate: Number(args.rate), l2: Number(args.l2) / data.length, average: args.average })
    : new Perceptron(cfg.bits);
  const random = seededRandom(seed);
  const base = { config: cfg, resources, info: {} };
  let best: Trained | null = null;
  const curve: number[] = [];
  for (let e = 1; e <= maxEpochs; e++) {
    const errors = p.epoch(data, random);
    const model = p instanceof Crf ? p.model(base, prune) : p.averaged(base, prune);
    const f1 = overallF1(score(model));
    curve.push(Number(f1.toFixed(2)));
    log(
      `  epoch ${e}: ${crf ? `loss ${errors.toFixed(0)}` : `${errors} training errors`}, dev F1 ${f1.toFixed(2)}, ${model.weights.length / TAGS.length} rows (${elapsed()})`,
    );
    if (!best || f1 > best.f1) best = { model, epochs: e, f1, curve };
    else if (e - best.epochs >= 3) break; // no gain for three epochs: stop
  }
  return best as Trained;
}

const without = (args.without as string).split(',').filter(Boolean);
for (const g of without)
  if (!(FEATURE_GROUPS as readonly string[]).includes(g)) throw new Error(`--without: no feature group ${g}`);
const branching = (args.branching as string).split(',').map(Number);
const full: FeatureConfig = {
  bits: BITS,
  ...(without.includes('embed') ? {} : { embedBranching: branching }),
  groups: { ...allGroups(), ...Object.fromEntries(without.map((g) => [g, false])) },
};
// a model without the embed group keeps the configuration older files have (a rebuild stays identical)
if (!full.groups.embed) delete (full.groups as Partial<Record<FeatureGroup, boolean>>).embed;
if (!full.groups.vec) delete (full.groups as Partial<Record<FeatureGroup, boolean>>).vec;
if (!full.groups.head) delete (full.groups as Partial<Record<FeatureGroup, boolean>>).head;
if (!full.groups.names) delete (full.groups as Partial<Record<FeatureGroup, boolean>>).names;
log('training with all feature groups');
const ENSEMBLE = Number(args.ensemble);
let trained = trainModel(full, MAX_EPOCHS, Number(args.prune));
if (ENSEMBLE > 1) {
  const members = [trained];
  // member k shuffles with its own seed; the first is the single model trained above
  for (let k = 1; k < ENSEMBLE; k++) {
    log(`ensemble member ${k + 1} of ${ENSEMBLE}`);
    members.push(trainModel(full, MAX_EPOCHS, Number(args.prune), SEED + 7919 * k));
  }
  const model = sumModels(members.map((m) => m.model));
  const f1 = overallF1(score(model));
  log(`ensemble of ${ENSEMBLE}: members ${members.map((m) => m.f1.toFixed(2)).join(', ')} → dev F1 ${f1.toFixed(2)}`);
  trained = { model, epochs: trained.epochs, f1, curve: members.map((m) => Number(m.f1.toFixed(2))) };
  trained.model.info = {};
  (trained as Trained & { memberEpochs?: number[] }).memberEpochs = members.map((m) => m.epochs);
}
trained.model.info = {
  trainedOn: `PEYMA train (${train.length.toLocaleString('en-US')} sentences)${extraTrain.length ? ` + ParsTwiNER train (${extraTrain.length})` : ''}; epochs chosen on PEYMA dev`,
  clustersFrom: 'Fars News corpus (900 articles) + PEYMA train tokens, unlabeled',
  ...(resources.embed?.size
    ? {
        embedFrom:
          'fastText skip-gram vectors of PerDT, Fars News, NTREX prs/fas, PEYMA and ParsTwiNER train text (unlabeled), hierarchical k-means',
      }
    : {}),
  epochs: trained.epochs,
  ...(ENSEMBLE > 1
    ? { ensemble: ENSEMBLE, memberEpochs: (trained as Trained & { memberEpochs?: number[] }).memberEpochs }
    : {}),
  devF1: Number(trained.f1.toFixed(2)),
  devCurve: trained.curve,
  seed: SEED,
  minCount: MIN_COUNT,
  command: 'npm run train:ner',
};
const bytes = serializeModel(trained.model);
writeFileSync(args.out as string, bytes);
const reloaded = parseModel(bytes);
const devScores = score(reloaded);
log(
  `wrote ${args.out}: ${(bytes.length / 1e6).toFixed(2)} MB, ${reloaded.weights.length / TAGS.length} rows, best epoch ${trained.epochs} (${elapsed()})`,
);
process.stdout.write(
  `dev scores of the written (quantized) model, strict entity level:\n${formatScores(devScores)}\n`,
);

if (args.ablation || args.ablate) {
  const wanted = (args.ablate ? (args.ablate as string).split(',') : [...FEATURE_GROUPS]).filter(
    (g) => full.groups[g as FeatureGroup],
  );
  const rows = [`| features | dev F1 | Δ | epochs |`, `| --- | --- | --- | --- |`];
  const allF1 = overallF1(devScores);
  rows.push(`| all groups | ${allF1.toFixed(2)} | — | ${trained.epochs} |`);
  for (const group of wanted) {
    const groups = { ...full.groups, [group]: false } as Record<FeatureGroup, boolean>;
    log(`ablation: without ${group}`);
    const t = trainModel({ ...full, groups }, MAX_EPOCHS, Number(args.prune));
    rows.push(`| without ${group} | ${t.f1.toFixed(2)} | ${(t.f1 - allF1).toFixed(2)} | ${t.epochs} |`);
  }
  process.stdout.write(`\n${rows.join('\n')}\n`);
}
log(`done in ${elapsed()}`);
