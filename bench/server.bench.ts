// `npm run bench server`: the HTTP API under load, and the web app's bundle size.
// A child process holds an embedded store with 100,000 synthetic events (stored straight through
// store.saveArticles) and serves it on 127.0.0.1; autocannon in this process loads /api/events and
// /api/timeline, first at a fixed 500 requests/s (the target: p99 < 50 ms), then flat out.
// Figures go to stdout; docs/bench-server.md records them. For each run the server child also reports
// its garbage collections and its event loop's delay, to tell a stall in the server from one elsewhere
// (autocannon, the worker thread, other jobs on the machine).
import { type ChildProcess, fork } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Store } from '../src/store/types.js';
import { EVENTS_PER_ARTICLE, rng, syntheticArticle } from './synthetic-events.js';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 100_000);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
/**
 * Seconds of unmeasured load at 500 requests/s before each URL's measured runs (default 0: one
 * request only, as in the recorded runs). The first URL measured otherwise also measures the warm-up
 * of the server's and autocannon's code.
 */
const WARMUP = Number(process.env.BENCH_WARMUP ?? 0);

/**
 * A server child. `fill`: creates the store, stores the synthetic events, serves it plainly (no read
 * cache, reads on the main thread). `shipped`: opens the same store file and serves it as
 * `rasad serve` does (read cache, reads on a worker thread). Two processes, so that a backlog of slow
 * requests in one cannot stall the other's event loop.
 */
async function serveChild(mode: 'fill' | 'shipped'): Promise<void> {
  const { openStore } = await import('../src/store/index.js');
  const { createServer } = await import('../src/server/index.js');
  const dir = mode === 'fill' ? mkdtempSync(join(tmpdir(), 'rasad-bench-')) : '';
  const db = mode === 'fill' ? join(dir, 'bench.db') : (process.env.BENCH_DB as string);
  let store: Store = await openStore(db);
  await store.migrate();
  let loadSeconds = 0;
  if (mode === 'fill') {
    const random = rng(42);
    const t0 = performance.now();
    const articles = EVENTS / EVENTS_PER_ARTICLE;
    for (let i = 0; i < articles; i += 1000) {
      const batch = Array.from({ length: Math.min(1000, articles - i) }, (_, k) => {
        const result = syntheticArticle(i + k, random);
        return { result, original: result.text };
      });
      await store.saveArticles(batch);
    }
    loadSeconds = (performance.now() - t0) / 1000;
  } else {
    const { ThreadedReadStore } = await import('../src/server/threaded-read-store.js');
    store = await ThreadedReadStore.start(store, db);
  }
  const app = await createServer({
    store,
    rateLimit: false,
    webApp: false,
    ...(mode === 'fill' ? { cacheMs: 0 } : {}),
  });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  const ready = { url, db, kind: `embedded store (${store.kind})`, loadSeconds };
  if (process.send) process.send(ready);
  else console.log(`serving ${url} (${ready.kind}; loaded in ${loadSeconds.toFixed(1)} s)`); // run by hand: `… server.bench.ts fill`
  // What the server's main thread went through during one load run: 'reset' starts, 'stats' reports.
  const loop = monitorEventLoopDelay({ resolution: 10 });
  const pauses: number[] = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) pauses.push(entry.duration);
  }).observe({ entryTypes: ['gc'] });
  process.on('message', async (message) => {
    if (message === 'reset') {
      pauses.length = 0;
      loop.reset();
      loop.enable();
      process.send?.('reset');
      return;
    }
    if (message === 'stats') {
      loop.disable();
      const stats: ServerStats = {
        gcCount: pauses.length,
        gcMs: pauses.reduce((a, b) => a + b, 0),
        gcMaxMs: Math.max(0, ...pauses),
        loopP99Ms: loop.percentile(99) / 1e6,
        loopMaxMs: loop.max / 1e6,
      };
      process.send?.(stats);
      return;
    }
    await app.close();
    await store.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
    process.exit(0);
  });
}

interface ServerStats {
  gcCount: number;
  gcMs: number;
  gcMaxMs: number;
  loopP99Ms: number;
  loopMaxMs: number;
}

/** Sends a child a message and waits for its answer. */
function ask<T>(child: ChildProcess, message: string): Promise<T> {
  return new Promise((resolve) => {
    child.once('message', (m) => resolve(m as T));
    child.send(message);
  });
}

// autocannon ships no type declarations; this is the part of its API used here.
interface AutocannonResult {
  requests: { average: number };
  latency: { p50: number; p99: number };
  errors: number;
  non2xx: number;
}
type Autocannon = (options: {
  url: string;
  connections: number;
  duration: number;
  overallRate?: number;
}) => Promise<AutocannonResult>;
const autocannonModule = 'autocannon';
const autocannon = ((await import(autocannonModule)) as { default: Autocannon }).default;

interface Figures {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

async function load(url: string, rate?: number, duration = DURATION): Promise<Figures> {
  const result = await autocannon({
    url,
    connections: rate ? 20 : 10,
    duration,
    ...(rate ? { overallRate: rate } : {}),
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}

function bundleSize(): void {
  const dist = fileURLToPath(new URL('../web/dist/', import.meta.url));
  let html: string;
  try {
    html = readFileSync(join(dist, 'index.html'), 'utf8');
  } catch {
    console.log('web bundle: web/dist missing (run `npm run build:web`)');
    return;
  }
  const first = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  const gz = (f: string) => gzipSync(readFileSync(join(dist, f))).length;
  const firstBytes = gz('index.html') + first.reduce((n, f) => n + gz(f), 0);
  console.log(
    `web bundle, first page (index.html + ${first.join(' + ')}): ${(firstBytes / 1024).toFixed(1)} KB gzipped`,
  );
  for (const f of readdirSync(join(dist, 'assets'))) {
    if (first.includes(`assets/${f}`)) continue;
    const path = join(dist, 'assets', f);
    const size = f.endsWith('.woff2') ? statSync(path).size : gz(`assets/${f}`);
    console.log(
      `  on demand: ${f}: ${(size / 1024).toFixed(1)} KB ${f.endsWith('.woff2') ? '(woff2)' : 'gzipped'}`,
    );
  }
}

async function main(): Promise<void> {
  bundleSize();
  type Ready = { url: string; db: string; kind: string; loadSeconds: number };
  const spawn = (mode: 'fill' | 'shipped', env: Record<string, string> = {}) => {
    const child = fork(fileURLToPath(import.meta.url), [mode], {
      execArgv: ['--import', 'tsx'],
      stdio: 'inherit',
      env: { ...process.env, ...env },
    });
    const ready = new Promise<Ready>((resolve, reject) => {
      child.once('message', (m) => resolve(m as Ready));
      child.once('exit', (code) => reject(new Error(`${mode} server exited with ${code}`)));
    });
    return { child, ready };
  };
  const plain = spawn('fill');
  const filled = await plain.ready;
  console.log(`store: ${filled.kind}; ${EVENTS} events stored in ${filled.loadSeconds.toFixed(1)} s`);
  const shipped = spawn('shipped', { BENCH_DB: filled.db });
  const served = await shipped.ready;
  const targets = [
    ['/api/events (first page, 50)', '/api/events'],
    [
      '/api/events?actor=RUS&since=2020-01-01&until=2020-12-31',
      '/api/events?actor=RUS&since=2020-01-01&until=2020-12-31',
    ],
    ['/api/timeline?interval=week', '/api/timeline?interval=week'],
  ];
  // The server as shipped first, then the plain one, so the plain server's backlog of slow requests
  // cannot take CPU from the shipped one's runs.
  const servers: Array<[string, string, ChildProcess]> = [
    ['as shipped (read cache, reads on a worker thread)', served.url, shipped.child],
    ['no cache, reads on the main thread', filled.url, plain.child],
  ];
  for (const [server, base, child] of servers) {
    for (const [label, path] of targets) {
      // One request first, as any deployed server has had: the figures are for a warm server (the
      // cold first answer of a slow query is reported separately).
      const cold = performance.now();
      await fetch(`${base}${path}`).then((r) => r.arrayBuffer());
      console.log(`${label}, ${server}: first (cold) request ${(performance.now() - cold).toFixed(0)} ms`);
      if (WARMUP > 0) await load(`${base}${path}`, 500, WARMUP);
      for (const rate of [500, undefined]) {
        await ask(child, 'reset');
        const f = await load(`${base}${path}`, rate);
        const s = await ask<ServerStats>(child, 'stats');
        console.log(
          `${label}, ${server} @ ${rate ? `${rate} req/s` : 'max'}: ${f.rps.toFixed(0)} req/s, p50 ${f.p50} ms, p99 ${f.p99} ms` +
            (f.errors || f.non2xx ? `, errors ${f.errors}, non-2xx ${f.non2xx}` : ''),
        );
        console.log(
          `  server: ${s.gcCount} GC pauses (${s.gcMs.toFixed(0)} ms, longest ${s.gcMaxMs.toFixed(1)} ms), ` +
            `event-loop delay p99 ${s.loopP99Ms.toFixed(1)} ms, max ${s.loopMaxMs.toFixed(1)} ms`,
        );
        await new Promise((r) => setTimeout(r, 2000));
      }
    }
  }
  for (const { child } of [shipped, plain]) {
    child.send('stop');
    await new Promise((r) => child.once('exit', r));
  }
}

if (process.argv[2] === 'fill' || process.argv[2] === 'shipped') await serveChild(process.argv[2]);
else await main();
