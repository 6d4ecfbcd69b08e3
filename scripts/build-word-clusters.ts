// `npm run build:word-clusters`: learns word representations from unlabeled Persian and writes the
// derived table models/ner-word-clusters.tsv.gz that `npm run train:ner` reads (so training needs
// neither fastText nor this script). Steps:
//   1. the unlabeled text (normalized as the tagger's features normalize it, one sentence a line):
//      PerDT train tokens, the Fars News corpus, NTREX Dari and Farsi, PEYMA train and ParsTwiNER
//      train tokens (their tags are not read);
//   2. fastText skip-gram vectors with character n-grams (Debian's `fasttext`, one thread, fixed
//      seed: reproducible), so rare words get a vector from their spelling too;
//   3. hierarchical spherical k-means of the unit vectors: 32 clusters, each split into 8 (256),
//      each of those into 8 (2,048): three nested granularities, like Brown-cluster bit prefixes.
// Output: word<TAB>level1<TAB>level2<TAB>level3 for every word of the unlabeled text seen at least
// twice (and words seen once that fastText still places by their n-grams), gzip.
// Also the same vectors binarized per dimension (Guo et al. 2014: '+' at or above the mean of the
// dimension's positive values, '-' at or below the mean of its negatives, '.' between), one string a
// word, for the tagger's vec group: models/ner-word-vectors.tsv.gz (--vectors-out).
// Needs `apt-get install -y fasttext` (build time only). Options: --dim, --epoch, --min-count, --keep DIR,
// --reuse (with --keep: take DIR/vectors.bin from an earlier run instead of training again).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { readConll } from '../src/eval/conll.js';
import { sphericalKMeans } from '../src/recognize/tagger/clusters.js';
import { normalizeToken } from '../src/recognize/tagger/normalize.js';
import { seededRandom } from '../src/recognize/tagger/perceptron.js';
import { farsSentences, readPeyma, SHARED, TOKEN_RE } from './ner-corpus.js';

const { values: args } = parseArgs({
  options: {
    dim: { type: 'string', default: '100' },
    epoch: { type: 'string', default: '10' },
    'min-count': { type: 'string', default: '2' },
    branching: { type: 'string', default: '32,8,8' },
    keep: { type: 'string' },
    reuse: { type: 'boolean', default: false },
    'vectors-out': {
      type: 'string',
      default: new URL('../models/ner-word-vectors.tsv.gz', import.meta.url).pathname,
    },
    out: { type: 'string', default: new URL('../models/ner-word-clusters.tsv.gz', import.meta.url).pathname },
  },
});
const log = (s: string) => process.stderr.write(`${s}\n`);
const SEED = 1403;

const read = (path: string) => readFileSync(new URL(path, SHARED), 'utf8');
const norm = (tokens: readonly string[]) => tokens.map(normalizeToken).filter((t) => t !== '');

function unlabeledSentences(): string[][] {
  const out: string[][] = [];
  // PerDT: one token per line, a blank line between sentences
  for (const block of read('data/perdt/train-tokens.txt').split(/\n\s*\n/))
    out.push(norm(block.split('\n').filter((l) => l.trim() !== '')));
  out.push(...farsSentences());
  for (const lang of ['prs', 'fas'])
    for (const line of read(`corpus/ntrex/newstest2019-ref.${lang}.txt`).split('\n'))
      out.push(norm(line.match(TOKEN_RE) ?? []));
  for (const s of readPeyma('train')) out.push(norm(s.tokens));
  for (const s of readConll(read('data/parstwiner/train.txt'))) out.push(norm(s.tokens));
  return out.filter((s) => s.length > 0);
}

// fastText splits on whitespace; the normalized forms hold spaces (from ZWNJ): written as U+2063
const SPACE_MARK = '\u2063';
const encode = (w: string) => w.replaceAll(' ', SPACE_MARK);
const decodeWord = (w: string) => w.replaceAll(SPACE_MARK, ' ');

const sentences = unlabeledSentences();
const freq = new Map<string, number>();
for (const s of sentences) for (const w of s) freq.set(w, (freq.get(w) ?? 0) + 1);
log(
  `unlabeled text: ${sentences.length} sentences, ${sentences.reduce((a, s) => a + s.length, 0)} tokens, ${freq.size} types`,
);

const dir = args.keep ?? mkdtempSync(join(tmpdir(), 'rasad-vectors-'));
const corpus = join(dir, 'corpus.txt');
writeFileSync(corpus, `${sentences.map((s) => s.map(encode).join(' ')).join('\n')}\n`);
const run = (argv: string[], input?: string): string => {
  const r = spawnSync('fasttext', argv, { input, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.error || r.status !== 0)
    throw new Error(
      `fasttext ${argv[0]} failed: ${r.error?.message ?? r.stderr.slice(-500)} (apt-get install -y fasttext)`,
    );
  return r.stdout;
};
const t0 = Date.now();
if (!(args.reuse && args.keep && existsSync(join(dir, 'vectors.bin'))))
  run([
  'skipgram',
  ...['-input', corpus, '-output', join(dir, 'vectors')],
  ...['-dim', args.dim as string, '-epoch', args.epoch as string, '-minCount', args['min-count'] as string],
  ...['-minn', '2', '-maxn', '5', '-ws', '5', '-thread', '1', '-seed', String(SEED), '-verbose', '0'],
]);
log(`fastText skip-gram: ${((Date.now() - t0) / 1000).toFixed(0)} s`);

// vectors of every word of the text (rare words from their n-grams), in a fixed order
const vocab = [...freq.keys()].filter((w) => !/^\d+$/.test(w)).sort();
const lines = run(['print-word-vectors', join(dir, 'vectors.bin')], `${vocab.map(encode).join('\n')}\n`)
  .trimEnd()
  .split('\n');
if (lines.length !== vocab.length)
  throw new Error(`fasttext returned ${lines.length} vectors for ${vocab.length} words`);
const dims = Number(args.dim);
const data = new Float32Array(vocab.length * dims);
lines.forEach((line, r) => {
  const parts = line.trimEnd().split(' ');
  const values = parts.slice(parts.length - dims);
  let n = 0;
  for (let d = 0; d < dims; d++) {
    const v = Number(values[d]);
    data[r * dims + d] = v;
    n += v * v;
  }
  const inv = n > 0 ? 1 / Math.sqrt(n) : 0;
  for (let d = 0; d < dims; d++) data[r * dims + d] *= inv;
  if (parts.length !== dims + 1 || decodeWord(parts[0]) !== vocab[r])
    throw new Error(`fasttext vector ${r} is not for «${vocab[r]}»`);
});

// binarized vectors: per dimension, the means of its positive and of its negative values
{
  const pos = new Float64Array(dims);
  const neg = new Float64Array(dims);
  const np = new Float64Array(dims);
  const nn = new Float64Array(dims);
  for (let r = 0; r < vocab.length; r++)
    for (let d = 0; d < dims; d++) {
      const v = data[r * dims + d];
      if (v > 0) {
        pos[d] += v;
        np[d]++;
      } else if (v < 0) {
        neg[d] += v;
        nn[d]++;
      }
    }
  for (let d = 0; d < dims; d++) {
    pos[d] = np[d] ? pos[d] / np[d] : Infinity;
    neg[d] = nn[d] ? neg[d] / nn[d] : -Infinity;
  }
  const rows = vocab.map((w, r) => {
    let code = '';
    for (let d = 0; d < dims; d++) {
      const v = data[r * dims + d];
      code += v >= pos[d] ? '+' : v <= neg[d] ? '-' : '.';
    }
    return `${w}\t${code}`;
  });
  writeFileSync(args['vectors-out'] as string, gzipSync(`${rows.join('\n')}\n`, { level: 9 }));
  log(`wrote ${args['vectors-out']}: ${vocab.length} binarized vectors`);
}

// hierarchical k-means: level k splits every cluster of level k-1
const branching = (args.branching as string).split(',').map(Number);
const random = seededRandom(SEED);
let assign = new Int32Array(vocab.length); // all in cluster 0 before level 1
const levels: Int32Array[] = [];
let clusters = 1;
for (const b of branching) {
  const next = new Int32Array(vocab.length);
  for (let c = 0; c < clusters; c++) {
    const members: number[] = [];
    for (let r = 0; r < vocab.length; r++) if (assign[r] === c) members.push(r);
    if (members.length === 0) continue;
    const sub = new Float32Array(members.length * dims);
    members.forEach((r, i) => {
      sub.set(data.subarray(r * dims, (r + 1) * dims), i * dims);
    });
    const km = sphericalKMeans(sub, members.length, dims, b, 15, random);
    members.forEach((r, i) => {
      next[r] = c * b + km.assign[i];
    });
  }
  clusters *= b;
  levels.push(next);
  assign = next;
  log(`level of ${clusters} clusters done (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
}
const rows = vocab.map((w, r) => `${w}\t${levels.map((l) => l[r]).join('\t')}`);
writeFileSync(args.out as string, gzipSync(`${rows.join('\n')}\n`, { level: 9 }));
if (!args.keep) rmSync(dir, { recursive: true });
log(`wrote ${args.out}: ${vocab.length} words`);
