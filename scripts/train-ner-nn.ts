// Trains the neural tagger of src/recognize/tagger/neural.ts (issue 14) on PEYMA train, stacked on the
// perceptron's out-of-fold emission scores (scripts/ner-stack-scores.ts), choosing the epoch on PEYMA
// dev. CRF negative log-likelihood, Adam (lazy for embedding rows), minibatches of sentences, input
// dropout, word dropout for words seen once. Deterministic for a seed (one thread, seeded generator).
//
//   node --import tsx scripts/train-ner-nn.ts --scores /tmp/ner-stack-scores.json [--epochs 8]
//     [--seed 1] [--hidden 64] [--window 2] [--lr 0.001] [--batch 16] [--dropout 0.25]
//     [--alpha A] (the calibration factor; default: the best of six on an eighth of train)
//     [--rnn G] (also a bidirectional GRU of G units a direction over the token vectors, its states
//     linearly added to the emissions; training only: the run-time path has no GRU)
//     [--loss crf|hinge] (hinge: structured max-margin, cost-augmented Viterbi with a cost of 1 a
//     wrong token tag: gradient = predicted path − gold path, like the perceptron, not marginals)
//     [--freeze] (keep alpha, the transitions and the start weights at a × the perceptron's: the
//     network only learns an additive correction to the perceptron's emissions)
//     [--no-stack] (the perceptron's scores neither in the vectors nor in the emissions)
//     [--out FILE] (writes the best epoch's model in the run-time format, e.g. models/ner-nn.bin)
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { countSentence } from '../src/eval/conll.js';
import { type Counts, formatScores, prf } from '../src/eval/score.js';
import { parseModel } from '../src/recognize/tagger/model-io.js';
import {
  ALLOWED,
  ALLOWED_START,
  CLUSTER_ROWS,
  DEFAULT_DIMS,
  fillToken,
  forward,
  type NeuralDims,
  type NeuralModel,
  type NeuralParams,
  SHAPES,
  tokenDim,
  type WordIds,
  wordIds,
} from '../src/recognize/tagger/neural.js';
import { serializeNeural } from '../src/recognize/tagger/neural-io.js';
import { normalizeToken } from '../src/recognize/tagger/normalize.js';
import { seededRandom, shuffledOrder } from '../src/recognize/tagger/perceptron.js';
import { NUM_TAGS, TAGS, tagIndex } from '../src/recognize/tagger/tags.js';
import { viterbi } from '../src/recognize/tagger/viterbi.js';
import { readPeyma } from './ner-corpus.js';

const { values: args } = parseArgs({
  options: {
    scores: { type: 'string', default: '/tmp/ner-stack-scores.json' },
    epochs: { type: 'string', default: '8' },
    seed: { type: 'string', default: '1' },
    hidden: { type: 'string', default: String(DEFAULT_DIMS.hidden) },
    window: { type: 'string', default: String(DEFAULT_DIMS.window) },
    lr: { type: 'string', default: '0.001' },
    batch: { type: 'string', default: '16' },
    dropout: { type: 'string', default: '0.25' },
    'no-stack': { type: 'boolean', default: false },
    rnn: { type: 'string', default: '0' },
    loss: { type: 'string', default: 'crf' },
    freeze: { type: 'boolean', default: false },
    alpha: { type: 'string', default: '' },
    'max-train': { type: 'string' },
    out: { type: 'string' },
  },
});
const T = NUM_TAGS;
const log = (s: string) => process.stderr.write(`${s}\n`);
const t0 = Date.now();
const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(1)}s`;
const cpu0 = process.cpuUsage();
const cpuS = () => {
  const c = process.cpuUsage(cpu0);
  return ((c.user + c.system) / 1e6).toFixed(0);
};

const random = seededRandom(Number(args.seed) * 7919 + 17);
const gauss = () => {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
};

const shipped = parseModel(readFileSync(new URL('../models/ner.bin', import.meta.url)));
let train = readPeyma('train');
const dev = readPeyma('dev');
const stack = JSON.parse(readFileSync(args.scores as string, 'utf8')) as {
  train: number[][];
  dev: number[][];
};
let trainP = stack.train.map((a) => Float32Array.from(a));
const devP = stack.dev.map((a) => Float32Array.from(a));
if (args['max-train']) {
  train = train.slice(0, Number(args['max-train']));
  trainP = trainP.slice(0, train.length);
}
const NO_STACK = args['no-stack'];
if (NO_STACK) for (const a of [...trainP, ...devP]) a.fill(0);

// the fastText k-means clusters (word, level 1, level 2, level 3): keep the finest id
const embed = new Map<string, number>();
for (const line of gunzipSync(readFileSync(new URL('../models/ner-word-clusters.tsv.gz', import.meta.url)))
  .toString('utf8')
  .split('\n')) {
  const cols = line.split('\t');
  if (cols.length >= 4) embed.set(cols[0], Number(cols[3]));
}

const counts = new Map<string, number>();
for (const s of train)
  for (const t of s.tokens) {
    const w = normalizeToken(t);
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
const vocab = new Map<string, number>();
for (const w of [...counts.keys()].sort()) vocab.set(w, vocab.size + 1);

// perceptron score scale inside the vectors: 1 / standard deviation over train tokens
let sum = 0;
let sq = 0;
let num = 0;
for (const a of trainP)
  for (const x of a) {
    sum += x;
    sq += x * x;
    num++;
  }
const std = Math.sqrt(Math.max(sq / num - (sum / num) ** 2, 1e-9));
log(
  `perceptron scores: mean ${(sum / num).toFixed(2)}, std ${std.toFixed(2)}; vocab ${vocab.size}, embed ${embed.size}`,
);

const dims: NeuralDims = { ...DEFAULT_DIMS, hidden: Number(args.hidden), window: Number(args.window) };
const D = tokenDim(dims);
const H = dims.hidden;
const Wn = 2 * dims.window + 1;

interface Table {
  name: string;
  data: Float32Array;
  grad: Float32Array;
  m: Float32Array;
  v: Float32Array;
  dim: number;
  sparse: boolean;
  touched: Uint8Array;
  list: number[];
}
const tables: Table[] = [];
function table(
  name: string,
  rows: number,
  dim: number,
  sparse: boolean,
  init: (k: number) => number,
): Float32Array {
  const data = Float32Array.from({ length: rows * dim }, (_, k) => init(k));
  tables.push({
    name,
    data,
    grad: new Float32Array(rows * dim),
    m: new Float32Array(rows * dim),
    v: new Float32Array(rows * dim),
    dim,
    sparse,
    touched: new Uint8Array(sparse ? rows : 0),
    list: [],
  });
  return data;
}
const emb = () => gauss() * 0.1;
const w1Scale = Math.sqrt(2 / (Wn * D));
const params: NeuralParams = {
  word: table('word', vocab.size + 1, dims.word, true, emb),
  c1: table('c1', CLUSTER_ROWS.c1, dims.c1, true, emb),
  c2: table('c2', CLUSTER_ROWS.c2, dims.c2, true, emb),
  c3: table('c3', CLUSTER_ROWS.c3, dims.c3, true, emb),
  cf: table('cf', CLUSTER_ROWS.cf, dims.cf, true, emb),
  cc: table('cc', CLUSTER_ROWS.cc, dims.cc, true, emb),
  affix: table('affix', 1 << dims.affixBits, dims.affix, true, () => gauss() * 0.04),
  shape: table('shape', SHAPES, dims.shape, true, emb),
  pad: table('pad', 1, D, false, emb),
  W1: table('W1', H, Wn * D, false, () => gauss() * w1Scale),
  b1: table('b1', 1, H, false, () => 0.01),
  W2: table('W2', T, H, false, () => gauss() * 0.01),
  b2: table('b2', 1, T, false, () => 0),
  alpha: table('alpha', 1, T, false, () => (NO_STACK ? 0 : 1)),
  trans: table('trans', T, T, false, (k) => shipped.transition[k]),
  start: table('start', 1, T, false, (k) => shipped.start[k]),
};
const model: NeuralModel = {
  dims,
  vocab,
  embed,
  clusters: shipped.resources.clusters,
  gazetteer: shipped.resources.gazetteer,
  pScale: 1 / std,
  params,
};
const byName = new Map(tables.map((t) => [t.name, t]));
const G = (name: string) => (byName.get(name) as Table).grad;
function touch(name: string, row: number) {
  const t = byName.get(name) as Table;
  if (!t.touched[row]) {
    t.touched[row] = 1;
    t.list.push(row);
  }
}

// ---- optional BiGRU (--rnn G): emis[i] += Wo · [forward state i; backward state i] ----
const GU = Number(args.rnn);
const IN = D + GU;
const gruDirs = GU > 0 ? [0, 1] : [];
const gp = (name: string) => (byName.get(name) as Table).data;
for (const dir of gruDirs) {
  for (const gate of ['z', 'r', 'h']) {
    table(`W${gate}${dir}`, GU, IN, false, () => gauss() * Math.sqrt(1 / IN));
    table(`b${gate}${dir}`, 1, GU, false, () => 0);
  }
}
if (GU > 0 && args.out) throw new Error('--rnn: the run-time format has no GRU; drop --out');
if (GU > 0) table('Wo', T, 2 * GU, false, () => gauss() * 0.01);
for (const t of tables) byName.set(t.name, t);
// per direction: states (n+1) × G (row 0 the zero start), gates and candidate n × G, r ⊙ h_prev
let gruS: Float32Array[] = [];
let gruZ: Float32Array[] = [];
let gruR: Float32Array[] = [];
let gruC: Float32Array[] = [];
let gruRH: Float32Array[] = [];
let gruCap = 0;
const sig = (x: number) => 1 / (1 + Math.exp(-x));
function gruGrow(n: number) {
  if (gruCap >= n) return;
  gruCap = Math.max(n, 2 * gruCap);
  const mk = (rows: number) => [0, 1].map(() => new Float32Array(rows * GU));
  gruS = mk(gruCap + 1);
  gruZ = mk(gruCap);
  gruR = mk(gruCap);
  gruC = mk(gruCap);
  gruRH = mk(gruCap);
}
function gruForward(n: number) {
  if (GU === 0) return;
  gruGrow(n);
  const Wo = gp('Wo');
  for (const dir of gruDirs) {
    const Wz = gp(`Wz${dir}`),
      Wr = gp(`Wr${dir}`),
      Wh = gp(`Wh${dir}`);
    const bz = gp(`bz${dir}`),
      br = gp(`br${dir}`),
      bh = gp(`bh${dir}`);
    const S = gruS[dir],
      Z = gruZ[dir],
      R = gruR[dir],
      C = gruC[dir],
      RH = gruRH[dir];
    S.fill(0, 0, GU);
    for (let st = 0; st < n; st++) {
      const tok = dir === 0 ? st : n - 1 - st;
      const xb = tok * D;
      const hb = st * GU;
      for (let g = 0; g < GU; g++) {
        let az = bz[g];
        let ar = br[g];
        const wb = g * IN;
        for (let k = 0; k < D; k++) {
          az += Wz[wb + k] * X[xb + k];
          ar += Wr[wb + k] * X[xb + k];
        }
        for (let j = 0; j < GU; j++) {
          az += Wz[wb + D + j] * S[hb + j];
          ar += Wr[wb + D + j] * S[hb + j];
        }
        Z[hb + g] = sig(az);
        R[hb + g] = sig(ar);
      }
      for (let j = 0; j < GU; j++) RH[hb + j] = R[hb + j] * S[hb + j];
      for (let g = 0; g < GU; g++) {
        let ah = bh[g];
        const wb = g * IN;
        for (let k = 0; k < D; k++) ah += Wh[wb + k] * X[xb + k];
        for (let j = 0; j < GU; j++) ah += Wh[wb + D + j] * RH[hb + j];
        const c = Math.tanh(ah);
        C[hb + g] = c;
        const z = Z[hb + g];
        S[hb + GU + g] = (1 - z) * S[hb + g] + z * c;
      }
      for (let t = 0; t < T; t++) {
        let e = 0;
        const ob = t * 2 * GU + dir * GU;
        for (let g = 0; g < GU; g++) e += Wo[ob + g] * S[hb + GU + g];
        emis[tok * T + t] += e;
      }
    }
  }
}
const dOut = new Float32Array(Math.max(GU, 1));
const dh = new Float32Array(Math.max(GU, 1));
const dhp = new Float32Array(Math.max(GU, 1));
const dah = new Float32Array(Math.max(GU, 1));
const daz = new Float32Array(Math.max(GU, 1));
const dar = new Float32Array(Math.max(GU, 1));
const drh = new Float32Array(Math.max(GU, 1));
function gruBackward(n: number) {
  if (GU === 0) return;
  const Wo = gp('Wo');
  const gWo = G('Wo');
  for (const dir of gruDirs) {
    const Wz = gp(`Wz${dir}`),
      Wr = gp(`Wr${dir}`),
      Wh = gp(`Wh${dir}`);
    const gWz = G(`Wz${dir}`),
      gWr = G(`Wr${dir}`),
      gWh = G(`Wh${dir}`);
    const gbz = G(`bz${dir}`),
      gbr = G(`br${dir}`),
      gbh = G(`bh${dir}`);
    const S = gruS[dir],
      Z = gruZ[dir],
      R = gruR[dir],
      C = gruC[dir],
      RH = gruRH[dir];
    dh.fill(0);
    for (let st = n - 1; st >= 0; st--) {
      const tok = dir === 0 ? st : n - 1 - st;
      const xb = tok * D;
      const hb = st * GU;
      dOut.fill(0);
      for (let t = 0; t < T; t++) {
        const ge = gE[tok * T + t];
        const ob = t * 2 * GU + dir * GU;
        for (let g = 0; g < GU; g++) {
          gWo[ob + g] += ge * S[hb + GU + g];
          dOut[g] += Wo[ob + g] * ge;
        }
      }
      for (let g = 0; g < GU; g++) {
        const d = dh[g] + dOut[g];
        const z = Z[hb + g];
        const c = C[hb + g];
        const hp = S[hb + g];
        dah[g] = d * z * (1 - c * c);
        daz[g] = d * (c - hp) * z * (1 - z);
        dhp[g] = d * (1 - z);
      }
      drh.fill(0);
      for (let g = 0; g < GU; g++) {
        const a = dah[g];
        if (a === 0) continue;
        gbh[g] += a;
        const wb = g * IN;
        for (let k = 0; k < D; k++) {
          gWh[wb + k] += a * X[xb + k];
          gX[xb + k] += Wh[wb + k] * a;
        }
        for (let j = 0; j < GU; j++) {
          gWh[wb + D + j] += a * RH[hb + j];
          drh[j] += Wh[wb + D + j] * a;
        }
      }
      for (let j = 0; j < GU; j++) {
        const r = R[hb + j];
        dar[j] = drh[j] * S[hb + j] * r * (1 - r);
        dhp[j] += drh[j] * r;
      }
      for (const [W, gW, gb, da] of [
        [Wz, gWz, gbz, daz],
        [Wr, gWr, gbr, dar],
      ] as const) {
        for (let g = 0; g < GU; g++) {
          const a = da[g];
          if (a === 0) continue;
          gb[g] += a;
          const wb = g * IN;
          for (let k = 0; k < D; k++) {
            gW[wb + k] += a * X[xb + k];
            gX[xb + k] += W[wb + k] * a;
          }
          for (let j = 0; j < GU; j++) {
            gW[wb + D + j] += a * S[hb + j];
            dhp[j] += W[wb + D + j] * a;
          }
        }
      }
      dh.set(dhp);
    }
  }
}

const trainIds: WordIds[][] = train.map((s) => s.tokens.map((t) => wordIds(model, t)));
const devIds: WordIds[][] = dev.map((s) => s.tokens.map((t) => wordIds(model, t)));
const trainGold = train.map((s) => Int32Array.from(s.tags, (t) => tagIndex(t ?? 'O')));
const singleton = trainIds.map((ids, i) =>
  ids.map((_, j) => counts.get(normalizeToken(train[i].tokens[j])) === 1),
);
log(
  `data ready: ${train.length} train, ${dev.length} dev sentences, token dim ${D}, window ${Wn}, hidden ${H} (${elapsed()})`,
);

// scratch
let X = new Float32Array(0);
let mask = new Float32Array(0);
let pre = new Float32Array(0);
let emis = new Float32Array(0);
let gE = new Float32Array(0);
let gX = new Float32Array(0);
let fa = new Float64Array(0);
let fb = new Float64Array(0);
const gh = new Float32Array(H);
function grow(n: number) {
  if (X.length >= n * D) return;
  X = new Float32Array(n * D);
  mask = new Float32Array(n * D);
  pre = new Float32Array(n * H);
  emis = new Float32Array(n * T);
  gE = new Float32Array(n * T);
  gX = new Float32Array(n * D);
  fa = new Float64Array(n * T);
  fb = new Float64Array(n * T);
}

const DROP = Number(args.dropout);
function buildX(ids: WordIds[], p: Float32Array, train: boolean, single?: boolean[]) {
  const n = ids.length;
  for (let i = 0; i < n; i++) {
    let w = ids[i];
    if (train && single?.[i] && random() < 0.5) w = { ...w, word: 0 };
    fillToken(model, w, p, i * T, X, i * D);
  }
  if (train && DROP > 0) {
    const keep = 1 / (1 - DROP);
    for (let k = 0; k < n * D; k++) {
      mask[k] = random() < DROP ? 0 : keep;
      X[k] *= mask[k];
    }
  }
}

function logAdd(a: number, b: number): number {
  if (a === -Infinity) return b;
  if (b === -Infinity) return a;
  return a > b ? a + Math.log1p(Math.exp(b - a)) : b + Math.log1p(Math.exp(a - b));
}

/** CRF forward-backward over emis: fills gE = marginals − gold and the transition gradients; returns NLL. */
function crf(n: number, gold: Int32Array): number {
  const { trans, start } = params;
  const gT = G('trans');
  const gS = G('start');
  for (let c = 0; c < T; c++) fa[c] = ALLOWED_START[c] ? start[c] + emis[c] : -Infinity;
  for (let i = 1; i < n; i++)
    for (let c = 0; c < T; c++) {
      let s = -Infinity;
      for (let p = 0; p < T; p++)
        if (ALLOWED[p * T + c]) s = logAdd(s, fa[(i - 1) * T + p] + trans[p * T + c]);
      fa[i * T + c] = s + emis[i * T + c];
    }
  for (let c = 0; c < T; c++) fb[(n - 1) * T + c] = 0;
  for (let i = n - 2; i >= 0; i--)
    for (let p = 0; p < T; p++) {
      let s = -Infinity;
      for (let c = 0; c < T; c++)
        if (ALLOWED[p * T + c]) s = logAdd(s, trans[p * T + c] + emis[(i + 1) * T + c] + fb[(i + 1) * T + c]);
      fb[i * T + p] = s;
    }
  let logZ = -Infinity;
  for (let c = 0; c < T; c++) logZ = logAdd(logZ, fa[(n - 1) * T + c]);
  for (let i = 0; i < n; i++)
    for (let c = 0; c < T; c++) {
      const m = Math.exp(fa[i * T + c] + fb[i * T + c] - logZ);
      gE[i * T + c] = m - (gold[i] === c ? 1 : 0);
    }
  for (let c = 0; c < T; c++) gS[c] += Math.exp(fa[c] + fb[c] - logZ) - (gold[0] === c ? 1 : 0);
  for (let i = 1; i < n; i++)
    for (let p = 0; p < T; p++) {
      const ap = fa[(i - 1) * T + p];
      if (ap === -Infinity) continue;
      for (let c = 0; c < T; c++) {
        if (!ALLOWED[p * T + c]) continue;
        const m = Math.exp(ap + trans[p * T + c] + emis[i * T + c] + fb[i * T + c] - logZ);
        gT[p * T + c] += m;
      }
    }
  let goldScore = start[gold[0]] + emis[gold[0]];
  for (let i = 1; i < n; i++) {
    gT[gold[i - 1] * T + gold[i]] -= 1;
    goldScore += trans[gold[i - 1] * T + gold[i]] + emis[i * T + gold[i]];
  }
  return logZ - goldScore;
}

let costly = new Float32Array(0);
/** Structured hinge: fills gE = predicted − gold (cost-augmented Viterbi) and the transition gradients. */
function hinge(n: number, gold: Int32Array): number {
  const { trans, start } = params;
  if (costly.length < n * T) costly = new Float32Array(n * T * 2);
  for (let i = 0; i < n; i++)
    for (let c = 0; c < T; c++) costly[i * T + c] = emis[i * T + c] + (gold[i] === c ? 0 : 1);
  const pred = viterbi(n, costly, trans, start);
  let predScore = start[pred[0]] + costly[pred[0]];
  let goldScore = start[gold[0]] + emis[gold[0]];
  for (let i = 1; i < n; i++) {
    predScore += trans[pred[i - 1] * T + pred[i]] + costly[i * T + pred[i]];
    goldScore += trans[gold[i - 1] * T + gold[i]] + emis[i * T + gold[i]];
  }
  gE.fill(0, 0, n * T);
  const loss = predScore - goldScore;
  if (loss <= 0) return 0;
  const gT = G('trans');
  const gS = G('start');
  gS[pred[0]] += 1;
  gS[gold[0]] -= 1;
  for (let i = 0; i < n; i++) {
    gE[i * T + pred[i]] += 1;
    gE[i * T + gold[i]] -= 1;
    if (i > 0) {
      gT[pred[i - 1] * T + pred[i]] += 1;
      gT[gold[i - 1] * T + gold[i]] -= 1;
    }
  }
  return loss;
}

function backward(n: number, ids: WordIds[], p: Float32Array) {
  const { W1, W2, alpha } = params;
  const gW1 = G('W1');
  const gb1 = G('b1');
  const gW2 = G('W2');
  const gb2 = G('b2');
  const ga = G('alpha');
  const gpad = G('pad');
  const row = Wn * D;
  gX.fill(0, 0, n * D);
  for (let i = 0; i < n; i++) {
    gh.fill(0);
    for (let t = 0; t < T; t++) {
      const g = gE[i * T + t];
      gb2[t] += g;
      ga[t] += g * p[i * T + t];
      const wb = t * H;
      for (let h = 0; h < H; h++) {
        const v = pre[i * H + h];
        if (v > 0) {
          gW2[wb + h] += g * v;
          gh[h] += W2[wb + h] * g;
        }
      }
    }
    for (let h = 0; h < H; h++) {
      const g = gh[h];
      if (g === 0 || pre[i * H + h] <= 0) continue;
      gb1[h] += g;
      const wb = h * row;
      for (let o = 0; o < Wn; o++) {
        const j = i + o - dims.window;
        const out = j < 0 || j >= n;
        const src = out ? params.pad : X;
        const dst = out ? gpad : gX;
        const xb = out ? 0 : j * D;
        const ob = wb + o * D;
        for (let k = 0; k < D; k++) {
          gW1[ob + k] += g * src[xb + k];
          dst[xb + k] += W1[ob + k] * g;
        }
      }
    }
  }
  void alpha;
  gruBackward(n);
  // through the dropout mask into the embedding rows
  const parts: [string, number][] = [
    ['word', dims.word],
    ['c1', dims.c1],
    ['c2', dims.c2],
    ['c3', dims.c3],
    ['cf', dims.cf],
    ['cc', dims.cc],
    ['affix', dims.affix],
    ['shape', dims.shape],
  ];
  for (let i = 0; i < n; i++) {
    let o = i * D;
    if (DROP > 0) for (let k = 0; k < D; k++) gX[i * D + k] *= mask[i * D + k];
    for (const [name, dim] of parts) {
      const g = G(name);
      const rowsOf = name === 'affix' ? Array.from(ids[i].affix) : [ids[i][name as 'word'] as number];
      for (const r of rowsOf) {
        touch(name, r);
        const b = r * dim;
        for (let k = 0; k < dim; k++) g[b + k] += gX[o + k];
      }
      o += dim;
    }
  }
}

const LR = Number(args.lr);
const B1 = 0.9;
const B2 = 0.999;
let step = 0;
const FROZEN = new Set(args.freeze ? ['alpha', 'trans', 'start'] : []);
function update() {
  step++;
  const c1 = 1 - B1 ** step;
  const c2 = 1 - B2 ** step;
  for (const t of tables) {
    if (FROZEN.has(t.name)) {
      t.grad.fill(0);
      continue;
    }
    const apply = (k: number) => {
      const g = t.grad[k];
      t.m[k] = B1 * t.m[k] + (1 - B1) * g;
      t.v[k] = B2 * t.v[k] + (1 - B2) * g * g;
      t.data[k] -= (LR * (t.m[k] / c1)) / (Math.sqrt(t.v[k] / c2) + 1e-8);
      t.grad[k] = 0;
    };
    if (t.sparse) {
      for (const r of t.list) {
        for (let k = r * t.dim; k < (r + 1) * t.dim; k++) apply(k);
        t.touched[r] = 0;
      }
      t.list.length = 0;
    } else for (let k = 0; k < t.data.length; k++) apply(k);
  }
}

function evaluate(): { f1: number; byType: Map<string, Counts> } {
  const byType = new Map<string, Counts>();
  for (let s = 0; s < dev.length; s++) {
    const n = dev[s].tokens.length;
    if (n === 0) continue;
    grow(n);
    buildX(devIds[s], devP[s], false);
    forward(model, n, X, devP[s], pre, emis);
    gruForward(n);
    const tags = viterbi(n, emis, params.trans, params.start);
    countSentence(
      dev[s].tags,
      Array.from(tags, (t) => TAGS[t]),
      byType,
    );
  }
  const total = { tp: 0, fp: 0, fn: 0 };
  for (const c of byType.values()) {
    total.tp += c.tp;
    total.fp += c.fp;
    total.fn += c.fn;
  }
  return { f1: 100 * prf(total).f1, byType };
}

// Calibration: the perceptron's margins (std ≈ 130) are far too confident for a likelihood, so the
// residual weight alpha and the transitions start as a × the perceptron's, with the a of lowest
// training NLL (Viterbi is scale-invariant: epoch 0 still decodes exactly as the perceptron).
if (!NO_STACK) {
  let bestA = 1;
  let bestLoss = Infinity;
  const sample = train.map((_, i) => i).filter((i) => i % 8 === 0 && train[i].tokens.length > 0);
  for (const a of args.alpha ? [Number(args.alpha)] : [0.003, 0.006, 0.01, 0.02, 0.04, 0.08]) {
    params.alpha.fill(a);
    for (let k = 0; k < T * T; k++) params.trans[k] = a * shipped.transition[k];
    for (let k = 0; k < T; k++) params.start[k] = a * shipped.start[k];
    let loss = 0;
    for (const s of sample) {
      const n = train[s].tokens.length;
      grow(n);
      buildX(trainIds[s], trainP[s], false);
      forward(model, n, X, trainP[s], pre, emis);
      gruForward(n);
      loss += crf(n, trainGold[s]);
    }
    log(`  calibration a = ${a}: train NLL ${loss.toFixed(0)} (${sample.length} sentences)`);
    if (loss < bestLoss) {
      bestLoss = loss;
      bestA = a;
    }
  }
  params.alpha.fill(bestA);
  for (let k = 0; k < T * T; k++) params.trans[k] = bestA * shipped.transition[k];
  for (let k = 0; k < T; k++) params.start[k] = bestA * shipped.start[k];
  for (const t of tables) t.grad.fill(0);
}
if (process.env.NN_GRADCHECK) {
  // numerical check of the analytic gradients on one sentence, without dropout
  const s = 3;
  const n = train[s].tokens.length;
  grow(n);
  const lossOf = () => {
    buildX(trainIds[s], trainP[s], false);
    forward(model, n, X, trainP[s], pre, emis);
    gruForward(n);
    return crf(n, trainGold[s]);
  };
  for (const t of tables) t.grad.fill(0);
  lossOf();
  backward(n, trainIds[s], trainP[s]);
  const analytic = tables.map((t) => t.grad.slice());
  for (const [ti, t] of tables.entries()) {
    const nz = [...analytic[ti].keys()].filter((k) => analytic[ti][k] !== 0).slice(0, 3);
    for (const k of nz) {
      const old = t.data[k];
      t.data[k] = old + 1e-2;
      const up = lossOf();
      t.data[k] = old - 1e-2;
      const down = lossOf();
      t.data[k] = old;
      log(
        `  ${t.name}[${k}]: analytic ${analytic[ti][k].toFixed(4)}, numeric ${((up - down) / 2e-2).toFixed(4)}`,
      );
    }
  }
  for (const t of tables) t.grad.fill(0);
  process.exit(0);
}
const start = evaluate();
log(`epoch 0 (the perceptron through the initial network): dev F1 ${start.f1.toFixed(2)} (${elapsed()})`);
const BATCH = Number(args.batch);
let best = { f1: -1, epoch: 0, byType: start.byType, snapshot: [] as Float32Array[] };
const curve: number[] = [];
for (let e = 1; e <= Number(args.epochs); e++) {
  const order = shuffledOrder(train.length, random);
  let loss = 0;
  let inBatch = 0;
  for (const s of order) {
    const n = train[s].tokens.length;
    if (n === 0) continue;
    grow(n);
    buildX(trainIds[s], trainP[s], true, singleton[s]);
    forward(model, n, X, trainP[s], pre, emis);
    gruForward(n);
    loss += args.loss === 'hinge' ? hinge(n, trainGold[s]) : crf(n, trainGold[s]);
    backward(n, trainIds[s], trainP[s]);
    if (++inBatch === BATCH) {
      update();
      inBatch = 0;
    }
  }
  if (inBatch > 0) update();
  const r = evaluate();
  curve.push(Number(r.f1.toFixed(2)));
  log(`epoch ${e}: loss ${loss.toFixed(0)}, dev F1 ${r.f1.toFixed(2)} (${elapsed()}, ${cpuS()} s CPU)`);
  if (r.f1 > best.f1)
    best = { f1: r.f1, epoch: e, byType: r.byType, snapshot: tables.map((t) => t.data.slice()) };
  else if (e - best.epoch >= 3) break;
}
process.stdout.write(
  `best epoch ${best.epoch}, dev F1 ${best.f1.toFixed(2)}; curve ${curve.join(' ')}\n${formatScores(best.byType)}\n`,
);
if (args.out) {
  // the best epoch's parameters, in the run-time format (neural-io.ts)
  for (const [k, t] of tables.entries()) t.data.set(best.snapshot[k]);
  const info = {
    trainedOn: `PEYMA train (${train.length} sentences), stacked on models/ner.bin's out-of-fold scores`,
    bestEpoch: best.epoch,
    devF1: Number(best.f1.toFixed(2)),
    devCurve: curve,
    seed: Number(args.seed),
    command: `node --import tsx scripts/train-ner-nn.ts ${process.argv.slice(2).join(' ')}`,
  };
  const bytes = serializeNeural(model, info);
  writeFileSync(args.out as string, bytes);
  log(`wrote ${args.out}: ${(bytes.length / 1e6).toFixed(2)} MB`);
}
log(`done (${elapsed()}, ${cpuS()} s CPU)`);
