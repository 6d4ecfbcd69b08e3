// `npm run bench server`: the HTTP API under load, and the web app's bundle size.
// A child process holds an embedded store with 100,000 synthetic events (stored straight through
// store.saveArticles) and serves it on 127.0.0.1; autocannon in this process loads /api/events and
// /api/timeline, first at a fixed 500 requests/s (the target: p99 < 50 ms), then flat out.
// Figures go to stdout; docs/bench-server.md records them.
import { fork } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { CodedEvent } from '../src/doc.js';
import type { ExtractResult } from '../src/result.js';
import type { Store } from '../src/store/types.js';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 100_000);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const EVENTS_PER_ARTICLE = 5;
const TYPES: Array<[CodedEvent['type'], string, CodedEvent['quad']]> = [
  ['CONSULT', '040', 1],
  ['AGREE', '030', 1],
  ['SUPPORT', '051', 1],
  ['COOPERATE', '060', 2],
  ['AID', '070', 2],
  ['ACCUSE', '111', 3],
  ['REQUEST', '100', 3],
  ['THREATEN', '130', 3],
  ['SANCTION', '163', 4],
  ['ASSAULT', '190', 4],
];
const COUNTRIES = [
  'RUS',
  'IRN',
  'AFG',
  'PAK',
  'USA',
  'CHN',
  'TUR',
  'IND',
  'IRQ',
  'SYR',
  'SAU',
  'GBR',
  'FRA',
  'DEU',
  'UKR',
  'ISR',
  'QAT',
  'ARE',
  'EGY',
  'LBN',
];
const SECTORS = ['', 'GOV', 'MIL', 'OPP', 'LEG'];
/** 3,000 pseudo-words from Persian letters, so articles share few shingles. */
const WORDS = (() => {
  const letters = 'ابپتثجچحخدذرزسشصضطظعغفقکگلمنوهی';
  const r = rng(7);
  return Array.from({ length: 3000 }, () =>
    Array.from({ length: 3 + Math.floor(r() * 5) }, () => letters[Math.floor(r() * letters.length)]).join(''),
  );
})();

/** Deterministic pseudo-random numbers, so every run stores the same data. */
function rng(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
}

function syntheticArticle(i: number, random: () => number): ExtractResult {
  const day = new Date(Date.UTC(2019, 0, 1) + Math.floor(random() * 3 * 365) * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const actors = Array.from({ length: 4 }, (_, k) => {
    const country = COUNTRIES[Math.floor(random() * COUNTRIES.length)];
    const sector = SECTORS[Math.floor(random() * SECTORS.length)];
    return {
      id: `a${k + 1}`,
      name: `کنشگر ${country}${sector}`,
      name_en: `${country} ${sector}`.trim(),
      code: `${country}${sector}`,
      country,
      sector: sector || null,
      wikidata: null,
      roles: [],
      mentions: [],
    };
  });
  // Varied text: identical articles would all be near-duplicates of each other, which is neither
  // realistic nor what this benchmark measures.
  const sentences = Array.from(
    { length: EVENTS_PER_ARTICLE },
    () =>
      `${Array.from({ length: 14 }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ')} دیدار کرد. `,
  );
  const text = `${sentences.join('')}شماره ${i}`;
  const offsets = sentences.map((_, k) => sentences.slice(0, k).reduce((n, x) => n + x.length, 0));
  const events: CodedEvent[] = Array.from({ length: EVENTS_PER_ARTICLE }, (_, k) => {
    const [type, cameo, quad] = TYPES[Math.floor(random() * TYPES.length)];
    const start = offsets[k] + sentences[k].length - 11;
    return {
      id: `v${k + 1}`,
      type,
      mode: null,
      cameo,
      quad,
      actor: [`a${(k % 4) + 1}`],
      recipient: [`a${((k + 1) % 4) + 1}`],
      date: day,
      negated: false,
      future: false,
      reported_by: [],
      sentence: k,
      trigger: { start, end: start + 9, text: text.slice(start, start + 9) },
      confidence: 0.8,
    };
  });
  return {
    id: `bench-${i}`,
    title: `خبر ${i}`,
    url: `https://bench.example/${i}`,
    source: 'bench.example',
    published: day,
    text,
    sentences: sentences.map((x, k) => ({ start: offsets[k], end: offsets[k] + x.length })),
    entities: [],
    actors,
    dates: [],
    quotes: [],
    events,
  };
}

async function openBenchStore(dir: string): Promise<{ store: Store; kind: string }> {
  try {
    const { openStore } = await import('../src/store/index.js');
    const store = await openStore(join(dir, 'bench.db'));
    await store.migrate();
    return { store, kind: `embedded store (${store.kind})` };
  } catch (error) {
    // Until the embedded store exists, measure the server over the tests' in-memory store.
    const { MemoryStore } = await import('../test/server/memory-store.js');
    return {
      store: new MemoryStore(),
      kind: `in-memory test store (embedded store unavailable: ${(error as Error).message})`,
    };
  }
}

/** The child: fill a store, serve it, report the port. */
async function serveChild(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'rasad-bench-'));
  const { store, kind } = await openBenchStore(dir);
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
  const loadSeconds = (performance.now() - t0) / 1000;
  const { createServer } = await import('../src/server/index.js');
  // The server as shipped (1 s read cache, reads on a worker thread, as `rasad serve` runs it), and
  // the same store with neither.
  const { ThreadedReadStore } = await import('../src/server/threaded-read-store.js');
  const threaded = kind.startsWith('embedded')
    ? await ThreadedReadStore.start(store, join(dir, 'bench.db'))
    : store;
  const app = await createServer({ store: threaded, rateLimit: false, webApp: false });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  const uncachedApp = await createServer({ store, rateLimit: false, webApp: false, cacheMs: 0 });
  const uncached = await uncachedApp.listen({ host: '127.0.0.1', port: 0 });
  if (process.send) process.send({ url, uncached, kind, loadSeconds });
  else console.log(`serving ${url} (${kind}; loaded in ${loadSeconds.toFixed(1)} s)`); // run by hand: `… server.bench.ts serve`
  process.on('message', async () => {
    await app.close();
    await uncachedApp.close();
    await threaded.close();
    rmSync(dir, { recursive: true, force: true });
    process.exit(0);
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

async function load(url: string, rate?: number): Promise<Figures> {
  const result = await autocannon({
    url,
    connections: rate ? 20 : 10,
    duration: DURATION,
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
  const child = fork(fileURLToPath(import.meta.url), ['serve'], {
    execArgv: ['--import', 'tsx'],
    stdio: 'inherit',
  });
  type Ready = { url: string; uncached: string; kind: string; loadSeconds: number };
  const ready = await new Promise<Ready>((resolve, reject) => {
    child.once('message', (m) => resolve(m as Ready));
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  console.log(`store: ${ready.kind}; ${EVENTS} events stored in ${ready.loadSeconds.toFixed(1)} s`);
  const targets = [
    ['/api/events (first page, 50)', '/api/events'],
    [
      '/api/events?actor=RUS&since=2020-01-01&until=2020-12-31',
      '/api/events?actor=RUS&since=2020-01-01&until=2020-12-31',
    ],
    ['/api/timeline?interval=week', '/api/timeline?interval=week'],
  ];
  const runs: Array<[string, string, number | undefined]> = [
    ['no cache, reads on the main thread', ready.uncached, 500],
    ['no cache, reads on the main thread', ready.uncached, undefined],
    ['as shipped (read cache, reads on a worker thread)', ready.url, 500],
    ['as shipped (read cache, reads on a worker thread)', ready.url, undefined],
  ];
  for (const [label, path] of targets) {
    for (const [server, base, rate] of runs) {
      const f = await load(`${base}${path}`, rate);
      console.log(
        `${label}, ${server} @ ${rate ? `${rate} req/s` : 'max'}: ${f.rps.toFixed(0)} req/s, p50 ${f.p50} ms, p99 ${f.p99} ms` +
          (f.errors || f.non2xx ? `, errors ${f.errors}, non-2xx ${f.non2xx}` : ''),
      );
    }
  }
  child.send('stop');
  await new Promise((r) => child.once('exit', r));
}

if (process.argv[2] === 'serve') await serveChild();
else await main();
