// `rasad extract` throughput: the whole pipeline (repair → segment → dates → entities → tagger →
// actors → quotes → events → result object), one core, over the 900 Fars News articles
// (../shared/corpus, paragraphs joined by "\n"). One warm-up pass, then 5 timed passes; the median is
// reported as articles per second, in wall-clock time and in this process's CPU time (on a shared
// machine the CPU figure is the one to compare). Then the CPU of each stage of COMPONENTS per article,
// one article at a time and in batches of 32 taken stage by stage (extractBatch), the quote + event
// stages alone, and the peak memory (max RSS) of `rasad extract --input jsonl` streaming the 900
// articles three times over.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { codeEvents } from '../src/code/events/index.js';
import { createDoc, type Doc } from '../src/doc.js';
import { COMPONENTS, extract, extractBatch } from '../src/pipeline.js';
import { articleText } from '../src/read/article.js';
import { findQuotes } from '../src/resolve/quotes/index.js';
import { toResult } from '../src/result.js';

interface FarsArticle {
  title: string;
  paragraphs: string[];
  link: string;
}

const articles: FarsArticle[] = [1, 2, 3].flatMap((n) =>
  JSON.parse(readFileSync(new URL(`../../shared/corpus/fars-news-${n}.json`, import.meta.url), 'utf8')),
);
const inputs = articles.map((a, i) => ({
  id: String(i),
  title: a.title,
  text: a.paragraphs.join('\n'),
  url: a.link,
}));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

function pass(run: () => void): { wall: number; cpu: number } {
  const t = performance.now();
  const c = cpuMs();
  run();
  return { wall: performance.now() - t, cpu: cpuMs() - c };
}

// Whole pipeline.
let events = 0;
pass(() => {
  for (const input of inputs) events += extract(input, { tagger: true }).events.length;
});
const wall: number[] = [];
const cpu: number[] = [];
for (let r = 0; r < 5; r++) {
  const p = pass(() => {
    for (const input of inputs) extract(input, {});
  });
  wall.push(p.wall);
  cpu.push(p.cpu);
}
console.log(
  `machine: 2 cores, load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
);
console.log(
  `extract (whole pipeline), ${inputs.length} articles, ${events} events: median ${((inputs.length / median(wall)) * 1000).toFixed(0)} articles/s wall, ${((inputs.length / median(cpu)) * 1000).toFixed(0)} articles/s CPU (runs wall ms: ${wall.map((x) => x.toFixed(0)).join(', ')})`,
);

// CPU per stage: each component of COMPONENTS timed on its own (process.cpuUsage around it; that call
// itself costs about 1 µs), plus building the result objects; one warm-up pass, then the median of 5
// passes per stage and of the per-article totals. With batch 1 every article goes through all stages
// in turn, as extract() does; with a larger batch the whole batch goes through one stage, then the
// next, as extractBatch() does.
const cpuUs = () => {
  const u = process.cpuUsage();
  return u.user + u.system;
};
function stageCpu(batch: number): string {
  const names = [...COMPONENTS.map(([name]) => name), 'result'];
  const perStage: number[][] = names.map(() => []);
  const totals: number[] = [];
  for (let r = 0; r <= 5; r++) {
    const acc = names.map(() => 0);
    const t0 = cpuUs();
    for (let b = 0; b < inputs.length; b += batch) {
      const docs = inputs.slice(b, b + batch).map((input) => {
        const { meta, text } = articleText(input); // as extract() does
        return createDoc(meta, text);
      });
      for (let k = 0; k < COMPONENTS.length; k++) {
        const c = cpuUs();
        for (const doc of docs) COMPONENTS[k][1](doc, {});
        acc[k] += cpuUs() - c;
      }
      const c = cpuUs();
      for (const doc of docs) toResult(doc);
      acc[names.length - 1] += cpuUs() - c;
    }
    const total = cpuUs() - t0;
    if (r === 0) continue; // warm-up
    totals.push(total / inputs.length / 1000);
    for (let k = 0; k < names.length; k++) perStage[k].push(acc[k] / inputs.length / 1000);
  }
  return `${names.map((n, k) => `${n} ${median(perStage[k]).toFixed(2)}`).join(', ')}; total ${median(totals).toFixed(2)} (runs: ${totals.map((x) => x.toFixed(2)).join(', ')})`;
}
const BATCH = 32;
console.log(`CPU ms per article by stage (median of 5), one article at a time: ${stageCpu(1)}`);
console.log(`same, stage by stage over batches of ${BATCH} (extractBatch): ${stageCpu(BATCH)}`);
const batched: number[] = [];
for (let r = 0; r < 5; r++) {
  batched.push(
    pass(() => {
      for (let b = 0; b < inputs.length; b += BATCH) extractBatch(inputs.slice(b, b + BATCH), {});
    }).cpu,
  );
}
console.log(
  `extractBatch (whole pipeline, batches of ${BATCH}, no per-stage timing): median ${((inputs.length / median(batched)) * 1000).toFixed(0)} articles/s CPU (${((median(batched) / inputs.length) * 1000).toFixed(0)} µs/article)`,
);

// Quote and event stages alone, on Docs prepared up to them.
const docs: Doc[] = inputs.map((input) => {
  const doc = createDoc(
    { id: input.id, title: input.title, url: input.url, source: 'fars', published: null },
    input.text,
  );
  for (const [name, c] of COMPONENTS) {
    if (name === 'quotes') break;
    c(doc, {});
  }
  return doc;
});
const stage: number[] = [];
for (let r = 0; r < 5; r++) {
  const p = pass(() => {
    for (const doc of docs) {
      doc.entities = [...doc.entities]; // a fresh layer: no cached sentence views from the last pass
      findQuotes(doc, {});
      codeEvents(doc, {});
    }
  });
  stage.push(p.cpu);
}
console.log(
  `quotes + events stages only: median ${((docs.length / median(stage)) * 1000).toFixed(0)} articles/s CPU (${((median(stage) / docs.length) * 1000).toFixed(0)} µs/article)`,
);

// Peak memory while streaming JSONL through the command line.
const dir = mkdtempSync(join(tmpdir(), 'rasad-bench-extract-'));
const jsonl = join(dir, 'fars3x.jsonl');
const lines = inputs.map((x) => JSON.stringify(x));
writeFileSync(jsonl, `${[...lines, ...lines, ...lines].join('\n')}\n`);
const bin = new URL('../bin/rasad', import.meta.url).pathname;
const r = spawnSync('/usr/bin/time', ['-f', '%M %e', bin, 'extract', '--input', 'jsonl', jsonl], {
  encoding: 'utf8',
  maxBuffer: 1 << 30,
});
const [maxRssKb, seconds] = (r.stderr.trim().split('\n').pop() ?? '').split(' ').map(Number);
const out = r.stdout.split('\n').filter(Boolean).length;
console.log(
  `rasad extract --input jsonl, ${lines.length * 3} articles (${out} results, exit ${r.status}): peak RSS ${(maxRssKb / 1024).toFixed(0)} MB, ${seconds}s wall`,
);
