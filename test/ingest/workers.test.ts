// Scale-out on PostgreSQL: `rasad ingest --db postgres://…` queues, three `rasad worker`s process,
// one is killed mid-batch; every article must end up stored exactly once and no event twice.
// Also: PostgreSQL connections cut mid-ingest → one-line error, and the rerun completes.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
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
});
