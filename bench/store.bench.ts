// Storage, ingest and query benchmark (docs/bench-store.md records the figures).
//   npm run build && node --import tsx --expose-gc bench/store.bench.ts [part...]
// Parts (default all but stream): store, ingest, postgres, query, synthetic; `stream` (named only) streams
// a ≥ 2 GB JSONL through the ingest reader (STORE_BENCH_STREAM_MB, default 2048). Sizes from the environment:
//   BENCH_STORE_N   articles saved into the embedded store (default 20000; 100000 for the full run)
//   BENCH_INGEST_N  articles through the whole pipeline (default 1000)
//   BENCH_PG        PostgreSQL base URL (default postgres://postgres@127.0.0.1:5432/test)
// Inputs are generated in a temp dir from the Fars corpus (../shared/corpus) and never committed.
// Modules are loaded from the compiled dist/, so the worker-thread pool runs as it does in production.
import { spawn } from 'node:child_process';
import {
  createWriteStream,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { loadFars, perturbed, prng, streamJsonl } from '../test/ingest/make-input.js';
import { EVENTS_PER_ARTICLE, rng, syntheticArticle } from './synthetic-events.js';

const dist = (p: string) => new URL(`../dist/${p}`, import.meta.url).href;
const { extract } = (await import(dist('pipeline.js'))) as typeof import('../src/pipeline.js');
const { openSqliteStore } = (await import(
  dist('store/sqlite/index.js')
)) as typeof import('../src/store/sqlite/index.js');
const { openPostgresStore } = (await import(
  dist('store/postgres/index.js')
)) as typeof import('../src/store/postgres/index.js');
const { ingestPaths } = (await import(dist('ingest/index.js'))) as typeof import('../src/ingest/index.js');
const { toPlain } = (await import(dist('ingest/index.js'))) as typeof import('../src/ingest/index.js');
const { readFileItems } = (await import(
  dist('ingest/readers/index.js')
)) as typeof import('../src/ingest/readers/index.js');

type ExtractResult = ReturnType<typeof extract>;

const parts = process.argv.slice(2);
const want = (p: string) => parts.length === 0 || parts.includes(p);
const named = (p: string) => parts.includes(p);
const STORE_N = Number(process.env.STORE_BENCH_ARTICLES ?? process.env.BENCH_STORE_N ?? 20000);
// STORE_BENCH_CACHE=path keeps the extracted corpus between runs (quick iteration on the store alone).
const CACHE = process.env.STORE_BENCH_CACHE;
const QUICK = process.env.STORE_BENCH_QUICK === '1';
const INGEST_N = Number(process.env.STORE_BENCH_INGEST ?? process.env.BENCH_INGEST_N ?? 1000);
const PG = process.env.BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
const dir = mkdtempSync(join(tmpdir(), 'rasad-bench-'));
const BIN = new URL('../bin/rasad', import.meta.url).pathname;

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const rssMb = () => process.memoryUsage().rss / 2 ** 20;
const log = (s: string) => process.stdout.write(`${s}\n`);
log(
  `machine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), node ${process.version}; load average ${(
    await import('node:os')
  )
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);

/** The Fars corpus, extracted once: the results the store benchmark replicates. */
function extractCorpus(): Array<{ result: ExtractResult; text: string }> {
  if (CACHE && existsSync(CACHE)) return JSON.parse(readFileSync(CACHE, 'utf8'));
  const out = extractCorpusNow();
  if (CACHE) writeFileSync(CACHE, JSON.stringify(out));
  return out;
}

function extractCorpusNow(): Array<{ result: ExtractResult; text: string }> {
  const corpus = loadFars();
  const rand = prng(1);
  return corpus.map((_, i) => {
    const a = perturbed(corpus, i, rand);
    const input = {
      id: a.id,
      title: a.title,
      text: [a.abstract, ...a.paragraphs].join('\n'),
      url: a.link,
      published: null,
    };
    const result = extract(input);
    return { result, text: input.text };
  });
}

/** The i-th article for the store benchmark: a corpus result with a new id, a shifted day and a marker line. */
function replicate(
  base: Array<{ result: ExtractResult; text: string }>,
  i: number,
): { result: ExtractResult; original: string } {
  const { result } = base[i % base.length];
  const round = Math.floor(i / base.length);
  if (round === 0) return { result, original: result.text };
  const shift = (d: string | null) => {
    if (!d) return d;
    const t = new Date(`${d}T00:00:00Z`);
    t.setUTCDate(t.getUTCDate() + (round % 30));
    return t.toISOString().slice(0, 10);
  };
  const text = `${result.text}\nنسخه ${round}`;
  return {
    result: {
      ...result,
      id: `${result.id}-r${round}`,
      text,
      published: shift(result.published),
      events: result.events.map((e) => ({ ...e, date: shift(e.date) })),
    },
    original: text,
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function timeQuery(name: string, fn: () => Promise<unknown>, runs = 100): Promise<void> {
  await fn(); // warm the page cache and prepared statements
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const c = cpuMs();
    await fn();
    times.push(performance.now() - t);
    cpu.push(cpuMs() - c);
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  // On a shared machine wall time includes waiting for a core; CPU time is what the query costs.
  log(
    `  ${name.padEnd(50)} wall p50 ${percentile(times, 50).toFixed(2)} p95 ${percentile(times, 95).toFixed(2)} ms | CPU p50 ${percentile(cpu, 50).toFixed(2)} p95 ${percentile(cpu, 95).toFixed(2)} ms`,
  );
}

async function queryLatency(
  label: string,
  store: Awaited<ReturnType<typeof openSqliteStore>>,
): Promise<void> {
  log(
    `query latency (${label}; ${await store.countArticles()} articles, ${await store.countEvents()} events):`,
  );
  const top = (await store.listActors({ limit: 1 })).items[0];
  await timeQuery('events by actor (RUS, first page of 50)', () =>
    store.queryEvents({ actor: 'RUS', limit: 50 }),
  );
  await timeQuery('events by actor name (ایران)', () => store.queryEvents({ actor: 'ایران', limit: 50 }));
  await timeQuery('events by recipient (IRN)', () => store.queryEvents({ recipient: 'IRN', limit: 50 }));
  await timeQuery('events by type + date range (CONSULT, 2010-2015)', () =>
    store.queryEvents({ type: 'CONSULT', since: '2010-01-01', until: '2015-12-31', limit: 50 }),
  );
  await timeQuery('events full-text (--q تهران)', () => store.queryEvents({ q: 'تهران', limit: 50 }));
  await timeQuery('articles full-text (مذاکرات هسته‌ای)', () =>
    store.searchArticles({ q: 'مذاکرات هسته‌ای', limit: 50 }),
  );
  await timeQuery('timeline by week, one year', () =>
    store.timeline({ interval: 'week', since: '2012-01-01', until: '2012-12-31' }),
  );
  await timeQuery('timeline by week, one actor (IRN), all time', () =>
    store.timeline({ interval: 'week', actor: 'IRN' }),
  );
  if (top)
    await timeQuery(
      `actor relations (top actor ${top.code ?? top.name}, ${top.events} events)`,
      () => store.actorRelations(top.id, {}),
      30,
    );
  await timeQuery('actors list (search "وزیر")', () => store.listActors({ q: 'وزیر', limit: 50 }));
}

if (want('store') || want('query')) {
  const t0 = cpuMs();
  const base = extractCorpus();
  const events = base.reduce((n, b) => n + b.result.events.length, 0);
  log(
    `\nextracted the ${base.length}-article corpus once: ${((cpuMs() - t0) / base.length).toFixed(1)} ms CPU/article, ${events} events`,
  );
  // STORE_BENCH_DB=path keeps the filled store (a second run over an existing file only queries it).
  const db = process.env.STORE_BENCH_DB ?? join(dir, 'store.db');
  const reuse = existsSync(db);
  const store = await openSqliteStore(db);
  const batch = 200;
  const n = reuse ? 0 : STORE_N;
  if (!reuse) {
    log(`\nembedded store (SQLite, WAL), saving ${n} pre-extracted articles in batches of ${batch}:`);
    let peak = rssMb();
    const wall0 = performance.now();
    const cpu0 = cpuMs();
    let mark = wall0;
    let markN = 0;
    for (let i = 0; i < n; i += batch) {
      const items = [];
      for (let k = i; k < Math.min(n, i + batch); k++) items.push(replicate(base, k));
      await store.saveArticles(items);
      peak = Math.max(peak, rssMb());
      const done = Math.min(n, i + batch);
      if (done % 10000 === 0 || done === n) {
        const now = performance.now();
        log(
          `  ${String(done).padStart(7)} articles: ${((done - markN) / ((now - mark) / 1000)).toFixed(0)} articles/s over the last ${done - markN}, RSS ${rssMb().toFixed(0)} MB (peak ${peak.toFixed(0)} MB)`,
        );
        mark = now;
        markN = done;
      }
    }
    const wall = (performance.now() - wall0) / 1000;
    log(
      `  total: ${(n / wall).toFixed(0)} articles/s wall, ${((cpuMs() - cpu0) / n).toFixed(2)} ms CPU/article; db ${(statSync(db).size / 2 ** 20).toFixed(0)} MB; peak RSS ${peak.toFixed(0)} MB`,
    );
    log(
      `  near-duplicates linked: ${
        (
          await store.db
            .selectFrom('articles')
            .select((eb) => eb.fn.countAll().as('n'))
            .where('duplicate_of', 'is not', null)
            .executeTakeFirstOrThrow()
        ).n
      }`,
    );
  }
  await queryLatency('SQLite', store);
  await store.close();
}

// ---- 100,000 synthetic events (the HTTP API's benchmark data, bench/server.bench.ts) -------------
// STORE_BENCH_EVENTS (default 100000) events, 5 per article, 3 years, 20 countries × 5 sectors.
// STORE_BENCH_SYNTH_DB=path keeps the filled store between runs (it is migrated when opened).

async function syntheticRun(): Promise<void> {
  const EVENTS = Number(process.env.STORE_BENCH_EVENTS ?? 100_000);
  const file = process.env.STORE_BENCH_SYNTH_DB ?? join(dir, 'synthetic.db');
  const existed = existsSync(file);
  const store = await openSqliteStore(file);
  if (!existed) {
    const random = rng(42);
    const articles = EVENTS / EVENTS_PER_ARTICLE;
    const wall0 = performance.now();
    const cpu0 = cpuMs();
    for (let i = 0; i < articles; i += 1000) {
      const batch = Array.from({ length: Math.min(1000, articles - i) }, (_, k) => {
        const result = syntheticArticle(i + k, random);
        return { result, original: result.text };
      });
      await store.saveArticles(batch);
    }
    const wall = (performance.now() - wall0) / 1000;
    log(
      `\nsynthetic store: ${articles} articles / ${EVENTS} events saved in ${wall.toFixed(1)} s wall, ${((cpuMs() - cpu0) / articles).toFixed(2)} ms CPU/article`,
    );
  }
  log(
    `query latency (SQLite, synthetic; ${await store.countArticles()} articles, ${await store.countEvents()} events):`,
  );
  const top = (await store.listActors({ limit: 1 })).items[0];
  await timeQuery('events, first page of 50 (no filter)', () => store.queryEvents({ limit: 50 }));
  await timeQuery('events by actor (RUS)', () => store.queryEvents({ actor: 'RUS', limit: 50 }));
  await timeQuery('events by actor (RUS) in 2020', () =>
    store.queryEvents({ actor: 'RUS', since: '2020-01-01', until: '2020-12-31', limit: 50 }),
  );
  await timeQuery('events by recipient (IRNGOV)', () =>
    store.queryEvents({ recipient: 'IRNGOV', limit: 50 }),
  );
  await timeQuery('events by type + date range (ACCUSE, 2020 Q1)', () =>
    store.queryEvents({ type: 'ACCUSE', since: '2020-01-01', until: '2020-03-31', limit: 50 }),
  );
  await timeQuery('events full-text (a common word)', () => store.queryEvents({ q: 'دیدار', limit: 50 }));
  await timeQuery('articles full-text (a common word)', () =>
    store.searchArticles({ q: 'دیدار', limit: 50 }),
  );
  await timeQuery('timeline by day, all time', () => store.timeline({ interval: 'day' }));
  await timeQuery('timeline by week, all time', () => store.timeline({ interval: 'week' }));
  await timeQuery('timeline by week, one actor (RUS)', () =>
    store.timeline({ interval: 'week', actor: 'RUS' }),
  );
  if (top)
    await timeQuery(
      `actor relations (top actor ${top.code}, ${top.events} events)`,
      () => store.actorRelations(top.id, {}),
      30,
    );
  await timeQuery('actors list (first page)', () => store.listActors({ limit: 50 }));
  await store.close();
}

if (want('synthetic')) await syntheticRun();

async function ingestRun(
  label: string,
  file: string,
  options: { db: string; threads?: number; queue?: boolean },
) {
  const wall0 = performance.now();
  const cpu0 = cpuMs();
  const s = await ingestPaths([file], { ...options, rejects: join(dir, 'rejects.jsonl'), progress: false });
  const wall = (performance.now() - wall0) / 1000;
  log(
    `  ${label.padEnd(38)} ${(s.ingested / wall).toFixed(1)} articles/s wall (${s.ingested} in ${wall.toFixed(1)} s; process CPU, all threads ${((cpuMs() - cpu0) / 1000).toFixed(1)} s); ${s.duplicates} duplicates`,
  );
  return s;
}

if (want('ingest')) {
  const file = join(dir, 'ingest.jsonl');
  await streamJsonl(file, INGEST_N, 5);
  log(`\nend to end (read JSONL → extract → store), ${INGEST_N} articles:`);
  await ingestRun('SQLite, extraction in the main thread', file, { db: join(dir, 'e2e-0.db'), threads: 0 });
  // STORE_BENCH_QUICK=1: the main-thread run only (no pool run, no memory run).
  if (QUICK) {
    rmSync(dir, { recursive: true, force: true });
    process.exit(0);
  }
  await ingestRun('SQLite, pool of 2 worker threads', file, { db: join(dir, 'e2e-2.db'), threads: 2 });
  // Memory must stay flat as the input grows: stream 10× the input through read + prepare only.
  const big = join(dir, 'big.jsonl');
  for (const n of [10_000, 100_000]) {
    await streamJsonl(big, n, 9);
    global.gc?.();
    const before = rssMb();
    let peak = before;
    let count = 0;
    for await (const item of readFileItems(big)) {
      if (item.kind === 'article' && typeof toPlain(item.origin, item.input) !== 'string') count++;
      if (count % 1000 === 0) peak = Math.max(peak, rssMb());
    }
    log(
      `  reading + hashing ${n} articles (${(statSync(big).size / 2 ** 20).toFixed(0)} MB JSONL): RSS ${before.toFixed(0)} → peak ${peak.toFixed(0)} MB`,
    );
  }
}

function runWorker(db: string): Promise<number> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [BIN, 'worker', '--db', db, '--exit-when-empty', '--threads', '0'], {
      stdio: 'ignore',
    });
    p.on('exit', (code) => resolve(code ?? -1));
  });
}

if (want('postgres')) {
  const schema = `rasad_bench_${Date.now().toString(36)}`;
  const db = `${PG}?schema=${schema}`;
  const file = join(dir, 'pg.jsonl');
  await streamJsonl(file, INGEST_N, 5);
  log(`\nPostgreSQL (schema ${schema}), ${INGEST_N} articles:`);
  try {
    await ingestRun('enqueue (rasad ingest --db postgres://)', file, { db });
    const wall0 = performance.now();
    await Promise.all([runWorker(db), runWorker(db)]);
    const wall = (performance.now() - wall0) / 1000;
    const store = await openPostgresStore(db);
    const n = await store.countArticles();
    log(
      `  2 worker processes (main thread each)      ${(n / wall).toFixed(1)} articles/s wall (${n} in ${wall.toFixed(1)} s, incl. process start)`,
    );
    // Statistics as autovacuum leaves them a minute after a bulk load (the planner needs them).
    await sql`analyze`.execute(store.db);
    await queryLatency('PostgreSQL, same articles', store);
    await store.db.schema.dropSchema(schema).ifExists().cascade().execute();
    await store.close();
  } catch (e) {
    log(`  PostgreSQL not measured: ${(e as Error).message.split('\n')[0]}`);
  }
}

// ---- A JSONL of ≥ 2 GB through the reader ingest uses (readFileItems + toPlain), never read whole -------
// STORE_BENCH_STREAM_MB (default 2048) of replicated Fars articles are written to the temp dir (deleted at
// the end), then read, decoded, converted and hashed article by article while RSS is sampled every 100 ms.

async function streamRun(): Promise<void> {
  const targetBytes = Number(process.env.STORE_BENCH_STREAM_MB ?? 2048) * 2 ** 20;
  const file = join(dir, 'stream.jsonl');
  const corpus = loadFars();
  const rand = prng(13);
  const out = createWriteStream(file);
  let bytes = 0;
  let n = 0;
  const gen0 = performance.now();
  while (bytes < targetBytes) {
    const line = `${JSON.stringify(perturbed(corpus, n++, rand))}\n`;
    bytes += Buffer.byteLength(line);
    if (!out.write(line)) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise<void>((r) => out.end(() => r()));
  const size = statSync(file).size;
  log(
    `\nstreaming a ${(size / 2 ** 30).toFixed(2)} GiB JSONL (${n} articles, written in ${((performance.now() - gen0) / 1000).toFixed(0)} s) through readFileItems + toPlain:`,
  );
  global.gc?.();
  const before = process.memoryUsage();
  let peakRss = before.rss;
  let peakHeap = before.heapUsed;
  let peakBuffers = before.arrayBuffers;
  const samples: Array<[number, number]> = [];
  const sample = () => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
    peakBuffers = Math.max(peakBuffers, m.arrayBuffers);
    return m.rss;
  };
  let read = 0;
  let articles = 0;
  let rejected = 0;
  const timer = setInterval(sample, 100);
  const wall0 = performance.now();
  const cpu0 = cpuMs();
  let nextMark = size / 10;
  for await (const item of readFileItems(file, (b) => {
    read = b;
  })) {
    if (item.kind === 'article' && typeof toPlain(item.origin, item.input) !== 'string') articles++;
    else rejected++;
    if (read >= nextMark) {
      samples.push([read, sample()]);
      nextMark += size / 10;
    }
  }
  clearInterval(timer);
  sample();
  const wall = (performance.now() - wall0) / 1000;
  const cpu = (cpuMs() - cpu0) / 1000;
  const mb = (x: number) => (x / 2 ** 20).toFixed(0);
  log(
    `  ${articles} articles (${rejected} rejected) in ${wall.toFixed(0)} s: ${(articles / wall).toFixed(0)} articles/s, ${(size / 2 ** 20 / wall).toFixed(0)} MB/s wall; ${cpu.toFixed(0)} s CPU (${((cpu * 1000) / articles).toFixed(3)} ms/article)`,
  );
  log(
    `  RSS before ${mb(before.rss)} MB → peak ${mb(peakRss)} MB (heap used ${mb(before.heapUsed)} → peak ${mb(peakHeap)} MB; array buffers ${mb(before.arrayBuffers)} → peak ${mb(peakBuffers)} MB)`,
  );
  log(`  RSS at each tenth of the file: ${samples.map(([, r]) => mb(r)).join(', ')} MB`);
  rmSync(file, { force: true });
}

if (named('stream')) await streamRun();

rmSync(dir, { recursive: true, force: true });
