// Trains the learned part of ZWNJ restoration (src/repair/zwnj-model.ts) and writes
// lexicon/repair/zwnj-model.tsv. Run after scripts/build-zwnj-lexicon.ts (the features read the
// compiled lexicon): node --import tsx scripts/train-zwnj-model.ts
//   Data: ../shared/data/perdt/train-tokens.txt (PerDT training sentences, CC BY-SA 4.0), one token a
//   line, consistent ZWNJ. Glued model: every boundary inside every word after a joining letter, label =
//   a ZWNJ there. Pair model: every blank of each sentence as the "spaces" scenario sees it (every ZWNJ
//   a blank) that the model will be asked about, with the words around it (label: was it a ZWNJ).
//   Averaged perceptron, 6 epochs, fixed seeds: the file is byte-identical on every run. The two thresholds are chosen on PerDT dev (the split the bench scores; the test split
//   is never read), by boundary F1 of the whole repair in the "deleted" and "spaces" scenarios.
import { readFileSync, writeFileSync } from 'node:fs';
import { normalizeLetters } from '../src/repair/normalize-letters.js';
import { isJoinAffix, JOIN_NEVER, joinLevel, useZwnjModel } from '../src/repair/restore-zwnj.js';
import { zwnjLexicon } from '../src/repair/zwnj-lexicon.js';
import { candidateCuts, gluedFeatures, pairFeatures, type ZwnjModel } from '../src/repair/zwnj-model.js';
import { evaluate } from '../src/repair/zwnj-score.js';

const ZWNJ = '\u200c';
const shared = new URL('../../shared/', import.meta.url);
const out = new URL('../lexicon/repair/zwnj-model.tsv', import.meta.url);
const LETTERS = /^[\u0620-\u06D5\u06FA-\u06FC\u200c]+$/;
const lex = zwnjLexicon();

// ---- sentences of words (multi-word tokens such as «کرده است» are split at their spaces)
const sentences: string[][] = [];
let cur: string[] = [];
for (const line of readFileSync(new URL('data/perdt/train-tokens.txt', shared), 'utf8').split('\n')) {
  const t = normalizeLetters(line.trim()).text;
  if (!t) {
    if (cur.length) sentences.push(cur);
    cur = [];
    continue;
  }
  for (const w of t.split(' ')) if (w) cur.push(w);
}
if (cur.length) sentences.push(cur);

// ---- examples, by type with their counts (capped at 3: frequent words must not drown the rest)
type Example = { f: string[]; y: 1 | -1; n: number };
const gluedCounts = new Map<string, number>();
for (const s of sentences) for (const w of s) if (LETTERS.test(w)) gluedCounts.set(w, (gluedCounts.get(w) ?? 0) + 1);
const gluedExamples: Example[] = [];
for (const [w, n] of gluedCounts) {
  const key = w.replaceAll(ZWNJ, '');
  const zw = new Set<number>();
  let j = 0;
  for (const ch of w) {
    if (ch === ZWNJ) zw.add(j);
    else j++;
  }
  for (const i of candidateCuts(key)) {
    gluedExamples.push({
      f: gluedFeatures(lex, key.slice(0, i), key.slice(i)),
      y: zw.has(i) ? 1 : -1,
      n: Math.min(n, 3),
    });
  }
}
// Pair examples: each sentence as the "spaces" scenario sees it (every ZWNJ a blank), one example per
// blank between two words with the words before and after as context; label: the blank was a ZWNJ.
// Only blanks the model will be asked about: no affix on either side (the rules join those), and a
// space the lexicon does not already join (a ZWNJ pair is kept: the lexicon holds it because it saw
// it here). At most 3 examples of one (a, b, label), so frequent pairs do not drown the rest.
const pairExamples: Example[] = [];
const pairSeen = new Map<string, number>();
for (const s of sentences) {
  const pieces: string[] = [];
  const zwnjAfter: boolean[] = [];
  for (const w of s) {
    const parts = LETTERS.test(w) ? w.split(ZWNJ) : [''];
    parts.forEach((p, k) => {
      pieces.push(p);
      zwnjAfter.push(k + 1 < parts.length);
    });
  }
  for (let i = 0; i + 1 < pieces.length; i++) {
    const a = pieces[i] as string;
    const b = pieces[i + 1] as string;
    if (!a || !b || isJoinAffix(a) || isJoinAffix(b)) continue;
    const y = zwnjAfter[i] ? 1 : -1;
    if (y === -1 && joinLevel(a, b, lex) !== JOIN_NEVER) continue;
    const k = `${a} ${b} ${y}`;
    const n = pairSeen.get(k) ?? 0;
    if (n >= 3) continue;
    pairSeen.set(k, n + 1);
    pairExamples.push({ f: pairFeatures(lex, a, b, pieces[i - 1] ?? '', pieces[i + 2] ?? ''), y, n: 1 });
  }
}

// ---- averaged perceptron with a seeded shuffle
function rng(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 2 ** 32;
  };
}
function train(examples: Example[], seed: number): Map<string, number> {
  const w = new Map<string, number>();
  const u = new Map<string, number>();
  let c = 1;
  const rand = rng(seed);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < 6; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const k of order) {
      const e = examples[k] as Example;
      for (let r = 0; r < e.n; r++) {
        let s = 0;
        for (const x of e.f) s += w.get(x) ?? 0;
        if (e.y * s <= 0) {
          for (const x of e.f) {
            w.set(x, (w.get(x) ?? 0) + e.y);
            u.set(x, (u.get(x) ?? 0) + e.y * c);
          }
        }
        c++;
      }
    }
  }
  const avg = new Map<string, number>();
  for (const [x, v] of w) {
    const a = Math.round((v - (u.get(x) ?? 0) / c) * 100) / 100;
    if (Math.abs(a) >= 0.05) avg.set(x, a);
  }
  return avg;
}

const glued = train(gluedExamples, 1);
const pair = train(pairExamples, 2);

// ---- thresholds on PerDT dev
const dev = readFileSync(new URL('data/perdt/fa_perdt-ud-dev.conllu', shared), 'utf8')
  .split('\n')
  .filter((l) => l.startsWith('# text = '))
  .map((l) => l.slice('# text = '.length).trim());
const f1 = (m: ZwnjModel, scenario: string) => {
  useZwnjModel(m);
  return evaluate(dev).find((r) => r.name === scenario)?.f1 ?? 0;
};
const model: ZwnjModel = { glued, pair, gluedThreshold: 1e9, pairThreshold: 1e9 };
let best = { t: 1e9, f: f1(model, 'deleted') };
for (const t of [4, 6, 8]) {
  const f = f1({ ...model, gluedThreshold: t }, 'deleted');
  if (f > best.f) best = { t, f };
}
model.gluedThreshold = best.t;
console.log(`glued threshold ${best.t}: deleted F1 ${best.f.toFixed(4)}`);
best = { t: 1e9, f: f1(model, 'spaces') };
for (const t of [2, 3, 4, 5, 6, 7, 8, 9, 10, 12]) {
  const f = f1({ ...model, pairThreshold: t }, 'spaces');
  if (f > best.f) best = { t, f };
}
model.pairThreshold = best.t;
console.log(`pair threshold ${best.t}: spaces F1 ${best.f.toFixed(4)}`);
useZwnjModel(null);

const lines = [
  '# Learned ZWNJ decisions (src/repair/zwnj-model.ts), trained by scripts/train-zwnj-model.ts on PerDT',
  "# training sentences (CC BY-SA 4.0): averaged perceptron weights; thresholds chosen on PerDT dev.",
  `# threshold glued ${model.gluedThreshold}`,
  `# threshold pair ${model.pairThreshold}`,
];
for (const [kind, m] of [
  ['glued', glued],
  ['pair', pair],
] as const) {
  for (const [x, v] of [...m].sort((p, q) => (p[0] < q[0] ? -1 : p[0] > q[0] ? 1 : 0)))
    lines.push(`${kind}\t${x}\t${v}`);
}
writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`glued ${gluedExamples.length} examples → ${glued.size} weights; pair ${pairExamples.length} → ${pair.size}`);
