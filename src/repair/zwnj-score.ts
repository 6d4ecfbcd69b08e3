import { repair } from './index.js';

// Scoring of ZWNJ restoration (bench/repair.bench.ts, test/repair/zwnj-score.test.ts). A ZWNJ is
// counted at its boundary in the text's skeleton (the text without blanks and ZWNJs), so a restored
// text is compared with the gold one even when its spaces differ.

export interface BoundaryCounts {
  tp: number;
  fp: number;
  fn: number;
}

/** Skeleton and the set of skeleton positions preceded by a ZWNJ. */
export function zwnjBoundaries(text: string): { skeleton: string; boundaries: Set<number> } {
  const boundaries = new Set<number>();
  let skeleton = '';
  let pendingZwnj = false;
  for (const ch of text) {
    if (ch === '\u200c') pendingZwnj = true;
    else if (/\s/.test(ch)) pendingZwnj = false;
    else {
      if (pendingZwnj) boundaries.add(skeleton.length);
      pendingZwnj = false;
      skeleton += ch;
    }
  }
  return { skeleton, boundaries };
}

/** True/false positives and false negatives of the output's ZWNJ boundaries against gold. */
export function scoreBoundaries(gold: string, output: string): BoundaryCounts {
  const g = zwnjBoundaries(gold);
  const o = zwnjBoundaries(output);
  let tp = 0;
  for (const b of o.boundaries) if (g.boundaries.has(b)) tp++;
  return { tp, fp: o.boundaries.size - tp, fn: g.boundaries.size - tp };
}

export function prf(c: BoundaryCounts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Characters inserted plus deleted to turn a into b (substitution = 2), by longest common subsequence. */
export function charChanges(a: string, b: string): number {
  let s = 0;
  while (s < a.length && s < b.length && a[s] === b[s]) s++;
  let ea = a.length;
  let eb = b.length;
  while (ea > s && eb > s && a[ea - 1] === b[eb - 1]) {
    ea--;
    eb--;
  }
  const x = a.slice(s, ea);
  const y = b.slice(s, eb);
  if (x.length === 0 || y.length === 0) return x.length + y.length;
  let prev = new Uint32Array(y.length + 1);
  let cur = new Uint32Array(y.length + 1);
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      cur[j] = x[i - 1] === y[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
    }
    [prev, cur] = [cur, prev];
  }
  return x.length + y.length - 2 * prev[y.length];
}

/** The three scenarios of the benchmark: ZWNJ deleted, ZWNJ turned into spaces, gold text as input. */
export interface ScenarioResult {
  name: string;
  counts: BoundaryCounts;
  precision: number;
  recall: number;
  f1: number;
  sentencesChanged: number;
  charsChanged: number;
  chars: number;
  errors: Array<{ gold: string; output: string }>;
}

export const SCENARIOS: Array<[string, (gold: string) => string]> = [
  ['deleted', (g) => g.replaceAll('\u200c', '')],
  ['spaces', (g) => g.replaceAll('\u200c', ' ')],
  ['gold', (g) => g],
];

export function evaluate(
  sentences: string[],
  run: (input: string) => string = (s) => repair(s).text,
): ScenarioResult[] {
  return SCENARIOS.map(([name, damage]) => {
    const counts: BoundaryCounts = { tp: 0, fp: 0, fn: 0 };
    let sentencesChanged = 0;
    let charsChanged = 0;
    let chars = 0;
    const errors: Array<{ gold: string; output: string }> = [];
    for (const gold of sentences) {
      const output = run(damage(gold));
      const c = scoreBoundaries(gold, output);
      counts.tp += c.tp;
      counts.fp += c.fp;
      counts.fn += c.fn;
      if (c.fp || c.fn) errors.push({ gold, output });
      if (output !== gold) sentencesChanged++;
      charsChanged += charChanges(gold, output);
      chars += gold.length;
    }
    return { name, counts, ...prf(counts), sentencesChanged, charsChanged, chars, errors };
  });
}
