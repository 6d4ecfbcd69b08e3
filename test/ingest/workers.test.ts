// Scale-out on PostgreSQL: `rasad ingest --db postgres://…` queues, three `rasad worker`s process,
// one is killed mid-batch; every article must end up stored exactly once and no event twice.
// Also: PostgreSQL connections cut mid-ingest → one-line error, and the rerun completes; failed jobs
// (rejected by the extractor, broken payloads, poison jobs given up) go to the worker's rejects file;
// a wrong password or an unreachable server is one line and exit 1.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { dropSchemas, freshSchema, PG_BASE, pgAvailable, pgUrl } from '../store/pg-available.js';
import { writeJsonl } from './make-input.js';

const available = await pgAvailable();
const prefix = freshSchema('workers');
const BIN = join(process.cwd(), 'bin', 'rasad');
const env = { ...process.env, RASAD_DB: '' };
const rasad = (args: string[]) => spawnSync(BIN, args, { encoding: 'utf8', env });

async function sql<T extends object>(schema: string, text: string): Promise<T[]> {
  const c = new pg.Client({ connectionString: PG_BASE });
  await c.connect();
  try {
    await c.query(`set search_path to "${schema}"`);
    return (await c.query(text)).rows as T[];
  } finally {
    await c.end();
  }
}
const count = async (schema: string, text: string) => Number((await sql<{ n: string }>(schema, text))[0].n);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const exited = (p: ChildProcess) =>
  new Promise<number | null>((r) => (p.exitCode !== null ? r(p.exitCode) : p.on('exit', (c) => r(c))));

afterAll(async () => {
  if (available) await dropSchemas(prefix);
});

describe.skipIf(!available)('PostgreSQL queue and workers', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rasad-workers-'));
  const input = join(dir, 'in.jsonl');
  const n = 24;
  // Generous: the machine may be shared, and each CLI start loads the whole pipeline.
  const SLOW = 240_000;
  writeJsonl(input, n, 3);

  it(
    'three workers, one killed mid-batch: every article processed once, no event duplicated',
    async () => {
      const schema = `${prefix}_q`;
      const url = pgUrl(schema);
      const queued = rasad(['ingest', input, '--db', url]);
      expect(queued.status, queued.stderr).toBe(0);
      expect(queued.stdout).toBe(`ingested ${n}, duplicates 0, rejected 0\n`);
      expect(rasad(['ingest', input, '--db', url]).stdout).toBe(`ingested 0, duplicates ${n}, rejected 0\n`);

      const args = [
        BIN,
        'worker',
        '--db',
        url,
        '--batch',
        '4',
        '--lease',
        '15',
        '--threads',
        '0',
        '--exit-when-empty',
      ];
      const workers = [0, 1, 2].map(() =>
        spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env }),
      );
      // Kill the first worker as soon as some batch has committed: it is then in the middle of another.
      for (
        let i = 0;
        i < 900 && (await count(schema, `select count(*) as n from jobs where state = 'done'`)) === 0;
        i++
      )
        await sleep(100);
      workers[0].kill('SIGKILL');
      const codes = await Promise.all(workers.slice(1).map(exited));
      expect(codes).toEqual([0, 0]);

      expect(await count(schema, `select count(*) as n from jobs where state = 'done'`)).toBe(n);
      expect(await count(schema, 'select count(*) as n from articles')).toBe(n);
      expect(await count(schema, 'select count(distinct content_hash) as n from articles')).toBe(n);
      // Every mention counted once: the counts on events agree with the mention rows.
      expect(await count(schema, 'select coalesce(sum(num_mentions), 0) as n from events')).toBe(
        await count(schema, 'select count(*) as n from event_mentions'),
      );

      // The same input ingested directly by one process gives the same events with the same counts.
      const direct = `${prefix}_d`;
      const r = rasad(['ingest', input, '--db', pgUrl(direct), '--no-queue', '--threads', '0']);
      expect(r.stdout).toBe(`ingested ${n}, duplicates 0, rejected 0\n`);
      const events = async (s: string) =>
        (
          await sql<{ id: string; num_articles: number }>(
            s,
            'select id, num_articles from events order by id',
          )
        ).map((e) => `${e.id}:${e.num_articles}`);
      expect(await events(schema)).toEqual(await events(direct));
    },
    SLOW,
  );

  it(
    'a worker stops cleanly on SIGTERM',
    async () => {
      const w = spawn(process.execPath, [BIN, 'worker', '--db', pgUrl(`${prefix}_q`), '--threads', '0'], {
        stdio: ['ignore', 'pipe', 'pipe'],
        env,
      });
      let out = '';
      w.stdout?.on('data', (d) => {
        out += d;
      });
      let err = '';
      w.stderr?.on('data', (d) => {
        err += d;
      });
      // Give it time to connect and start polling the (empty) queue.
      for (
        let i = 0;
        i < 600 &&
        (await count(
          `${prefix}_q`,
          `select count(*) as n from pg_stat_activity where application_name = 'rasad:${prefix}_q'`,
        )) === 0;
        i++
      )
        await sleep(100);
      w.kill('SIGTERM');
      expect(await exited(w)).toBe(0);
      expect(out).toMatch(/^worker: batches 0, stored 0/);
      expect(err).not.toMatch(/\n\s+at /);
    },
    SLOW,
  );

  it(
    'PostgreSQL cutting the connection mid-ingest: one-line error, then the same command completes',
    async () => {
      const schema = `${prefix}_cut`;
      const url = pgUrl(schema);
      const child = spawn(
        process.execPath,
        [
          BIN,
          'ingest',
          input,
          '--db',
          url,
          '--no-queue',
          '--batch',
          '4',
          '--threads',
          '0',
          '--rejects',
          join(dir, 'cut.jsonl'),
        ],
        {
          stdio: ['ignore', 'pipe', 'pipe'],
          env,
        },
      );
      let err = '';
      child.stderr?.on('data', (d) => {
        err += d;
      });
      for (let i = 0; i < 900; i++) {
        await sleep(100);
        const rows = await sql<{ n: string }>(
          'public',
          `select count(*) as n from information_schema.tables where table_schema = '${schema}' and table_name = 'articles'`,
        );
        if (Number(rows[0].n) > 0 && (await count(schema, 'select count(*) as n from articles')) > 0) break;
      }
      await sql(
        'public',
        `select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'rasad:${schema}'`,
      );
      const code = await exited(child);
      if (code !== 0) {
        expect(code).toBe(1);
        expect(err.trim().split('\n')).toHaveLength(1);
        expect(err).toMatch(/resume|again/);
      }
      const before = await count(schema, 'select count(*) as n from articles');
      expect(before % 4 === 0 || before === n).toBe(true); // whole batches only
      const rerun = rasad([
        'ingest',
        input,
        '--db',
        url,
        '--no-queue',
        '--threads',
        '0',
        '--rejects',
        join(dir, 'cut2.jsonl'),
      ]);
      expect(rerun.status, rerun.stderr).toBe(0);
      expect(await count(schema, 'select count(*) as n from articles')).toBe(n);
      expect(await count(schema, 'select count(distinct content_hash) as n from articles')).toBe(n);
    },
    SLOW,
  );
  it(
    'failed jobs go to the rejects file with their file, line and reason; the rest are stored',
    async () => {
      const schema = `${prefix}_rej`;
      const url = pgUrl(schema);
      const good = join(dir, 'good.jsonl');
      writeJsonl(good, 3, 11);
      // Line 4: a NUL character in the text (PostgreSQL cannot store it): ingest drops the NUL, so it is stored.
      appendFileSync(
        good,
        `${JSON.stringify({ id: 'nul', title: 'خبر', text: 'رئیس\u0000جمهور فرانسه ایران را محکوم کرد.' })}\n`,
      );
      expect(rasad(['ingest', good, '--db', url]).stdout).toBe('ingested 4, duplicates 0, rejected 0\n');
      // Jobs `rasad ingest` would not queue (it reads each article before queueing it), but that another
      // producer or an older rasad may have: the queue is a table any client can write to.
      //  - an article the extractor rejects (its published date is not a date);
      //  - a payload that is not JSON;
      //  - a poison job: its last allowed attempt's worker died (lease run out, attempts used up);
      //  - an article PostgreSQL refuses to store (a NUL in its text, which ingest would have dropped). It
      //    used to fail its whole batch on every attempt; now the batch is stored article by article and
      //    only it fails.
      await sql(
        schema,
        `insert into jobs (content_hash, payload, file, line, state, attempts, lease_until, error) values
         ('bad-date', '{"id":"bad","title":"خبر","text":"وزیر خارجه ایران با همتای روسی دیدار کرد.","published":"1402-13-45"}',
          '/feeds/feed.jsonl', 7, 'queued', 0, null, null),
         ('bad-json', '{"id": "cut', '/feeds/feed.jsonl', 8, 'queued', 0, null, null),
         ('poison', '{"id":"p","text":"متن"}', '/feeds/feed.jsonl', 9, 'running', 3, now() - interval '1 minute',
          'out of memory'),
         ('nul', '{"id":"nul","title":"خبر","text":"رئیس\\u0000جمهور فرانسه ایران را محکوم کرد."}',
          '/feeds/feed.jsonl', 10, 'queued', 0, null, null)`,
      );
      const rejects = join(dir, 'worker-rejects.jsonl');
      const w = rasad(['worker', '--db', url, '--threads', '0', '--exit-when-empty', '--rejects', rejects]);
      expect(w.status, w.stderr).toBe(0);
      expect(w.stdout).toMatch(/^worker: batches \d+, stored 4, duplicates 0, failed 4\n$/);
      expect(w.stderr).toContain(`rasad: failed jobs and their reasons: ${rejects}`);
      expect(w.stderr).not.toMatch(/\n\s+at /);
      const lines = readFileSync(rejects, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { file: string; line: number; job: number; reason: string });
      const byLine = new Map(lines.map((l) => [l.line, l]));
      expect(lines).toHaveLength(4);
      expect(lines.every((l) => Number.isInteger(l.job))).toBe(true);
      expect(byLine.get(10)?.reason).toMatch(/^cannot store the article: .*0x00/);
      expect([7, 8, 9, 10].map((l) => byLine.get(l)?.file)).toEqual(Array(4).fill('/feeds/feed.jsonl'));
      expect(byLine.get(7)?.reason).toMatch(/^extractor rejected the article: published/);
      expect(byLine.get(8)?.reason).toMatch(/^broken job payload/);
      expect(byLine.get(9)?.reason).toBe('given up after 3 attempts: out of memory');

      expect(await count(schema, 'select count(*) as n from articles')).toBe(4);
      expect(await count(schema, `select count(*) as n from articles where text like '%جمهور فرانسه%'`)).toBe(
        1,
      );
      expect(await count(schema, `select count(*) as n from jobs where state = 'done'`)).toBe(4);
      expect(await count(schema, `select count(*) as n from jobs where state = 'failed'`)).toBe(4);
      // Given up once: a second worker finds nothing to do and writes no rejects file.
      const again = join(dir, 'worker-rejects-2.jsonl');
      const w2 = rasad(['worker', '--db', url, '--threads', '0', '--exit-when-empty', '--rejects', again]);
      expect(w2.stdout).toBe('worker: batches 0, stored 0, duplicates 0, failed 0\n');
      expect(existsSync(again)).toBe(false);
    },
    SLOW,
  );
});

// Needs no server: a wrong password (with trust authentication, a user that does not exist: the same
// path), a closed port and a host that does not resolve are one line on stderr and exit 1.
describe('rasad worker / ingest against a PostgreSQL that will not have them', () => {
  const urls = [
    'postgres://nobody:wrong@127.0.0.1:5432/test',
    'postgres://postgres:wrong@127.0.0.1:1/test',
    'postgres://postgres:wrong@no-such-host.invalid:5432/test',
  ];
  it.each(urls)('%s: one line, exit 1, password masked', (url) => {
    for (const args of [
      ['worker', '--db', url, '--exit-when-empty'],
      ['ingest', 'README.md', '--db', url],
    ]) {
      const r = rasad(args);
      expect(r.status, r.stderr).toBe(1);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).not.toContain(':wrong@');
      expect(r.stderr).toMatch(/authentication|password|does not exist|cannot reach/);
    }
  });
});
