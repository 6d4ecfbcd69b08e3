// No silent input, no off-contract exit (issue 10): ingest follows symbolic links or reports them,
// refuses FIFOs with a reason instead of waiting on them, and a missing path is an error (exit 1)
// that creates no database; `rasad query` exits only 0, 1 or 2 whatever the search text or store.
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = join(process.cwd(), 'bin', 'rasad');
const ARTICLE = 'وزیر خارجه ایران با همتای روسی خود در مسکو دیدار و درباره روابط دوجانبه گفت‌وگو کرد.';
const rasad = (args: string[], cwd: string) =>
  spawnSync(BIN, args, { encoding: 'utf8', cwd, env: { ...process.env, RASAD_DB: '' }, timeout: 60_000 });

const dir = mkdtempSync(join(tmpdir(), 'rasad-inputs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const reasons = (file: string) =>
  readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { file: string; reason: string });

describe('rasad ingest: no silent input', () => {
  it('follows a symbolic link to a file, reports a dangling one', () => {
    const d = join(dir, 'links');
    mkdirSync(d);
    writeFileSync(join(dir, 'real.txt'), ARTICLE);
    symlinkSync(join(dir, 'real.txt'), join(d, 'link.txt'));
    symlinkSync(join(dir, 'nowhere.txt'), join(d, 'dangling.txt'));
    symlinkSync(d, join(d, 'loop')); // a link back to the directory: walked once
    const r = rasad(['ingest', d, '--db', join(dir, 'links.db'), '--rejects', join(dir, 'links.jsonl')], dir);
    expect(r.stdout.trim()).toBe('ingested 1, duplicates 0, rejected 1');
    expect(r.status).toBe(0);
    expect(reasons(join(dir, 'links.jsonl'))).toEqual([
      { file: join(d, 'dangling.txt'), reason: expect.stringMatching(/^dangling symbolic link/) },
    ]);
    expect(r.stderr).toMatch(/dangling\.txt: dangling symbolic link/);
  }, 60_000);

  it('a directory holding only a dangling link is an error, not "ingested 0"', () => {
    const d = join(dir, 'only-dangling');
    mkdirSync(d);
    symlinkSync(join(dir, 'nowhere.txt'), join(d, 'x.txt'));
    const db = join(dir, 'only.db');
    const r = rasad(['ingest', d, '--db', db, '--rejects', join(dir, 'only.jsonl')], dir);
    expect(r.status).toBe(1);
    expect(r.stdout.trim()).toBe('ingested 0, duplicates 0, rejected 1');
    expect(existsSync(db)).toBe(false);
  });

  it('refuses a FIFO with a reason instead of waiting for a writer', () => {
    const fifo = join(dir, 'pipe.txt');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const db = join(dir, 'fifo.db');
    const r = rasad(['ingest', fifo, '--db', db, '--rejects', join(dir, 'fifo.jsonl')], dir);
    expect(r.error).toBeUndefined(); // no timeout
    expect(r.status).toBe(1);
    expect(reasons(join(dir, 'fifo.jsonl'))).toEqual([
      { file: fifo, reason: 'not a regular file (a FIFO): refused' },
    ]);
    expect(existsSync(db)).toBe(false);
  });

  it('a missing path: one line naming it, exit 1, no database created', () => {
    const db = join(dir, 'missing.db');
    const r = rasad(['ingest', join(dir, 'no-such.txt'), '--db', db, '--rejects', join(dir, 'm.jsonl')], dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/no-such\.txt: no such file or directory/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(db)).toBe(false);
  });
});

describe('rasad query exits only 0, 1 or 2', () => {
  const db = join(dir, 'q.db');
  it.each(['%', '"', "'", '_', '*', '\\', '%%"', 'NEAR('])(
    '--q %j',
    (q) => {
      if (!existsSync(db)) {
        writeFileSync(join(dir, 'q.txt'), ARTICLE);
        expect(rasad(['ingest', join(dir, 'q.txt'), '--db', db], dir).status).toBe(0);
      }
      for (const format of ['jsonl', 'csv']) {
        const r = rasad(['query', 'events', '--format', format, '--db', db, '--q', q], dir);
        expect(r.status, r.stderr).toBe(0);
        expect(r.stderr).toBe('');
      }
    },
    60_000,
  );

  it('bad numbers are usage errors (2), a store that is not one is 1', () => {
    writeFileSync(join(dir, 'not-a.db'), 'not a database at all');
    for (const limit of ['1e3', '0x10', ' 10', '0', '-1'])
      expect(rasad(['query', 'events', '--db', db, '--limit', limit], dir).status).toBe(2);
    const broken = rasad(['query', 'events', '--db', join(dir, 'not-a.db')], dir);
    expect(broken.status).toBe(1);
    expect(broken.stderr.trim().split('\n')).toHaveLength(1);
  }, 60_000);
});
