// Event P/R/F1 of rasad on the development gold (test/gold/events/dev.jsonl) — strict, lenient and
// date-agnostic — and the gold set's statistics. `npm run bench eval`; figures go to docs/bench-eval.md.
import { readFileSync } from 'node:fs';
import {
  formatEventReport,
  type GoldArticle,
  MATCH_MODES,
  parseGold,
  predictWithRasad,
  type ScoredEvent,
  scoreArticles,
} from '../src/eval/events.js';
import { formatScores } from '../src/eval/score.js';

const file = new URL('../test/gold/events/dev.jsonl', import.meta.url);
const text = readFileSync(file, 'utf8');
const gold: GoldArticle[] = parseGold(text, 'dev.jsonl');

const byType = new Map<string, number>();
let events = 0;
let dated = 0;
let noActor = 0;
for (const a of gold) {
  for (const e of a.events) {
    events++;
    byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
    if (e.date) dated++;
    if (e.actor.length === 0) noActor++;
  }
}
const pct = (x: number) => (100 * x).toFixed(1);
console.log('## gold set');
console.log(
  `articles ${gold.length} (Fars ${gold.filter((a) => a.id.startsWith('fars-')).length}, seed 1), with no events ${gold.filter((a) => a.events.length === 0).length}`,
);
console.log(
  `events ${events}; with a day ${dated}; with no stated perpetrator ${noActor}; dates annotated ${gold.reduce((n, a) => n + (a.dates?.length ?? 0), 0)}`,
);
console.log(
  [...byType]
    .sort((a, b) => b[1] - a[1])
    .map(([t, n]) => `${t} ${n}`)
    .join(', '),
);

const t0 = performance.now();
const predicted = new Map<string, ScoredEvent[]>(gold.map((a) => [a.id, predictWithRasad(a)]));
const ms = performance.now() - t0;
const report = scoreArticles(gold, (a) => predicted.get(a.id) ?? []);
// Diagnostic: the same matching with every code removed — is the trigger found at all?
const noCodes = <T extends { actor: string[]; recipient: string[] }>(e: T): T => ({
  ...e,
  actor: [],
  recipient: [],
});
const typeOnly = scoreArticles(
  gold.map((a) => ({ ...a, events: a.events.map(noCodes) })),
  (a) => (predicted.get(a.id) ?? []).map(noCodes),
);
console.log(`\n## rasad on the dev gold (${gold.length} articles in ${ms.toFixed(0)} ms)`);
console.log('mode\tprecision\trecall\tf1\ttp\tfp\tfn');
for (const m of MATCH_MODES) {
  const s = report.overall[m];
  console.log(`${m}\t${pct(s.precision)}\t${pct(s.recall)}\t${pct(s.f1)}\t${s.tp}\t${s.fp}\t${s.fn}`);
}
{
  const s = typeOnly.overall.strictNoDate;
  console.log(
    `typeOnly\t${pct(s.precision)}\t${pct(s.recall)}\t${pct(s.f1)}\t${s.tp}\t${s.fp}\t${s.fn}\t(diagnostic: codes and dates ignored)`,
  );
}
const seed = report.errors.find((e) => e.id === 'seed');
if (seed)
  console.log(
    `seed: matched ${seed.matched} of ${seed.matched + seed.missed.length} gold events (strict), spurious ${seed.spurious.length}`,
  );
console.log('\n## per type, lenient');
console.log(formatScores(report.byType.lenient));
if (process.argv.includes('--verbose')) console.log(`\n${formatEventReport(report, true)}`);
