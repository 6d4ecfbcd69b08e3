// `npm run bench reliability` (issue 10): the figures behind "nothing one article does can hurt
// another". docs/benchmarks.md ("Reliability (issue 10)") records them.
//  1. Linearity: every adversarial family of test/reliability/adversarial.ts at n, 2n and 4n — CPU
//     time and retained heap as ratios against n (medians of 3; linear is 2 and 4).
//  2. Fault runs: `rasad ingest` killed with SIGKILL at random moments and rerun; `rasad worker`s on
//     PostgreSQL, one killed at random moments and restarted; a poison article that kills its worker
//     (a 100 MB heap) in a batch — stored, lost and duplicated articles for each.
//  3. An extract flood during reads: read latency p50/p99 with and without concurrent /api/extract
//     posts, and every request's outcome (survived / lost).
// The CLI runs are of the compiled program (bin/rasad): run `npm run build:src` first.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import pg from 'pg';
import { writeJsonl } from '../test/ingest/make-input.js';
import { FAMILIES, measure } from '../test/reliability/adversarial.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'rasad');
const PG_BASE = process.env.RASAD_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
const env = { ...process.env, RASAD_DB: '' };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? Number.NaN;
};
/** A deterministic PRNG for the kill moments (the same run every time). */
let seed = 10;
const rand = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};

function linearity(): void {
  console.log('\n## Linearity: CPU time and retained heap at 2n and 4n, as ratios against n (medians of 3)');
  console.log(
    '| family | n | CPU ms at n | time 2n/n | time 4n/n | heap 2n/n | heap 4n/n | slowest stage 4n/n |',
  );
  console.log('|---|---|---|---|---|---|---|---|');
  for (const f of FAMILIES) measure(f.text(20), 1);
  for (const f of FAMILIES) {
    measure(f.text(f.base), 1);
    const at = [1, 2, 4].map((k) => {
      const runs = [0, 1, 2].map(() => measure(f.text(f.base * k), 1));
      const ms: Record<string, number> = {};
      for (const stage of Object.keys(runs[0].ms)) ms[stage] = median(runs.map((r) => r.ms[stage] ?? 0));
      return { ms, retained: median(runs.map((r) => r.retained)) };
    });
    const [a, b, c] = at;
    let worst = '';
    let worstRatio = 0;
    for (const [stage, v] of Object.entries(c.ms)) {
      if (stage === 'total' || v < 20) continue;
      const r = v / Math.max(a.ms[stage] ?? 0, 1);
      if (r > worstRatio) [worst, worstRatio] = [stage, r];
    }
    const heap = (x: number) => (x / Math.max(a.retained, 256 * 1024)).toFixed(1);
    console.log(
      `| ${f.name} | ${f.base} | ${a.ms.total.toFixed(0)} | ${(b.ms.total / a.ms.total).toFixed(1)} | ${(c.ms.total / a.ms.total).toFixed(1)} | ${heap(b.retained)} | ${heap(c.retained)} | ${worst ? `${worst} ${worstRatio.toFixed(1)}` : '–'} |`,
    );
  }
}

function sqliteCounts(db: string): { stored: number; distinct: number; events: number } {
  const c = new Database(db, { readonly: true });
  try {
    const r = c.prepare('select count(*) n, count(distinct content_hash) d from articles').get() as {
      n: number;
      d: number;
    };
    const e = c.prepare('select count(*) n from events').get() as { n: number };
    return { stored: r.n, distinct: r.d, events: e.n };
  } finally {
    c.close();
  }
}

/** Starts a CLI run and kills it with SIGKILL after `ms`, unless it ended first. */
async function runKilledAfter(args: string[], ms: number): Promise<boolean> {
  const child = spawn(BIN, args, { env, stdio: 'ignore' });
  const ended = new Promise<void>((r) => child.on('exit', () => r()));
  const killed = await Promise.race([ended.then(() => false), sleep(ms).then(() => true)]);
  if (killed) {
    child.kill('SIGKILL');
    await ended;
  }
  return killed;
}

async function ingestKills(dir: string): Promise<string> {
  const n = Number(process.env.BENCH_FAULT_ARTICLES ?? 400);
  const input = join(dir, 'fault.jsonl');
  writeJsonl(input, n, 7);
  const db = join(dir, 'fault.db');
  const clean = join(dir, 'clean.db');
  const t0 = Date.now();
  spawnSync(BIN, ['ingest', input, '--db', clean, '--threads', '0', '--batch', '20'], { env });
  const cleanMs = Date.now() - t0;
  let kills = 0;
  // Batches of 20, so that a kill lands between commits as well as inside one.
  const args = ['ingest', input, '--db', db, '--batch', '20'];
  // Each kill at a random moment of what a whole run takes: at start-up, mid-batch, mid-commit.
  for (let k = 0; k < 6; k++) if (await runKilledAfter(args, (0.3 + 0.7 * rand()) * cleanMs)) kills++;
  const final = spawnSync(BIN, args, { env, encoding: 'utf8' });
  const got = sqliteCounts(db);
  const want = sqliteCounts(clean);
  return `| ingest (SQLite), SIGKILL at ${kills} random moments, then a rerun | ${n} | ${got.stored} | ${want.stored - got.distinct} | ${got.stored - got.distinct} | events ${got.events} (clean run ${want.events}); rerun: ${final.stdout.trim()} |`;
}

async function pgQuery<T>(schema: string, text: string): Promise<T[]> {
  const c = new pg.Client({ connectionString: PG_BASE });
  await c.connect();
  try {
    await c.query(`create schema if not exists "${schema}"`);
    await c.query(`set search_path to "${schema}"`);
    return (await c.query(text)).rows as T[];
  } finally {
    await c.end();
  }
}

async function dropSchema(schema: string): Promise<void> {
  const c = new pg.Client({ connectionString: PG_BASE });
  await c.connect();
  await c.query(`drop schema if exists "${schema}" cascade`);
  await c.end();
}

async function workerKills(dir: string): Promise<string> {
  const n = Number(process.env.BENCH_FAULT_ARTICLES ?? 400);
  const schema = `rasad_bench_rel_${process.pid}`;
  const url = `${PG_BASE}?schema=${schema}`;
  const input = join(dir, 'queue.jsonl');
  writeJsonl(input, n, 8);
  spawnSync(BIN, ['ingest', input, '--db', url], { env });
  const workerArgs = [
    'worker',
    '--db',
    url,
    '--exit-when-empty',
    '--lease',
    '3',
    '--rejects',
    join(dir, 'w.jsonl'),
  ];
  const steady: ChildProcess = spawn(BIN, workerArgs, { env, stdio: 'ignore' });
  const steadyEnded = new Promise<void>((r) => steady.on('exit', () => r()));
  let kills = 0;
  for (let k = 0; k < 4; k++) if (await runKilledAfter(workerArgs, 2000 + rand() * 4000)) kills++;
  spawnSync(BIN, workerArgs, { env });
  await steadyEnded;
  const [r] = await pgQuery<{ n: string; d: string }>(
    schema,
    'select count(*) n, count(distinct content_hash) d from articles',
  );
  const [f] = await pgQuery<{ n: string }>(schema, "select count(*) n from jobs where state <> 'done'");
  const errors = await pgQuery<{ state: string; attempts: number; error: string | null }>(
    schema,
    "select state, attempts, error from jobs where state <> 'done'",
  );
  for (const e of errors) console.error(`job not done: ${e.state} after ${e.attempts} attempts: ${e.error}`);
  await dropSchema(schema);
  return `| 2 PostgreSQL workers, one SIGKILLed at ${kills} random moments and restarted | ${n} | ${r.n} | ${n - Number(r.d)} | ${Number(r.n) - Number(r.d)} | jobs not done: ${f.n} |`;
}

async function poison(dir: string): Promise<string> {
  const schema = `rasad_bench_poison_${process.pid}`;
  const url = `${PG_BASE}?schema=${schema}`;
  const input = join(dir, 'poison.jsonl');
  const sentence = 'وزیر خارجه ایران با همتای روسی خود در مسکو دیدار و درباره روابط دوجانبه گفت‌وگو کرد. ';
  const lines: string[] = [];
  for (let i = 0; i < 30; i++)
    lines.push(JSON.stringify({ id: `g${i}`, text: `خبر ${i + 1}. ${sentence.repeat(3 + (i % 5))}` }));
  lines.splice(15, 0, JSON.stringify({ id: 'poison', text: sentence.repeat(11_000) }));
  writeFileSync(input, lines.join('\n'));
  spawnSync(BIN, ['ingest', input, '--db', url], { env });
  const statuses: Array<number | string | null> = [];
  for (let k = 0; k < 8; k++) {
    const w = spawnSync(
      BIN,
      [
        'worker',
        '--db',
        url,
        '--exit-when-empty',
        '--lease',
        '1',
        '--threads',
        '0',
        '--rejects',
        join(dir, 'p.jsonl'),
      ],
      { env: { ...env, NODE_OPTIONS: '--max-old-space-size=100' } },
    );
    statuses.push(w.status ?? (w.signal === 'SIGABRT' ? 134 : w.signal));
    if (w.status === 0) break;
    await sleep(1100);
  }
  const [r] = await pgQuery<{ n: string }>(schema, 'select count(*) n from articles');
  const [f] = await pgQuery<{ n: string }>(schema, "select count(*) n from jobs where state = 'failed'");
  const again = spawnSync(BIN, ['ingest', input, '--db', url], { env, encoding: 'utf8' });
  await dropSchema(schema);
  return `| a poison article (kills a 100 MB-heap worker) among 30 in one batch | 31 | ${r.n} | ${30 - Number(r.n)} good | 0 | worker exits ${statuses.join(', ')}; failed ${f.n}; re-ingest: ${again.stdout.trim()} |`;
}

/** The server child for the flood: the compiled server over a store of 300 articles, limits as shipped but rate limits off. */
async function serverChild(): Promise<void> {
  const { openStore } = await import(join(ROOT, 'dist/store/index.js'));
  const { createServer } = await import(join(ROOT, 'dist/server/index.js'));
  const { ThreadedReadStore } = await import(join(ROOT, 'dist/server/threaded-read-store.js'));
  const db = process.env.BENCH_DB as string;
  const main = await openStore(db);
  await main.migrate();
  const store = await ThreadedReadStore.start(main, db);
  const app = await createServer({
    store,
    webApp: false,
    rateLimit: false,
    extractRateLimit: false,
    warmExtract: true,
    cacheMs: 0,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  process.send?.({ port: app.server.address().port });
  setInterval(() => process.send?.({ rss: process.memoryUsage().rss }), 250);
}

async function flood(dir: string): Promise<string[]> {
  const db = join(dir, 'flood.db');
  const input = join(dir, 'flood.jsonl');
  writeJsonl(input, 300, 9);
  spawnSync(BIN, ['ingest', input, '--db', db], { env });
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(import.meta.url), '--server-child'],
    {
      env: { ...env, BENCH_DB: db },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    },
  );
  let peakRss = 0;
  const port = await new Promise<number>((resolve) =>
    child.on('message', (m: { port?: number; rss?: number }) => {
      if (m.port) resolve(m.port);
      if (m.rss) peakRss = Math.max(peakRss, m.rss);
    }),
  );
  const base = `http://127.0.0.1:${port}`;
  await sleep(4000); // the extraction threads load their lexicons
  const seconds = Number(process.env.BENCH_SECONDS ?? 10);
  const reads = async (until: number) => {
    const ms: number[] = [];
    let lost = 0;
    const one = async () => {
      while (Date.now() < until) {
        const t = performance.now();
        try {
          const r = await fetch(`${base}/api/events?limit=20&since=2020-01-01`);
          await r.arrayBuffer();
          if (r.status !== 200) lost++;
        } catch {
          lost++;
        }
        ms.push(performance.now() - t);
      }
    };
    await Promise.all([one(), one(), one(), one()]);
    return { ms, lost };
  };
  const idleRss = peakRss;
  const idle = await reads(Date.now() + seconds * 1000);
  peakRss = 0;
  const sentence = 'وزیر خارجه ایران با همتای روسی خود در مسکو دیدار و درباره روابط دوجانبه گفت‌وگو کرد. ';
  const body = sentence.repeat(600); // ≈ 50,000 characters, a long report
  const outcomes: Record<string, number> = {};
  const until = Date.now() + seconds * 1000;
  const poster = async () => {
    while (Date.now() < until) {
      try {
        const r = await fetch(`${base}/api/extract`, {
          method: 'POST',
          headers: { 'content-type': 'text/plain' },
          body,
        });
        await r.arrayBuffer();
        outcomes[r.status] = (outcomes[r.status] ?? 0) + 1;
        if (r.status === 503) await sleep(200);
      } catch {
        outcomes.error = (outcomes.error ?? 0) + 1;
      }
    }
  };
  const [busy] = await Promise.all([reads(until), ...Array.from({ length: 8 }, poster)]);
  child.kill('SIGTERM');
  const row = (what: string, r: { ms: number[]; lost: number }) =>
    `| ${what} | ${r.ms.length} | ${r.lost} | ${median(r.ms).toFixed(1)} | ${pct(r.ms, 99).toFixed(1)} | ${pct(r.ms, 100).toFixed(0)} |`;
  return [
    `\n## Reads during an extract flood (${seconds} s each, 4 readers; 8 posters of 50,000-character articles)`,
    '| load | reads | reads lost | p50 ms | p99 ms | max ms |',
    '|---|---|---|---|---|---|',
    row('reads only', idle),
    row('reads + extract flood', busy),
    `extract outcomes: ${Object.entries(outcomes)
      .map(([k, v]) => `${k}: ${v}`)
      .join(
        ', ',
      )}; server RSS peak ${(idleRss / 1e6).toFixed(0)} MB idle, ${(peakRss / 1e6).toFixed(0)} MB in the flood`,
  ];
}

if (process.argv.includes('--server-child')) {
  await serverChild();
} else {
  const parts = (process.env.BENCH_PARTS ?? 'linear,faults,flood').split(',');
  const dir = mkdtempSync(join(tmpdir(), 'rasad-bench-rel-'));
  try {
    if (parts.includes('linear')) linearity();
    if (parts.includes('faults')) {
      console.log('\n## Fault runs');
      console.log('| run | articles | stored | lost | stored twice | notes |');
      console.log('|---|---|---|---|---|---|');
      console.log(await ingestKills(dir));
      console.log(await workerKills(dir));
      console.log(await poison(dir));
    }
    if (parts.includes('flood')) for (const line of await flood(dir)) console.log(line);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
