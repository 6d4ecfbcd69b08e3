// End to end through the command users run: `rasad ingest FILE.jsonl --db X.db` on replicated Fars
// articles (new ids, shuffled paragraphs, a marker line: every copy is stored and linked as a
// near-duplicate), as a separate process, so the figures include process start, the lexicons and
// models loading, reading, extraction in the thread pool and the store's writes.
//   npm run build && npm run bench ingest
// Environment: INGEST_BENCH_N articles (default 10000; 100000 for the figure),
// INGEST_BENCH_THREADS a comma list of --threads values (default "default,0,1,2"; "default" passes none),
// INGEST_BENCH_RUNS runs of each (default 1), INGEST_BENCH_FILE reuses (or keeps) the generated input.
// Every 10 s it samples the ingest process's RSS and the number of stored articles (a second,
// read-only connection: WAL readers never block the writer), so a rate that falls or memory that
// grows with the store shows as it happens.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { streamJsonl } from '../test/ingest/make-input.js';

const N = Number(process.env.INGEST_BENCH_N ?? 10_000);
const THREADS = (process.env.INGEST_BENCH_THREADS ?? 'default,0,1,2').split(',');
const RUNS = Number(process.env.INGEST_BENCH_RUNS ?? 1);
const BIN = new URL('../bin/rasad', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'rasad-ingest-bench-'));
const log = (s: string) => process.stdout.write(`${s}\n`);

const input = process.env.INGEST_BENCH_FILE ?? join(dir, 'input.jsonl');
if (!existsSync(input)) await streamJsonl(input, N, 5);
log(
  `machine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), node ${process.version}; load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
log(`input: ${N} articles, ${(statSync(input).size / 2 ** 20).toFixed(0)} MB of JSONL (${input})`);

/** VmRSS of a process in MB, or 0 once it is gone. */
function rssOf(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** The pid of the node process /usr/bin/time started. */
function childOf(pid: number): number | null {
  const r = spawnSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' });
  const first = r.stdout.trim().split('\n')[0];
  return first ? Number(first) : null;
}

function storedArticles(db: string): number {
  try {
    const conn = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (conn.prepare('select count(*) as n from articles').get() as { n: number }).n;
    } finally {
      conn.close();
    }
  } catch {
    return 0; // not created yet
  }
}

interface RunFigures {
  wall: number;
  cpu: number;
  maxRssMb: number;
  ingested: number;
}

async function run(threads: string, k: number): Promise<RunFigures> {
  const db = join(dir, `t${threads}-${k}.db`);
  const args = [BIN, 'ingest', input, '--db', db, '--rejects', join(dir, 'rejects.jsonl')];
  if (threads !== 'default') args.push('--threads', threads);
  const child = spawn('/usr/bin/time', ['-f', 'TIME %e %U %S %M', process.execPath, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => {
    out += d;
  });
  child.stderr.on('data', (d) => {
    err += d;
  });
  const t0 = performance.now();
  let lastT = t0;
  let lastN = 0;
  const timer = setInterval(() => {
    const pid = child.pid ? childOf(child.pid) : null;
    const n = storedArticles(db);
    const now = performance.now();
    log(
      `    ${((now - t0) / 1000).toFixed(0).padStart(5)} s: ${String(n).padStart(7)} stored, ${((n - lastN) / ((now - lastT) / 1000)).toFixed(0).padStart(4)} articles/s over the last 10 s, RSS ${pid ? rssOf(pid).toFixed(0) : '?'} MB`,
    );
    lastT = now;
    lastN = n;
  }, 10_000);
  const code = await new Promise<number>((r) => child.on('exit', (c) => r(c ?? -1)));
  clearInterval(timer);
  const m = /TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(err);
  if (code !== 0 || !m)
    throw new Error(`ingest failed (${code}): ${err.trim().split('\n').slice(-3).join(' | ')}`);
  const ingested = Number(/ingested (\d+)/.exec(out)?.[1] ?? 0);
  rmSync(db, { force: true });
  rmSync(`${db}-wal`, { force: true });
  rmSync(`${db}-shm`, { force: true });
  return { wall: Number(m[1]), cpu: Number(m[2]) + Number(m[3]), maxRssMb: Number(m[4]) / 1024, ingested };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

for (const threads of THREADS) {
  log(`\n--threads ${threads}:`);
  const runs: RunFigures[] = [];
  for (let k = 0; k < RUNS; k++) {
    const f = await run(threads, k);
    runs.push(f);
    log(
      `  run ${k + 1}: ${f.ingested} ingested in ${f.wall.toFixed(1)} s = ${(f.ingested / f.wall).toFixed(0)} articles/s; CPU ${f.cpu.toFixed(1)} s (${((f.cpu * 1000) / f.ingested).toFixed(2)} ms/article); max RSS ${f.maxRssMb.toFixed(0)} MB`,
    );
  }
  log(
    `  median of ${RUNS}: ${median(runs.map((r) => r.ingested / r.wall)).toFixed(0)} articles/s wall, ${median(runs.map((r) => (r.cpu * 1000) / r.ingested)).toFixed(2)} ms CPU/article, max RSS ${median(runs.map((r) => r.maxRssMb)).toFixed(0)} MB`,
  );
}
if (!process.env.INGEST_BENCH_FILE) rmSync(dir, { recursive: true, force: true });
