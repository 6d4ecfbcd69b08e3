// Fits the event confidence model (src/code/events/confidence.ts) on the development gold, in one
// command: `node --import tsx scripts/fit-event-confidence.ts [--write] [--force] [--cache FILE]`.
//
// Every predicted event of every dev article is one example, a strict match its positive label (events
// matching an optional gold event are left out, as the scorer leaves them out). The model is a logistic
// regression, L2-regularised, fitted by projected gradient descent with the weights of
// confidence.ts MONOTONE held ≥ 0. One feature is the trigger's precision on dev (smoothed toward its
// PLOVER type's): for the examples a model is fitted on, it is computed by an inner cross-validation
// (never from the example's own article), so the weight it gets is what it is worth on unseen text.
//
// Evaluation: k-fold cross-validation by article (repeated over shuffles): each fold is scored by a
// model fitted on the other folds, trigger table included. The model is kept (`--write` saves
// lexicon/confidence/event-confidence.json) only when, cross-validated, the events given ≥ 0.8 are at
// least 80 % right and number at least 20; `--force` writes anyway. `--cache FILE` saves the extracted
// examples on the first run and reads them on the next (delete it after the coder changes).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import {
  FEATURES,
  FITTED,
  type Feature,
  factsOf,
  featuresOf,
  MONOTONE,
  type PrecisionTable,
  triggerPrecision,
} from '../src/code/events/confidence.js';
import type { Actor } from '../src/doc.js';
import { goldText, goldToScored, matchWithOptional, parseGold, scoredEvents } from '../src/eval/events.js';
import { extract } from '../src/pipeline.js';

const GOLD = new URL('../test/gold/events/dev.jsonl', import.meta.url);
const OUT = new URL('../lexicon/confidence/event-confidence.json', import.meta.url);
/** L2 penalty (on the summed log-loss), gradient steps, step size. */
const LAMBDA = 1;
const STEPS = 3000;
const RATE = 0.5;
/** Pseudo-counts of the back-off in the trigger precision table. */
const PRIOR = 20;
const FOLDS = 5;
const INNER_FOLDS = 4;
const REPEATS = 5;
/** The target: of the events given at least THRESHOLD, at least TARGET right, and at least MIN_COUNT of them. */
const THRESHOLD = 0.8;
const TARGET = 0.8;
const MIN_COUNT = 20;

interface Example {
  article: number;
  trigger: string;
  type: string;
  /** Features, trigger_precision left to the fold's table. */
  x: number[];
  y: number;
}

const args = process.argv.slice(2);
const cacheAt = args.includes('--cache') ? args[args.indexOf('--cache') + 1] : null;
const TP = FEATURES.indexOf('trigger_precision');

function extractExamples(): { articles: number; examples: Example[] } {
  const gold = parseGold(readFileSync(GOLD, 'utf8'), 'dev.jsonl');
  const examples: Example[] = [];
  const empty: PrecisionTable = { prior: PRIOR, triggers: new Map(), types: new Map(), overall: [0, 0] };
  gold.forEach((a, article) => {
    const result = extract({ id: a.id, title: a.title ?? null, text: goldText(a), published: a.published });
    const live = result.events.filter((e) => !e.negated);
    const all = a.events.filter((e) => !e.negated).map(goldToScored);
    const m = matchWithOptional(
      all.filter((e) => !e.optional),
      all.filter((e) => e.optional),
      scoredEvents(result),
      'strict',
    );
    const right = new Set(m.pairs.map(([, i]) => i));
    const neither = new Set(m.optionalTaken);
    const actors = new Map(result.actors.map((x) => [x.id, x as unknown as Actor]));
    live.forEach((e, i) => {
      const facts = factsOf.get(e);
      if (!facts || neither.has(i)) return;
      const f = featuresOf(facts, actors, empty);
      examples.push({
        article,
        trigger: facts.trigger ?? '',
        type: e.type,
        x: FEATURES.map((k) => (FITTED.includes(k) ? f[k] : 0)),
        y: right.has(i) ? 1 : 0,
      });
    });
  });
  return { articles: gold.length, examples };
}

const data: { articles: number; examples: Example[] } =
  cacheAt && existsSync(cacheAt) ? JSON.parse(readFileSync(cacheAt, 'utf8')) : extractExamples();
if (cacheAt && !existsSync(cacheAt)) writeFileSync(cacheAt, JSON.stringify(data));
const { examples } = data;

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const logit = (p: number) =>
  Math.log(Math.min(0.99, Math.max(0.01, p)) / (1 - Math.min(0.99, Math.max(0.01, p))));

function tableOf(train: readonly Example[]): PrecisionTable {
  const triggers = new Map<string, [number, number]>();
  const types = new Map<string, [number, number]>();
  const overall: [number, number] = [0, 0];
  for (const e of train) {
    for (const [m, k] of [
      [triggers, e.trigger],
      [types, e.type],
    ] as const) {
      const c = m.get(k) ?? [0, 0];
      c[0] += e.y;
      c[1] += 1;
      m.set(k, c);
    }
    overall[0] += e.y;
    overall[1] += 1;
  }
  return { prior: PRIOR, triggers, types, overall };
}

const withTable = (e: Example, t: PrecisionTable): number[] => {
  const x = e.x.slice();
  x[TP] = logit(triggerPrecision(t, e.trigger || undefined, e.type));
  return x;
};

interface Weights {
  bias: number;
  w: number[];
}

function fitWeights(xs: readonly number[][], ys: readonly number[]): Weights {
  let bias = 0;
  const w = FEATURES.map(() => 0);
  const n = xs.length;
  const monotone = FEATURES.map((k) => MONOTONE.has(k));
  for (let step = 0; step < STEPS; step++) {
    let gb = 0;
    const gw = w.map((wi) => (LAMBDA * wi) / n);
    for (let i = 0; i < n; i++) {
      const x = xs[i];
      let z = bias;
      for (let k = 0; k < w.length; k++) z += w[k] * x[k];
      const err = sigmoid(z) - ys[i];
      gb += err / n;
      for (let k = 0; k < w.length; k++) gw[k] += (err * x[k]) / n;
    }
    bias -= RATE * gb;
    for (let k = 0; k < w.length; k++) {
      w[k] -= RATE * gw[k];
      if (monotone[k] && w[k] < 0) w[k] = 0;
    }
  }
  return { bias, w };
}

const predict = (m: Weights, x: readonly number[]) =>
  sigmoid(m.bias + m.w.reduce((s, wk, k) => s + wk * x[k], 0));

/** Folds of articles: a seeded shuffle of the article numbers dealt into k folds. */
function foldOf(articles: readonly number[], k: number, seed: number): Map<number, number> {
  const list = [...new Set(articles)].sort((a, b) => a - b);
  let s = seed * 2654435761 + 1;
  const rand = () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [list[i], list[j]] = [list[j], list[i]];
  }
  return new Map(list.map((a, i) => [a, i % k]));
}

/** A model fitted on `train`: weights from trigger precision read out of fold, the table from all of `train`. */
function train(examples: readonly Example[], seed: number): { weights: Weights; table: PrecisionTable } {
  const inner = foldOf(
    examples.map((e) => e.article),
    INNER_FOLDS,
    seed + 1000,
  );
  const xs: number[][] = [];
  const ys: number[] = [];
  for (let f = 0; f < INNER_FOLDS; f++) {
    const t = tableOf(examples.filter((e) => inner.get(e.article) !== f));
    for (const e of examples.filter((x) => inner.get(x.article) === f)) {
      xs.push(withTable(e, t));
      ys.push(e.y);
    }
  }
  return { weights: fitWeights(xs, ys), table: tableOf(examples) };
}

interface Scored {
  p: number;
  y: number;
}

function crossValidated(seed: number): Scored[] {
  const fold = foldOf(
    examples.map((e) => e.article),
    FOLDS,
    seed,
  );
  const out: Scored[] = [];
  for (let f = 0; f < FOLDS; f++) {
    const m = train(
      examples.filter((e) => fold.get(e.article) !== f),
      seed * 10 + f,
    );
    for (const e of examples.filter((x) => fold.get(x.article) === f))
      out.push({ p: Math.round(predict(m.weights, withTable(e, m.table)) * 100) / 100, y: e.y });
  }
  return out;
}

const BANDS: Array<[number, number]> = [
  [0, 0.2],
  [0.2, 0.4],
  [0.4, 0.5],
  [0.5, 0.6],
  [0.6, 0.7],
  [0.7, 0.8],
  [0.8, 0.9],
  [0.9, 1.01],
];

function band(scored: readonly Scored[], keep: (p: number) => boolean): { n: number; r: number } {
  const s = scored.filter((e) => keep(e.p));
  return { n: s.length, r: s.filter((e) => e.y).length };
}

function table(scored: readonly Scored[], repeats = 1): string {
  const rows = ['confidence\tpredicted\tright\tprecision'];
  const line = (label: string, { n, r }: { n: number; r: number }) =>
    `${label}\t${(n / repeats).toFixed(repeats > 1 ? 1 : 0)}\t${(r / repeats).toFixed(repeats > 1 ? 1 : 0)}\t${n ? ((100 * r) / n).toFixed(1) : '-'}`;
  for (const [lo, hi] of BANDS)
    rows.push(
      line(
        `[${lo}, ${Math.min(1, hi)})`,
        band(scored, (p) => p >= lo && p < hi),
      ),
    );
  for (const t of [0.5, 0.6, 0.7, 0.8, 0.9])
    rows.push(
      line(
        `>= ${t}`,
        band(scored, (p) => p >= t),
      ),
    );
  const loss =
    -scored.reduce((s, e) => s + Math.log(e.y ? Math.max(1e-6, e.p) : Math.max(1e-6, 1 - e.p)), 0) /
    scored.length;
  rows.push(`log-loss ${loss.toFixed(4)}`);
  return rows.join('\n');
}

const positives = examples.filter((e) => e.y).length;
console.log(`examples ${examples.length} (right ${positives}) from ${data.articles} dev articles`);
const runs = Array.from({ length: REPEATS }, (_, r) => crossValidated(r + 1));
console.log(
  `\n## ${FOLDS}-fold cross-validated calibration by article, ${REPEATS} shuffles (counts per shuffle)\n${table(runs.flat(), REPEATS)}`,
);
const top = runs.map((s) => band(s, (p) => p >= THRESHOLD));
console.log(
  `>= ${THRESHOLD} per shuffle: ${top.map(({ n, r }) => `${r}/${n} (${n ? ((100 * r) / n).toFixed(0) : '-'} %)`).join(', ')}`,
);
const pooled = top.reduce((a, b) => ({ n: a.n + b.n, r: a.r + b.r }), { n: 0, r: 0 });
const holds = pooled.n / REPEATS >= MIN_COUNT && pooled.r / pooled.n >= TARGET;

const final = train(examples, 0);
console.log(
  `\n## calibration of the model fitted on all of dev (in sample)\n${table(examples.map((e) => ({ p: Math.round(predict(final.weights, withTable(e, final.table)) * 100) / 100, y: e.y })))}`,
);
const round = (x: number) => Math.round(x * 1000) / 1000;
const weights = Object.fromEntries(FEATURES.map((k, i) => [k, round(final.weights.w[i])])) as Record<
  Feature,
  number
>;
console.log('\nbias', round(final.weights.bias), 'weights', JSON.stringify(weights));
console.log(
  `\ntarget (cross-validated: >= ${THRESHOLD} holds >= ${100 * TARGET} % right, >= ${MIN_COUNT} events): ${holds ? 'met' : 'NOT met'}`,
);
if (args.includes('--write')) {
  if (!holds && !args.includes('--force')) {
    console.log('not written: the cross-validated target is not met (--force writes anyway)');
    process.exit(1);
  }
  const sorted = <V>(m: ReadonlyMap<string, V>) =>
    Object.fromEntries([...m].sort(([a], [b]) => (a < b ? -1 : 1)));
  const doc = JSON.parse(readFileSync(OUT, 'utf8'))._doc as string;
  writeFileSync(
    OUT,
    `${JSON.stringify(
      {
        _doc: doc,
        fitted: {
          gold: 'test/gold/events/dev.jsonl',
          articles: data.articles,
          examples: examples.length,
          right: positives,
          crossValidated: { threshold: THRESHOLD, predicted: pooled.n / REPEATS, right: pooled.r / REPEATS },
        },
        bias: round(final.weights.bias),
        weights,
        prior: PRIOR,
        overall: final.table.overall,
        types: sorted(final.table.types),
        triggers: sorted(final.table.triggers),
      },
      null,
      2,
    )}\n`,
  );
  console.log(`wrote ${OUT.pathname}`);
}
