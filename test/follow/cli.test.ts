// `rasad follow` as a user runs it (the built dist/, as the other CLI tests): the feeds file's bad
// lines named by line, one status line per poll, JSON logs, --once twice storing each article once,
// and exit 1 only when every feed failed.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFeedsText } from '../../src/follow/feeds-file.js';
import { parseInterval } from '../../src/follow/index.js';
import { articleHtml, type FeedServer, rss, startFeedServer } from './feed-server.js';

const BIN = join(process.cwd(), 'bin', 'rasad');

/** Async, so the test's own server keeps answering while the command runs. */
function rasad(
  args: string[],
  cwd: string,
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(BIN, args, { cwd, env: { ...process.env, RASAD_DB: '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

describe('the feeds file', () => {
  it('reads URL, source and variety; names bad lines; ignores comments and blank lines', () => {
    const { feeds, problems } = parseFeedsText(
      [
        '# Afghan and Iranian feeds',
        'https://example.org/rss\tطلوع\tprs',
        '',
        'https://example.com/feed#top   # a fragment is not a comment',
        'example.com/no-scheme',
        'ftp://example.com/feed',
        'https://example.net/atom\tx\ten',
      ].join('\n'),
    );
    expect(feeds).toEqual([
      { url: 'https://example.org/rss', source: 'طلوع', variety: 'prs', line: 2 },
      { url: 'https://example.com/feed#top', source: null, variety: null, line: 4 },
    ]);
    expect(problems).toEqual([
      { line: 5, reason: 'not a URL: "example.com/no-scheme"' },
      { line: 6, reason: 'not an http(s) URL: "ftp://example.com/feed"' },
      { line: 7, reason: 'variety must be fa or prs, got "en"' },
    ]);
  });

  it('reads --every intervals', () => {
    expect([parseInterval('15m'), parseInterval('90s'), parseInterval('1h'), parseInterval('30')]).toEqual([
      900_000, 90_000, 3_600_000, 30_000,
    ]);
    expect([parseInterval('soon'), parseInterval('10ms'), parseInterval('-5m')]).toEqual([null, null, null]);
  });
});

describe('rasad follow (CLI)', () => {
  let srv: FeedServer;
  const dir = mkdtempSync(join(tmpdir(), 'rasad-follow-cli-'));
  beforeAll(async () => {
    srv = await startFeedServer();
    for (const n of [1, 2])
      srv.route(`/a/${n}`, (_q, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(articleHtml(`cli${n}`));
      });
    srv.route('/feed.xml', (_q, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(rss([1, 2].map((n) => ({ title: `خبر شماره cli${n}`, link: `${srv.base}/a/${n}` }))));
    });
    srv.route('/broken.xml', (_q, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end('<rss><channel>');
    });
  });
  afterAll(() => srv.close());

  it('--once twice stores each article once, with one status line per poll and bad lines named', async () => {
    const feeds = join(dir, 'feeds.txt');
    writeFileSync(feeds, `# test\n${srv.base}/feed.xml\tآزمون\tfa\nnot-a-url\n${srv.base}/broken.xml\n`);
    const db = join(dir, 'r.db');
    const args = ['follow', feeds, '--once', '--db', db, '--delay', '0', '--timeout', '5'];
    const first = await rasad(args, dir);
    expect(first.status).toBe(0);
    const lines = first.stderr.trim().split('\n');
    expect(lines).toContain(`rasad: follow: ${feeds}:3: not a URL: "not-a-url"`);
    expect(lines.some((l) => l.startsWith(`rasad: follow: ${srv.base}/broken.xml: broken XML`))).toBe(true);
    expect(lines.filter((l) => l.startsWith('rasad: follow: ') && l.includes('feeds polled'))).toHaveLength(
      1,
    );
    expect(lines.at(-1)).toMatch(
      /^rasad: follow: 1 of 2 feeds polled \(0 unchanged, 1 failed\), 2 new items, /,
    );
    expect(first.stderr).not.toMatch(/\n\s+at /);

    const second = await rasad([...args, '--log', 'json'], dir);
    expect(second.status).toBe(0);
    const events = second.stderr
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(events.at(-1)).toMatchObject({ event: 'poll', feeds: 2, polled: 1, failed: 1, new_items: 0 });
    expect(events).toContainEqual(
      expect.objectContaining({ event: 'error', feed: `${srv.base}/broken.xml` }),
    );
    const conn = new Database(db, { readonly: true });
    try {
      const rows = conn.prepare('select url, source from articles order by url').all();
      expect(rows).toEqual([
        { url: `${srv.base}/a/1`, source: 'آزمون' },
        { url: `${srv.base}/a/2`, source: 'آزمون' },
      ]);
    } finally {
      conn.close();
    }
    expect([srv.hits.get('/a/1'), srv.hits.get('/a/2')]).toEqual([1, 1]);
  });

  it('exits 1 when every feed failed, and 2 on a bad option', async () => {
    const feeds = join(dir, 'bad.txt');
    writeFileSync(feeds, `${srv.base}/broken.xml\n${srv.base}/nothing-here.xml\n`);
    const r = await rasad(['follow', feeds, '--once', '--db', join(dir, 'bad.db'), '--delay', '0'], dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`rasad: follow: ${srv.base}/nothing-here.xml: HTTP 404`);
    const opt = await rasad(['follow', feeds, '--once', '--timeout', '99'], dir);
    expect(opt.status).toBe(2);
    expect(opt.stderr.trim()).toBe('rasad: --timeout: expected seconds from 0 to 30, got "99"');
  });
});
