// Adversarial articles for the linearity checks (issue 10), shared by test/reliability and
// bench/reliability.bench.ts. Each family is a function of a size n such that doubling n doubles
// the text; a stage linear in its input takes about twice the time and memory for twice n.

import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createDoc, type Doc } from '../../src/doc.js';
import { COMPONENTS } from '../../src/pipeline.js';

const TRIGGERS = ['دیدار کرد', 'محکوم کرد', 'تهدید کرد', 'حمله کرد', 'کمک کرد', 'همکاری کرد', 'گفت‌وگو کرد'];
const WORDS = [
  'وزیر',
  'خارجه',
  'ایران',
  'با',
  'همتای',
  'روسی',
  'خود',
  'در',
  'مسکو',
  'دیدار',
  'کرد',
  'و',
  'گفت',
  'که',
];

export interface Family {
  name: string;
  /** What the article is, for the report. */
  what: string;
  text: (n: number) => string;
  /** The size the checks start from (the ratio compares n with 2n and 4n). */
  base: number;
}

export const FAMILIES: Family[] = [
  {
    name: 'titles',
    what: 'repeated titles «وزیر خارجه …»',
    text: (n) => 'وزیر خارجه '.repeat(n),
    base: 1500,
  },
  { name: 'names', what: 'a repeated name', text: (n) => 'محمد جواد ظریف '.repeat(n), base: 1500 },
  {
    name: 'title-chains',
    what: 'repeated title phrases with anchors',
    text: (n) => 'معاون سخنگوی وزارت خارجه طالبان و '.repeat(n),
    base: 800,
  },
  { name: 'one-token', what: 'a long run of one token', text: (n) => 'الف '.repeat(n), base: 4000 },
  { name: 'one-word', what: 'one word of 3n letters', text: (n) => 'الف'.repeat(n), base: 40_000 },
  {
    name: 'nested-quotes',
    what: 'n nested quotations «او گفت: «…»»',
    text: (n) => `${'او گفت: «'.repeat(n)}سلام${'»'.repeat(n)}`,
    base: 3000,
  },
  {
    name: 'triggers',
    what: 'one sentence of 500 trigger words (at 2n: 1,000 …)',
    text: (n) => `${Array.from({ length: n }, (_, i) => TRIGGERS[i % TRIGGERS.length]).join(' و ')}.`,
    base: 250,
  },
  {
    name: 'long-sentence',
    what: 'one sentence of 12,500 words (at 4n: 50,000)',
    text: (n) => `${Array.from({ length: n }, (_, i) => WORDS[i % WORDS.length]).join(' ')}.`,
    base: 12_500,
  },
  {
    name: 'no-punctuation',
    what: 'a paragraph without punctuation',
    text: (n) => 'وزیر خارجه ایران با همتای روسی خود دیدار کرد و گفت که '.repeat(n),
    base: 400,
  },
  { name: 'speech', what: 'repeated reported speech', text: (n) => 'او گفت: '.repeat(n), base: 1500 },
  { name: 'dates', what: 'repeated dates', text: (n) => 'روز ۱۲ مهر ۱۴۰۲ '.repeat(n), base: 1000 },
];

let gcFn: (() => void) | null = null;
/** A full collection, so retained heap can be measured (works without --expose-gc). */
export function collect(): void {
  if (!gcFn) {
    setFlagsFromString('--expose-gc');
    gcFn = runInNewContext('gc') as () => void;
  }
  gcFn();
}

export interface Measure {
  /** CPU milliseconds per stage (and `total`, their sum), the least of the runs. */
  ms: Record<string, number>;
  /** Bytes of heap the finished Doc keeps, after a full collection. */
  retained: number;
}

/** The stages measured: the pipeline's, or a test's own (to check that the detector detects). */
export type Stages = typeof COMPONENTS;

/** CPU time of this process in ms: unlike the wall clock, not inflated by other processes. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Runs every stage over the text `runs` times: per-stage least CPU times and the Doc's retained heap. */
export function measure(text: string, runs = 2, components: Stages = COMPONENTS): Measure {
  const ms: Record<string, number> = {};
  let retained = 0;
  for (let r = 0; r < runs; r++) {
    collect();
    const before = process.memoryUsage().heapUsed;
    const doc: Doc = createDoc(
      { id: 'adversarial', title: null, url: null, source: null, published: null },
      text,
    );
    for (const [name, component] of components) {
      // The garbage an earlier stage left is collected now, not charged to this stage: V8's
      // concurrent GC threads count in the process's CPU time (a small stage after the tagger once
      // measured ×14–×20 at 4n on CI while growing linearly).
      collect();
      const t = cpuMs();
      component(doc, {});
      ms[name] = Math.min(ms[name] ?? Number.POSITIVE_INFINITY, cpuMs() - t);
    }
    collect();
    retained = Math.max(retained, process.memoryUsage().heapUsed - before);
    // Keep doc alive until the measurement above.
    if (doc.text.length < 0) throw new Error('unreachable');
  }
  ms.total = components.reduce((sum, [name]) => sum + (ms[name] ?? 0), 0);
  return { ms, retained };
}

const FACTOR = 4;
/** Growth allowed for 4× the input: linear is 4, n log n about 5, quadratic 16. */
const MAX_RATIO = 10;
/** Stages faster than this at 4n are below timer noise: only the total is judged for them. */
const JUDGED_MS = 40;
/** Floors for the small run, so a stage that takes almost nothing there cannot make a ratio of noise. */
const FLOOR_MS = 3;
const FLOOR_BYTES = 512 * 1024;

/** What grew more than MAX_RATIO from n to 4n (empty when all is linear). */
export function superLinear(
  text: (n: number) => string,
  base: number,
  runs = 2,
  components: Stages = COMPONENTS,
): string[] {
  // Once at the small size first: the JIT compiles what this family exercises.
  measure(text(base), 1, components);
  const small = measure(text(base), runs + 1, components);
  const large = measure(text(base * FACTOR), runs, components);
  const over: string[] = [];
  for (const [stage, ms] of Object.entries(large.ms)) {
    if (stage !== 'total' && ms < JUDGED_MS) continue;
    const r = ms / Math.max(small.ms[stage] ?? 0, FLOOR_MS);
    if (r > MAX_RATIO) over.push(`${stage}: CPU time ×${r.toFixed(1)} for ×${FACTOR} input`);
  }
  const m = large.retained / Math.max(small.retained, FLOOR_BYTES);
  if (m > MAX_RATIO) over.push(`retained memory ×${m.toFixed(1)} for ×${FACTOR} input`);
  return over;
}

/**
 * superLinear, confirmed: what grew too much in the first measurement and again in every one of up
 * to `retries` more (with more runs each). A stage's CPU time on one input is bimodal on a loaded
 * machine (the same 8,000-character article measured 5 ms and 39 ms for one stage, wall time
 * agreeing: JIT tiers, not the timer), so one fast small run can make a linear stage look ×15; a
 * super-linear stage is over in every attempt.
 */
export function superLinearConfirmed(
  text: (n: number) => string,
  base: number,
  components: Stages = COMPONENTS,
  retries = 2,
): string[] {
  let over = superLinear(text, base, 2, components);
  for (let i = 0; i < retries && over.length > 0; i++) {
    // Each retry at twice the size: a fast mode of the small run can last across attempts (JIT
    // state persists), while a super-linear stage is over at every size.
    const again = superLinear(text, base * 2 ** (i + 1), 6, components);
    const stageOf = (m: string) => m.split(':')[0];
    const stagesAgain = new Set(again.map(stageOf));
    over = again
      .filter((m) => over.some((o) => stageOf(o) === stageOf(m)))
      .filter((m) => stagesAgain.has(stageOf(m)));
  }
  return over;
}
