// Fits the event confidence model (src/code/events/confidence.ts) on the development gold: every
// predicted event of every dev article is one example, a strict match its positive label (events
// matching an optional gold event are left out, as the scorer leaves them out). L2-regularised logistic
// regression by gradient descent; 5-fold cross-validation by article prints how well the confidence
// is calibrated on articles the fold did not see. `node --import tsx scripts/fit-event-confidence.ts
// [--write]` (--write saves lexicon/confidence/event-confidence.json).
import { readFileSync, writeFileSync } from 'node:fs';
import { FEATURES, type Feature, factsOf, featuresOf } from '../src/code/events/confidence.js';
import type { Actor } from '../src/doc.js';
import { goldText, goldToScored, matchWithOptional, parseGold, scoredEvents } from '../src/eval/events.js';
import { extract } from '../src/pipeline.js';

const GOLD = new URL('../test/gold/events/dev.jsonl', import.meta.url);
const OUT = new URL('../lexicon/confidence/event-confidence.json', import.meta.url);
const LAMBDA = 1;
const STEPS = 4000;
const RATE = 0.5;

interface Example {
  article: number;
  x: number[];
  y: number;
}

const gold = parseGold(readFileSync(GOLD, 'utf8'), 'dev.jsonl');
const examples: Example[] = [];
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
    const f = featuresOf(facts, actors);
    examples.push({ article, x: FEATURES.map((k) => f[k]), y: right.has(i) ? 1 : 0 });
  });
});

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

function fitModel(train: Example[]): { bias: number; w: number[] } {
  let bias = 0;
  const w = FEATURES.map(() => 0);
  const n = train.length;
  for (let step = 0; step < STEPS; step++) {
    let gb = 0;
    const gw = w.map((wi) => (LAMBDA * wi) / n);
    for (const ex of train) {
      let z = bias;
      for (let k = 0; k < w.length; k++) z += w[k] * ex.x[k];
      const err = sigmoid(z) - ex.y;
      gb += err / n;
      for (let k = 0; k < w.length; k++) gw[k] += (err * ex.x[k]) / n;
    }
    bias -= RATE * gb;
    for (let k = 0; k < w.length; k++) w[k] -= RATE * gw[k];
  }
  return { bias, w };
}

const predict = (m: { bias: number; w: number[] }, x: number[]) =>
  sigmoid(m.bias + m.w.reduce((s, wk, k) => s + wk * x[k], 0));

function table(scored: Array<{ p: number; y: number }>): string {
  const rows = ['confidence\tpredicted\tright\tprecision'];
  const bands: Array<[number, number]> = [
    [0, 0.2],
    [0.2, 0.4],
    [0.4, 0.6],
    [0.6, 0.8],
    [0.8, 1.01],
  ];
  for (const [lo, hi] of bands) {
    const s = scored.filter((e) => e.p >= lo && e.p < hi);
    const r = s.filter((e) => e.y).length;
    rows.push(
      `[${lo}, ${Math.min(1, hi)})\t${s.length}\t${r}\t${s.length ? ((100 * r) / s.length).toFixed(1) : '-'}`,
    );
  }
  for (const t of [0.5, 0.6, 0.7, 0.8]) {
    const s = scored.filter((e) => e.p >= t);
    const r = s.filter((e) => e.y).length;
    rows.push(`>= ${t}\t${s.length}\t${r}\t${s.length ? ((100 * r) / s.length).toFixed(1) : '-'}`);
  }
  return rows.join('\n');
}

// Cross-validation by article: each fold is scored by a model fitted on the other four.
const folds = 5;
const oof: Array<{ p: number; y: number }> = [];
for (let f = 0; f < folds; f++) {
  const m = fitModel(examples.filter((e) => e.article % folds !== f));
  for (const e of examples.filter((x) => x.article % folds === f)) oof.push({ p: predict(m, e.x), y: e.y });
}
const model = fitModel(examples);
const positives = examples.filter((e) => e.y).length;
console.log(`examples ${examples.length} (right ${positives}) from ${gold.length} dev articles`);
console.log(`\n## 5-fold cross-validated calibration (articles unseen by the fold)\n${table(oof)}`);
console.log(
  '\n## calibration of the model fitted on all of dev\n' +
    table(examples.map((e) => ({ p: predict(model, e.x), y: e.y }))),
);
const round = (x: number) => Math.round(x * 1000) / 1000;
const weights = Object.fromEntries(FEATURES.map((k, i) => [k, round(model.w[i])])) as Record<Feature, number>;
console.log('\nbias', round(model.bias), 'weights', JSON.stringify(weights));
if (process.argv.includes('--write')) {
  const doc = JSON.parse(readFileSync(OUT, 'utf8'))._doc as string;
  writeFileSync(
    OUT,
    `${JSON.stringify(
      {
        _doc: doc.replace(/ Placeholder until fitted\.$/, ''),
        fitted: {
          gold: 'test/gold/events/dev.jsonl',
          articles: gold.length,
          examples: examples.length,
          right: positives,
        },
        bias: round(model.bias),
        weights,
      },
      null,
      2,
    )}\n`,
  );
  console.log(`wrote ${OUT.pathname}`);
}
