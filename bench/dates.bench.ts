// Date recognizer throughput on the 900 Fars articles (../shared/corpus), one core: the texts are
// repaired and segmented first (not timed), then recognizeDates runs over all of them; five runs,
// median reported, in wall time and in CPU time (the machine is shared, CPU time is the steadier
// figure). Also prints the scores of the development and held-out gold files.
// Run: npm run bench dates   (docs/bench-dates.md records the figures)
import { readFileSync } from 'node:fs';
import * as jalaali from 'jalaali-js';
import { createDoc } from '../src/doc.js';
import { evalDates } from '../src/eval/dates.js';
import { formatScores, prf } from '../src/eval/score.js';
import { recognizeDates } from '../src/recognize/dates/index.js';
import { repair } from '../src/repair/index.js';
import { segment } from '../src/segment/index.js';

interface FarsArticle {
  title?: string;
  abstract?: string;
  paragraphs?: string[];
  link?: string;
}

function published(link: string | undefined): string | null {
  const id = /news\/(\d+)/.exec(link ?? '')?.[1];
  let y: number;
  let m: number;
  let d: number;
  if (id?.length === 10)
    [y, m, d] = [1300 + Number(id.slice(0, 2)), Number(id.slice(2, 4)), Number(id.slice(4, 6))];
  else if (id?.length === 14)
    [y, m, d] = [Number(id.slice(0, 4)), Number(id.slice(4, 6)), Number(id.slice(6, 8))];
  else return null;
  const g = jalaali.toGregorian(y, m, d);
  return `${g.gy}-${String(g.gm).padStart(2, '0')}-${String(g.gd).padStart(2, '0')}`;
}

const corpus = new URL('../../shared/corpus/', import.meta.url);
const articles: FarsArticle[] = [1, 2, 3].flatMap((i) =>
  JSON.parse(readFileSync(new URL(`fars-news-${i}.json`, corpus), 'utf8')),
);
const prepared = articles.map((a, i) => {
  const raw = [a.title, a.abstract, ...(a.paragraphs ?? [])].filter(Boolean).join('\n');
  const doc = createDoc(
    { id: String(i), title: null, url: null, source: null, published: published(a.link) },
    raw,
  );
  const r = repair(raw);
  doc.text = r.text;
  doc.map = r.map;
  const s = segment(doc.text);
  doc.sentences = s.sentences;
  doc.tokens = s.tokens;
  return doc;
});
const chars = prepared.reduce((n, d) => n + d.text.length, 0);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const wall: number[] = [];
const cpu: number[] = [];
let mentions = 0;
for (let run = 0; run < 6; run++) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  mentions = 0;
  for (const doc of prepared) {
    recognizeDates(doc, {});
    mentions += doc.dates.length;
  }
  const t = performance.now() - t0;
  const c = process.cpuUsage(c0);
  if (run === 0) continue; // warm-up
  wall.push(t);
  cpu.push((c.user + c.system) / 1000);
}
const w = median(wall);
const c = median(cpu);
console.log(`articles ${prepared.length}, characters ${chars}, date mentions ${mentions}`);
console.log(`median of 5 runs: wall ${w.toFixed(0)} ms, cpu ${c.toFixed(0)} ms`);
console.log(
  `throughput (cpu): ${((prepared.length / c) * 1000).toFixed(0)} articles/s, ${((mentions / c) * 1000).toFixed(0)} mentions/s, ${((c / prepared.length) * 1000).toFixed(0)} µs/article`,
);
console.log(`throughput (wall): ${((prepared.length / w) * 1000).toFixed(0)} articles/s`);

// Reference inference: withhold each article's publication date and compare what rasad infers.
let inferred = 0;
let exact = 0;
let within3 = 0;
for (const doc of prepared) {
  const truth = doc.meta.published;
  const blind = { ...doc, meta: { ...doc.meta, published: null }, reference: null, dates: [] };
  recognizeDates(blind, {});
  if (!blind.reference || !truth) continue;
  inferred++;
  const diff = Math.abs(Date.parse(blind.reference) - Date.parse(truth)) / 86_400_000;
  if (diff === 0) exact++;
  if (diff <= 3) within3++;
}
console.log(
  `\nreference inference with the publication date withheld: inferred for ${inferred} of ${prepared.length} articles; exact ${exact}, within 3 days ${within3}`,
);

for (const file of ['dates.jsonl', 'dates-heldout.jsonl']) {
  const r = evalDates(readFileSync(new URL(`../test/gold/${file}`, import.meta.url), 'utf8'));
  const total = { tp: 0, fp: 0, fn: 0 };
  for (const x of r.byLabel.values()) {
    total.tp += x.tp;
    total.fp += x.fp;
    total.fn += x.fn;
  }
  const s = prf(total);
  console.log(`\n${file}: gold ${r.gold}, predicted ${r.predicted}`);
  console.log(formatScores(r.byLabel));
  console.log(
    `detection P ${(100 * s.precision).toFixed(1)} R ${(100 * s.recall).toFixed(1)} F1 ${(100 * s.f1).toFixed(1)}; value accuracy ${(100 * r.accuracy).toFixed(1)}% of gold (${(100 * r.matchedAccuracy).toFixed(1)}% of found)`,
  );
}
