// Failures isolated to the article that caused them (issue 10): in ingest with and without threads
// and in the PostgreSQL worker, a poison article is rejected alone with its reason, its batch-mates
// are stored, and a rerun never counts an article that was not stored as a duplicate. Through the
// compiled CLI (bin/rasad), as users run it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { dropSchemas, freshSchema, PG_BASE, pgAvailable, pgUrl } from '../store/pg-available.js';

const BIN = join(process.cwd(), 'bin', 'rasad');
const SENTENCE = 'وزیر خارجه ایران با همتای روسی خود در مسکو دیدار و درباره روابط دوجانبه گفت‌وگو کرد. ';
const GOOD = 6;

function rasad(args: string[], env: Record<string, string> = {}) {
  return spawnSync(BIN, args, { encoding: 'utf8', env: { ...process.env, RASAD_DB: '', ...env } });
}

const good = (i: number) => ({ id: `good-${i}`, text: `خبر شماره ${i + 1}. ${SENTENCE.repeat(2 + i)}` });

function rejectsOf(file: string): Array<{ line?: number; reason: string }> {
  return readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
}

const storedIds = (db: string) => {
  const conn = new Database(db, { readonly: true, fileMustExist: true });
  try {
    return (conn.prepare('select id from articles order by id').all() as Array<{ id: string }>).map(
      (r) => r.id,
    );
  } finally {
    conn.close();
  }
};

describe('ingest: a poison article is rejected alone, with and without threads', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rasad-isolation-'));
  const input = join(dir, 'batch.jsonl');
  const articles: object[] = [];
  for (let i = 0; i < GOOD; i++) articles.push(good(i));
  // Line 3: past the article cap; line 6: a bad date. Both between good articles of one batch.
  articles.splice(2, 0, { id: 'too-large', text: SENTENCE.repeat(13_000) });
  articles.splice(5, 0, { id: 'bad-date', text: SENTENCE, published: 'yesterday' });
  writeFileSync(input, `${articles.map((a) => JSON.stringify(a)).join('\n')}\n`);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  for (const threads of ['0', '2']) {
    it(`--threads ${threads}: batch-mates stored, each poison rejected with its reason, rerun counts only stored articles`, () => {
      const db = join(dir, `t${threads}.db`);
      const rejects = join(dir, `t${threads}-rejects.jsonl`);
      const first = rasad(['ingest', input, '--db', db, '--threads', threads, '--rejects', rejects]);
      expect(first.status, first.stderr).toBe(0);
      expect(first.stdout.trim()).toBe(`ingested ${GOOD}, duplicates 0, rejected 2`);
      expect(storedIds(db)).toEqual(Array.from({ length: GOOD }, (_, i) => `good-${i}`));
      const reasons = rejectsOf(rejects);
      expect(reasons.map((r) => r.line)).toEqual([3, 6]);
      expect(reasons[0].reason).toMatch(/article too large: 1,105,000 characters/);
      expect(reasons[1].reason).toMatch(/published/);

      const again = rasad(['ingest', input, '--db', db, '--threads', threads, '--rejects', rejects]);
      expect(again.stdout.trim()).toBe(`ingested 0, duplicates ${GOOD}, rejected 2`);
    }, 120_000);
  }
});

const available = await pgAvailable();
const prefix = freshSchema('isolation');
afterAll(async () => {
  if (available) await dropSchemas(prefix);
});

describe.skipIf(!available)('PostgreSQL worker: a poison job crashing its worker fails alone', () => {
  it('crashed by the poison in its batch and then alone thrice, the worker stores its batch-mates, gives it up to the rejects file, and a rerun queues it again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rasad-isolation-pg-'));
    const input = join(dir, 'queue.jsonl');
    const articles: object[] = [];
    for (let i = 0; i < GOOD; i++) articles.push(good(i));
    // Under the cap, but more than a worker with a 100 MB heap can extract: it kills the process
    // (exit 134, as an article that exhausts memory does), which no try/catch can isolate.
    articles.splice(3, 0, { id: 'poison', text: SENTENCE.repeat(11_000) });
    writeFileSync(input, articles.map((a) => JSON.stringify(a)).join('\n'));
    const url = pgUrl(`${prefix}_w`);
    expect(rasad(['ingest', input, '--db', url]).stdout.trim()).toBe(
      `ingested ${GOOD + 1}, duplicates 0, rejected 0`,
    );

    const rejects = join(dir, 'rejects.jsonl');
    const statuses: Array<number | null> = [];
    let last = '';
    for (let run = 0; run < 7; run++) {
      const w = rasad(
        ['worker', '--db', url, '--exit-when-empty', '--lease', '1', '--threads', '0', '--rejects', rejects],
        { NODE_OPTIONS: '--max-old-space-size=100' },
      );
      statuses.push(w.status);
      last = w.stdout;
      if (w.status === 0) break;
      await new Promise((r) => setTimeout(r, 1100)); // the dead claim's lease runs out
    }
    // Four crashes (the batch, then the poison alone three times), then the poison is given up.
    expect(statuses.at(-1)).toBe(0);
    expect(statuses.slice(0, -1).every((s) => s !== 0)).toBe(true);
    expect(statuses).toHaveLength(5);
    expect(last).toMatch(/failed 1\n$/);
    const lines = rejectsOf(rejects);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ line: 4 });
    expect(lines[0].reason).toMatch(/given up after 3 attempts/);

    const pg = (await import('pg')).default;
    const c = new pg.Client({ connectionString: PG_BASE });
    await c.connect();
    try {
      await c.query(`set search_path to "${prefix}_w"`);
      const { rows } = await c.query('select id from articles order by id');
      expect(rows.map((r: { id: string }) => r.id)).toEqual(
        Array.from({ length: GOOD }, (_, i) => `good-${i}`),
      );
    } finally {
      await c.end();
    }
    // The poison was never stored: ingesting again queues it again rather than calling it a duplicate.
    expect(rasad(['ingest', input, '--db', url]).stdout.trim()).toBe(
      `ingested 1, duplicates ${GOOD}, rejected 0`,
    );
  }, 240_000);
});
