// `npm run bench embedded`: the measurement behind the embedded store's engine (docs/storage.md).
// The same event workload — the store's write path (batches of 200 articles' events in one transaction
// each) and the API's main reads (events of one actor in a date range, a timeline by day) — on
// better-sqlite3 (a native SQLite) and on PGlite (PostgreSQL compiled to WASM), both on files in a temp
// directory. Figures go to stdout; docs/storage.md records them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import Database from 'better-sqlite3';
import { rng } from './synthetic-events.js';

const EVENTS = Number(process.env.EMBEDDED_BENCH_EVENTS ?? 50_000);
const BATCH = 1_000; // events per transaction (≈ 200 articles × 5 events)
const QUERIES = 200;
const COUNTRIES = ['RUS', 'IRN', 'AFG', 'PAK', 'USA', 'CHN', 'TUR', 'IND', 'IRQ', 'SYR'];
const dir = mkdtempSync(join(tmpdir(), 'rasad-embedded-'));

interface Row {
  id: number;
  type: string;
  actor: string;
  recipient: string;
  day: string;
  quad: number;
}

const random = rng(11);
const rows: Row[] = Array.from({ length: EVENTS }, (_, id) => ({
  id,
  type: ['CONSULT', 'ACCUSE', 'ASSAULT', 'AGREE'][Math.floor(random() * 4)],
  actor: COUNTRIES[Math.floor(random() * COUNTRIES.length)],
  recipient: COUNTRIES[Math.floor(random() * COUNTRIES.length)],
  day: new Date(Date.UTC(2019, 0, 1) + Math.floor(random() * 1095) * 86_400_000).toISOString().slice(0, 10),
  quad: 1 + Math.floor(random() * 4),
}));

const SCHEMA = [
  'CREATE TABLE events (id INTEGER PRIMARY KEY, type TEXT NOT NULL, actor TEXT NOT NULL, recipient TEXT NOT NULL, day TEXT NOT NULL, quad INTEGER NOT NULL, evidence TEXT NOT NULL)',
  'CREATE INDEX events_actor_day ON events (actor, day)',
  'CREATE INDEX events_day ON events (day)',
];
const EVIDENCE = 'دیدار و گفت‌وگو کرد'.repeat(4);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
function p95(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length * 0.95)];
}
const report = (engine: string, writeMs: number, byActor: number[], timeline: number[]) =>
  process.stdout.write(
    `${engine.padEnd(15)} write ${((EVENTS / writeMs) * 1000).toFixed(0)} events/s; ` +
      `events of one actor in a year p50 ${median(byActor).toFixed(2)} ms p95 ${p95(byActor).toFixed(2)} ms; ` +
      `timeline by day p50 ${median(timeline).toFixed(2)} ms p95 ${p95(timeline).toFixed(2)} ms\n`,
  );

async function timeEach(n: number, fn: (i: number) => unknown): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn(i);
    out.push(performance.now() - t);
  }
  return out;
}

async function sqlite(): Promise<void> {
  const db = new Database(join(dir, 'bench.db'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  for (const s of SCHEMA) db.exec(s);
  const insert = db.prepare('INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?)');
  const batch = db.transaction((part: Row[]) => {
    for (const r of part) insert.run(r.id, r.type, r.actor, r.recipient, r.day, r.quad, EVIDENCE);
  });
  const t = performance.now();
  for (let i = 0; i < rows.length; i += BATCH) batch(rows.slice(i, i + BATCH));
  const writeMs = performance.now() - t;
  const byActorQ = db.prepare(
    "SELECT * FROM events WHERE actor = ? AND day BETWEEN '2020-01-01' AND '2020-12-31' ORDER BY day DESC LIMIT 50",
  );
  const timelineQ = db.prepare('SELECT day, quad, count(*) AS n FROM events GROUP BY day, quad');
  const byActor = await timeEach(QUERIES, (i) => byActorQ.all(COUNTRIES[i % COUNTRIES.length]));
  const timeline = await timeEach(20, () => timelineQ.all());
  report('better-sqlite3', writeMs, byActor, timeline);
  db.close();
}

async function pglite(): Promise<void> {
  const db = await PGlite.create(join(dir, 'pgdata'));
  for (const s of SCHEMA) await db.exec(s);
  const t = performance.now();
  for (let i = 0; i < rows.length; i += BATCH) {
    const part = rows.slice(i, i + BATCH);
    await db.transaction(async (tx) => {
      for (const r of part)
        await tx.query('INSERT INTO events VALUES ($1, $2, $3, $4, $5, $6, $7)', [
          r.id,
          r.type,
          r.actor,
          r.recipient,
          r.day,
          r.quad,
          EVIDENCE,
        ]);
    });
  }
  const writeMs = performance.now() - t;
  const byActor = await timeEach(QUERIES, (i) =>
    db.query(
      "SELECT * FROM events WHERE actor = $1 AND day BETWEEN '2020-01-01' AND '2020-12-31' ORDER BY day DESC LIMIT 50",
      [COUNTRIES[i % COUNTRIES.length]],
    ),
  );
  const timeline = await timeEach(20, () =>
    db.query('SELECT day, quad, count(*) AS n FROM events GROUP BY day, quad'),
  );
  report('PGlite', writeMs, byActor, timeline);
  await db.close();
}

process.stdout.write(`${EVENTS} events, transactions of ${BATCH}\n`);
await sqlite();
await pglite();
rmSync(dir, { recursive: true, force: true });
