// `rasad follow --once` end to end against a local feed server (127.0.0.1, in this process): one RSS
// feed of N items whose pages are Fars corpus articles as HTML (perturbed copies past the first 900,
// as the ingest bench makes them), fetched, extracted (one extraction thread) and stored by the
// command users run, as a separate process. Figures: items per second; the process's RSS sampled
// every second (flat or growing with N); a second --once over the same feed (everything seen: the
// cost of a poll with nothing new); and the time from an item appearing in the feed to its article
// and events being queryable after one poll.
//   npm run build:src && npm run bench follow
// Environment: FOLLOW_BENCH_N items (default 2000; 10000 for the issue's memory figure).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { loadFars, perturbed, prng } from '../test/ingest/make-input.js';

const N = Number(process.env.FOLLOW_BENCH_N ?? 2000);
const BIN = new URL('../bin/rasad', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'rasad-follow-bench-'));
const log = (s: string) => process.stdout.write(`${s}\n`);
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const corpus = loadFars();
const rand = prng(7);
const articles = Array.from({ length: N + 1 }, (_, i) => perturbed(corpus, i, rand));
let visible = N;

const server = createServer((req, res) => {
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const path = req.url ?? '/';
  if (path === '/feed.xml') {
    const items = articles
      .slice(0, visible)
      .map(
        (a, i) =>
          `<item><title>${esc(a.title)}</title><link>${base}/a/${i}</link><pubDate>Mon, 30 Nov 2026 08:00:00 GMT</pubDate></item>`,
      )
      .join('');
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
    res.end(
      `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>bench</title>${items}</channel></rss>`,
    );
    return;
  }
  const m = /^\/a\/(\d+)$/.exec(path);
  const a = m ? articles[Number(m[1])] : undefined;
  if (!a) {
    res.writeHead(404);
    res.end();
    return;
  }
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(
    `<!doctype html><html><head><title>${esc(a.title)}</title></head><body><nav>خانه | سیاسی</nav><article><h1>${esc(a.title)}</h1>${a.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</article></body></html>`,
  );
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const feeds = join(dir, 'feeds.txt');
writeFileSync(feeds, `${base}/feed.xml\tbench\tfa\n`);
const db = join(dir, 'follow.db');

function rssMb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

async function followOnce(label: string): Promise<{ seconds: number; peak: number; stderr: string }> {
  const started = process.hrtime.bigint();
  const child = spawn(BIN, ['follow', feeds, '--once', '--db', db, '--delay', '0'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const samples: number[] = [];
  const timer = setInterval(() => {
    const mb = rssMb(child.pid as number);
    if (mb > 0) samples.push(mb);
  }, 1000);
  await new Promise((resolve) => child.on('close', resolve));
  clearInterval(timer);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const peak = Math.max(0, ...samples);
  const quarters = [0.25, 0.5, 0.75, 1].map(
    (q) => samples[Math.max(0, Math.ceil(samples.length * q) - 1)] ?? 0,
  );
  log(
    `${label}: ${seconds.toFixed(1)} s; RSS at 25/50/75/100 % of the run ${quarters.map((x) => x.toFixed(0)).join(' / ')} MB, peak ${peak.toFixed(0)} MB`,
  );
  log(`  ${stderr.trim().split('\n').at(-1)}`);
  return { seconds, peak, stderr };
}

log(
  `machine: ${cpus().length} cores, node ${process.version}; load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}; N = ${N}`,
);
const first = await followOnce(`first --once, ${N} new items`);
const conn = new Database(db, { readonly: true });
const stored = (conn.prepare('select count(*) as n from articles').get() as { n: number }).n;
log(
  `stored ${stored} articles: ${(stored / first.seconds).toFixed(1)} items/s including process start and model load`,
);
await followOnce(`second --once, nothing new (${N} items seen)`);
visible = N + 1;
const fresh = await followOnce('third --once, one new item');
const row = conn
  .prepare(
    'select a.id, (select count(*) from event_mentions m where m.article_id = a.id) as events from articles a where a.url = ?',
  )
  .get(`${base}/a/${N}`) as { id: string; events: number } | undefined;
log(
  `item appearing → article queryable after one poll: ${fresh.seconds.toFixed(1)} s (article ${row ? 'stored' : 'MISSING'}, ${row?.events ?? 0} events); worst case adds the --every interval`,
);
conn.close();
server.close();
