// `npm run bench web-app`: the web app over a store of 100,000 synthetic events (BENCH_EVENTS), in
// Debian's Chromium (playwright-core): for each page, the time from navigation to the page being
// usable (its data drawn: table rows, chart or graph ready) — "time to interactive" here — median
// of BENCH_RUNS (3) cold loads; and the first page's size, gzipped. Figures go to stdout;
// docs/benchmarks.md ("Web app (issue 16)") records them.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { createServer } from '../src/server/index.js';
import { openStore } from '../src/store/index.js';
import { EVENTS_PER_ARTICLE, rng, syntheticArticle } from './synthetic-events.js';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const DIST = fileURLToPath(new URL('../web/dist/', import.meta.url));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function firstPageBytes(): number {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  return [join(DIST, 'index.html'), ...files.map((f) => join(DIST, f))].reduce(
    (n, f) => n + gzipSync(readFileSync(f)).length,
    0,
  );
}

async function main(): Promise<void> {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('web/dist missing: run `npm run build:web`');
  console.log(`first page (index.html + its js and css): ${(firstPageBytes() / 1024).toFixed(1)} KB gzipped`);
  const dir = mkdtempSync(join(tmpdir(), 'rasad-web-bench-'));
  const store = await openStore(join(dir, 'bench.db'));
  await store.migrate();
  const random = rng(42);
  const articles = EVENTS / EVENTS_PER_ARTICLE;
  const t0 = performance.now();
  for (let i = 0; i < articles; i += 1000)
    await store.saveArticles(
      Array.from({ length: Math.min(1000, articles - i) }, (_, k) => {
        const result = syntheticArticle(i + k, random);
        return { result, original: result.text };
      }),
    );
  console.log(`store: ${EVENTS} events in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const app = await createServer({ store, rateLimit: false });
  const base = await app.listen({ host: '127.0.0.1', port: 0 });
  const { actors } = (await (await fetch(`${base}/api/actors?limit=1`)).json()) as {
    actors: Array<{ id: string }>;
  };
  const profile = mkdtempSync(join(tmpdir(), 'rasad-web-bench-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--no-first-run',
    ],
    viewport: { width: 1280, height: 900 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  // The places work adds `location` to events; until then the map's events get one of five places.
  const PLACES = [
    ['کابل', 34.53, 69.17],
    ['هرات', 34.35, 62.2],
    ['تهران', 35.69, 51.39],
    ['مسکو', 55.75, 37.62],
    ['اسلام‌آباد', 33.69, 73.05],
  ] as const;
  await page.route('**/api/events?*', async (route) => {
    if (!route.request().frame().url().includes('/map')) return route.continue();
    const res = await route.fetch();
    const body = (await res.json()) as { events: Array<Record<string, unknown>> };
    body.events.forEach((e, i) => {
      const [name, lat, lon] = PLACES[i % PLACES.length];
      e.location = { name, country: null, admin1: null, lat, lon };
    });
    await route.fulfill({ response: res, json: body });
  });
  const pages: Array<[string, string, string]> = [
    ['paste', '/', 'textarea'],
    ['articles', '/articles', '.article-list li'],
    ['events', '/events', '.events-table tbody tr'],
    ['timeline', '/timeline', '[data-testid=timeline-chart][data-ready=true]'],
    ['network', '/network', '[data-testid=network-graph][data-ready=true]'],
    ['map', '/map', 'circle.place'],
    ['actor', `/actors/${actors[0].id}`, '.events-table tbody tr'],
  ];
  for (const [name, path, ready] of pages) {
    const times: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      await page.goto('about:blank');
      await context.clearCookies();
      const start = performance.now();
      await page.goto(`${base}${path}`);
      await page.waitForSelector(ready, { timeout: 300_000 });
      times.push(performance.now() - start);
    }
    console.log(
      `${name} (${path.split('/')[1] || '/'}): ready in ${median(times).toFixed(0)} ms (median of ${RUNS}; runs ${times.map((t) => t.toFixed(0)).join(', ')})`,
    );
  }
  await context.close();
  await app.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  rmSync(profile, { recursive: true, force: true });
}

await main();
