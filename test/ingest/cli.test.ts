// The command line over the built dist/ (the suite's `npm test` builds first): ingest summary and
// rejects, kill -9 mid-ingest then rerun, query formats, one-line errors with the right status.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeJsonl } from './make-input.js';

const BIN = join(process.cwd(), 'bin', 'rasad');
const rasad = (args: string[], cwd: string) =>
  spawnSync(BIN, args, { cwd, encoding: 'utf8', env: { ...process.env, RASAD_DB: '' } });
const noStack = (stderr: string) => expect(stderr).not.toMatch(/\n\s+at /);

function countArticles(db: string): number {
  if (!existsSync(db)) return 0;
  const conn = new Database(db, { readonly: true, fileMustExist: true });
  try {
    return (conn.prepare('select count(*) as n from articles').get() as { n: number }).n;
  } catch {
    return 0; // schema not created yet
  } finally {
    conn.close();
  }
}

describe('rasad ingest / query (CLI)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rasad-cli-'));
  const db = join(dir, 'r.db');

  beforeAll(() => {
    expect(existsSync(join(process.cwd(), 'dist', 'cli', 'main.js'))).toBe(true);
    writeFileSync(join(dir, 'seed.txt'), readFileSync(new URL('../../samples/seed.txt', import.meta.url)));
    writeFileSync(join(dir, 'bad.jsonl'), '{"id":"x","text":"متن"}\n{oops\n');
  });

  it('prints the summary line on stdout and names the rejects file', () => {
    const r = rasad(['ingest', 'seed.txt', 'bad.jsonl', '--db', db, '--rejects', 'rej.jsonl'], dir);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe('ingested 2, duplicates 0, rejected 1\n');
    expect(r.stderr).toContain(join(dir, 'rej.jsonl'));
    expect(JSON.parse(readFileSync(join(dir, 'rej.jsonl'), 'utf8'))).toMatchObject({
      file: 'bad.jsonl',
      line: 2,
    });
    const again = rasad(['ingest', 'seed.txt', '--db', db], dir);
    expect(again.stdout).toBe('ingested 0, duplicates 1, rejected 0\n');
  });

  it('prints events as jsonl, csv, gdelt and plover', () => {
    const jsonl = rasad(['query', 'events', '--db', db], dir);
    expect(jsonl.status, jsonl.stderr).toBe(0);
    const events = jsonl.stdout
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l));
    for (const e of events) {
      expect(e).toMatchObject({
        article: expect.any(String),
        num_articles: expect.any(Number),
        num_sources: expect.any(Number),
      });
      expect(Array.isArray(e.actor)).toBe(true);
    }
    const csv = rasad(['query', 'events', '--db', db, '--format', 'csv'], dir);
    expect(csv.stdout.split('\r\n')[0]).toMatch(/^id,date,type,mode,cameo,quad,/);
    expect(csv.stdout.split('\r\n').filter(Boolean)).toHaveLength(events.length + 1);
    const gdelt = rasad(['query', 'events', '--db', db, '--format', 'gdelt', '--header'], dir);
    const rows = gdelt.stdout
      .split('\n')
      .filter(Boolean)
      .map((l) => l.split('\t'));
    expect(rows[0]).toHaveLength(61);
    expect(rows[0][0]).toBe('GlobalEventID');
    for (const row of rows.slice(1)) expect(row).toHaveLength(61);
    const plover = rasad(['query', 'export', '--db', db], dir);
    const records = plover.stdout
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l));
    expect(records).toHaveLength(events.length);
    for (const p of records)
      expect(p).toMatchObject({
        id: expect.any(String),
        event: expect.any(String),
        source: expect.any(Array),
        target: expect.any(Array),
        language: 'fa',
      });
  });

  it('bad usage and bad input: one line, the right status, no stack trace', () => {
    const badDate = rasad(['query', 'events', '--db', db, '--since', '2023-13-45'], dir);
    expect(badDate.status, badDate.stderr).toBe(2);
    expect(badDate.stderr.trim().split('\n')).toHaveLength(1);
    expect(badDate.stderr).toContain('--since');
    const badType = rasad(['query', 'events', '--db', db, '--type', 'HUG'], dir);
    expect(badType.status, badType.stderr).toBe(2);
    const missing = rasad(['query', 'events', '--db', join(dir, 'none.db')], dir);
    expect(missing.status).toBe(1);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    const nothing = rasad(['ingest', 'no-such-dir', '--db', db, '--rejects', 'r3.jsonl'], dir);
    expect(nothing.status).toBe(1);
    expect(nothing.stdout).toBe('ingested 0, duplicates 0, rejected 1\n');
    const pg = rasad(['ingest', 'seed.txt', '--db', 'postgres://nobody:wrong@127.0.0.1:5432/test'], dir);
    expect(pg.status).toBe(1);
    expect(pg.stderr.trim().split('\n')).toHaveLength(1);
    expect(pg.stderr).not.toContain(':wrong@');
    expect(pg.stderr).toMatch(/authentication|password|does not exist/);
    for (const r of [badDate, badType, missing, nothing, pg]) noStack(r.stderr);
  });

  it('kill -9 after the first committed batch, then the same command again: every article stored exactly once', async () => {
    const input = join(dir, 'big.jsonl');
    const n = 40;
    writeJsonl(input, n, 7);
    const killDb = join(dir, 'kill.db');
    const args = [
      BIN,
      'ingest',
      input,
      '--db',
      killDb,
      '--batch',
      '10',
      '--threads',
      '0',
      '--rejects',
      join(dir, 'k.jsonl'),
    ];
    const child = spawn(process.execPath, args, { stdio: 'ignore' });
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    let stored = 0;
    for (let i = 0; i < 600 && stored === 0; i++) {
      await new Promise((r) => setTimeout(r, 100));
      stored = countArticles(killDb);
    }
    child.kill('SIGKILL');
    await exited;
    const before = countArticles(killDb);
    expect(before).toBeGreaterThan(0);
    expect(before % 10).toBe(0); // only whole batches were committed
    const rerun = rasad(
      [
        'ingest',
        input,
        '--db',
        killDb,
        '--batch',
        '10',
        '--threads',
        '0',
        '--rejects',
        join(dir, 'k2.jsonl'),
      ],
      dir,
    );
    expect(rerun.status, rerun.stderr).toBe(0);
    const [, ingested, duplicates] = /ingested (\d+), duplicates (\d+)/.exec(rerun.stdout) ?? [];
    expect(Number(ingested) + Number(duplicates)).toBe(n);
    expect(countArticles(killDb)).toBe(n);
    const conn = new Database(killDb, { readonly: true });
    const distinct = conn.prepare('select count(distinct content_hash) as n from articles').get() as {
      n: number;
    };
    conn.close();
    expect(distinct.n).toBe(n);
  });
});
