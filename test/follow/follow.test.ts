// `follow` against a real HTTP server on 127.0.0.1: feeds that change between polls, 304s, a 500
// then success, a response slower than the timeout, a redirect loop, a page over the size limit, a
// Windows-1256 page, malformed and HTML "feeds", items without links; and exactly once across restarts.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FeedSpec } from '../../src/follow/feeds-file.js';
import { HostLimiter } from '../../src/follow/host-limiter.js';
import { type ClientOptions, DEFAULT_CLIENT, politeGet } from '../../src/follow/http.js';
import { type FollowContext, pollFeeds } from '../../src/follow/index.js';
import type { FollowLog, PollStatus } from '../../src/follow/log.js';
import { extract } from '../../src/pipeline.js';
import type { KyselyStore } from '../../src/store/kysely-store.js';
import { openSqliteStore } from '../../src/store/sqlite/index.js';
import { articleHtml, type FeedServer, rss, startFeedServer } from './feed-server.js';

interface Logged {
  problems: Array<{ feed: string; item?: string; reason: string; kind: string }>;
  statuses: PollStatus[];
}

function collectingLog(): FollowLog & Logged {
  const problems: Logged['problems'] = [];
  const statuses: PollStatus[] = [];
  return { problems, statuses, problem: (p) => problems.push(p), status: (s) => statuses.push(s) };
}

const client = (over: Partial<ClientOptions> = {}) => ({
  ...DEFAULT_CLIENT,
  // Short enough for a test run, long enough for a loaded 2-core machine; the timeout test sets its own.
  timeoutMs: 2000,
  retries: 1,
  backoffMs: 10,
  maxBytes: 100_000,
  limiter: new HostLimiter(2, 0),
  ...over,
});

const feed = (url: string, source: string | null = null): FeedSpec => ({
  url,
  source,
  variety: 'fa',
  line: 1,
});

async function countArticles(store: KyselyStore): Promise<number> {
  return store.countArticles();
}

describe('rasad follow over real HTTP', () => {
  let srv: FeedServer;
  const dir = mkdtempSync(join(tmpdir(), 'rasad-follow-'));
  let dbN = 0;
  const freshDb = () => join(dir, `f${++dbN}.db`);
  async function poll(db: string, feeds: FeedSpec[], over: Partial<ClientOptions> = {}) {
    const store = await openSqliteStore(db);
    const log = collectingLog();
    const ctx: FollowContext = { store, client: client(over), log };
    try {
      const status = await pollFeeds(ctx, feeds);
      return {
        status,
        log,
        articles: await countArticles(store),
        feeds: await store.follow.feeds(),
      };
    } finally {
      await store.close();
    }
  }

  beforeAll(async () => {
    // Load the pipeline's lexicons and models before any request is timed (here extraction runs in
    // this thread, which a first load would block for longer than the tests' short timeouts).
    extract({ text: 'وزیر خارجه ایران با همتای روس خود در مسکو دیدار کرد.' });
    srv = await startFeedServer();
    for (let n = 1; n <= 6; n++)
      srv.route(`/a/${n}`, (_q, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(articleHtml(n));
      });
  });
  afterAll(() => srv.close());

  it('stores each item once across restarts while the feed changes between polls', async () => {
    const b = srv.base;
    srv.route('/news.xml', (_q, res, hit) => {
      const items = [
        { title: 'خبر شماره 1', link: `${b}/a/1`, pubDate: 'Mon, 30 Nov 2026 08:00:00 GMT' },
        { title: 'خبر شماره 2', link: `${b}/a/2#comments`, pubDate: 'Tue, 01 Dec 2026 08:00:00 GMT' },
      ];
      if (hit > 1)
        items.unshift({ title: 'خبر شماره 3', link: `${b}/a/3`, pubDate: 'Tue, 01 Dec 2026 09:00:00 GMT' });
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(rss(items));
    });
    const db = freshDb();
    const feeds = [feed(`${b}/news.xml`, 'خبرگزاری آزمون')];
    const first = await poll(db, feeds);
    expect(first.status).toMatchObject({ feeds: 1, polled: 1, failed: 0, new_items: 2, errors: 0 });
    expect(first.articles).toBe(2);
    // A new process on the same store: only the new item is fetched and stored.
    const second = await poll(db, feeds);
    expect(second.status).toMatchObject({ new_items: 1, duplicates: 0 });
    expect(second.articles).toBe(3);
    const third = await poll(db, feeds);
    expect(third.status.new_items).toBe(0);
    expect(third.articles).toBe(3);
    expect([srv.hits.get('/a/1'), srv.hits.get('/a/2'), srv.hits.get('/a/3')]).toEqual([1, 1, 1]);

    const store = await openSqliteStore(db);
    try {
      const page = await store.searchArticles({ limit: 10 });
      const byUrl = new Map(page.items.map((a) => [a.url, a]));
      expect(byUrl.get(`${b}/a/1`)).toMatchObject({ source: 'خبرگزاری آزمون', published: '2026-11-30' });
      // The fragment is not part of the item's identity.
      expect(byUrl.get(`${b}/a/2`)).toMatchObject({ published: '2026-12-01' });
    } finally {
      await store.close();
    }
  });

  it('sends the validators back and counts a 304 as unchanged', async () => {
    srv.route('/etag.xml', (req, res) => {
      if (req.headers['if-none-match'] === '"v7"') {
        res.writeHead(304);
        res.end();
        return;
      }
      res.writeHead(200, {
        'content-type': 'application/rss+xml',
        etag: '"v7"',
        'last-modified': 'Mon, 30 Nov 2026 08:00:00 GMT',
      });
      res.end(rss([{ title: 'خبر شماره 4', link: `${srv.base}/a/4` }]));
    });
    const db = freshDb();
    const feeds = [feed(`${srv.base}/etag.xml`)];
    expect((await poll(db, feeds)).status.new_items).toBe(1);
    const again = await poll(db, feeds);
    expect(again.status).toMatchObject({ polled: 1, not_modified: 1, new_items: 0 });
    expect(srv.lastHeaders.get('/etag.xml')).toMatchObject({
      'if-none-match': '"v7"',
      'if-modified-since': 'Mon, 30 Nov 2026 08:00:00 GMT',
    });
    expect(srv.lastHeaders.get('/etag.xml')?.['user-agent']).toMatch(/^rasad\//);
    expect(again.feeds[0]).toMatchObject({ items: 1, errors: 0, last_error: null });
  });

  it('retries a 500 and then succeeds', async () => {
    srv.route('/flaky.xml', (_q, res, hit) => {
      if (hit === 1) {
        res.writeHead(500);
        res.end('oops');
        return;
      }
      res.writeHead(200, { 'content-type': 'text/xml' });
      res.end(rss([{ title: 'خبر شماره 5', link: `${srv.base}/a/5` }]));
    });
    const r = await poll(freshDb(), [feed(`${srv.base}/flaky.xml`)]);
    expect(srv.hits.get('/flaky.xml')).toBe(2);
    expect(r.status).toMatchObject({ polled: 1, new_items: 1, errors: 0 });
  });

  it('tries an item whose page failed again on the next poll, even behind an ETag', async () => {
    srv.route('/p500.html', (_q, res, hit) => {
      res.writeHead(hit <= 2 ? 503 : 200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(hit <= 2 ? 'busy' : articleHtml('p500'));
    });
    srv.route('/tagged.xml', (req, res) => {
      if (req.headers['if-none-match'] === '"t1"') {
        res.writeHead(304);
        res.end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"t1"' });
      res.end(rss([{ title: 'خبر شماره p500', link: `${srv.base}/p500.html` }]));
    });
    const db = freshDb();
    const feeds = [feed(`${srv.base}/tagged.xml`)];
    const first = await poll(db, feeds);
    expect(first.status).toMatchObject({ polled: 1, new_items: 0, errors: 1 });
    expect(first.log.problems[0]).toMatchObject({ reason: 'HTTP 503 (after 2 attempts)', kind: 'error' });
    const second = await poll(db, feeds);
    expect(second.status).toMatchObject({ not_modified: 0, new_items: 1, errors: 0 });
    expect(second.articles).toBe(1);
  });

  it('gives up on a response slower than the timeout, naming the feed', async () => {
    srv.route('/slow.xml', (_q, res) => {
      const t = setTimeout(() => {
        res.writeHead(200, { 'content-type': 'text/xml' });
        res.end(rss([]));
      }, 2000);
      res.on('close', () => clearTimeout(t));
    });
    const r = await poll(freshDb(), [feed(`${srv.base}/slow.xml`)], { timeoutMs: 200, retries: 0 });
    expect(r.status).toMatchObject({ failed: 1, polled: 0 });
    expect(r.log.problems).toEqual([
      { feed: `${srv.base}/slow.xml`, reason: 'timed out after 200 ms', kind: 'error' },
    ]);
    expect(r.feeds[0]).toMatchObject({ errors: 1, last_error: 'timed out after 200 ms' });
  });

  it('follows a redirect, and stops a redirect loop after 5 hops', async () => {
    srv.route('/moved.xml', (_q, res) => {
      res.writeHead(301, { location: '/moved-here.xml' });
      res.end();
    });
    srv.route('/moved-here.xml', (_q, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(rss([{ title: 'خبر شماره 1', link: `${srv.base}/a/1` }]));
    });
    srv.route('/loop-a', (_q, res) => {
      res.writeHead(302, { location: `${srv.base}/loop-b` });
      res.end();
    });
    srv.route('/loop-b', (_q, res) => {
      res.writeHead(307, { location: '/loop-a' });
      res.end();
    });
    // A generous timeout: the other feed's article is extracted in this thread meanwhile.
    const r = await poll(freshDb(), [feed(`${srv.base}/moved.xml`), feed(`${srv.base}/loop-a`)], {
      timeoutMs: 3000,
    });
    expect(r.status).toMatchObject({ feeds: 2, polled: 1, failed: 1 });
    expect(r.log.problems).toContainEqual({
      feed: `${srv.base}/loop-a`,
      reason: 'more than 5 redirects',
      kind: 'error',
    });
    expect((srv.hits.get('/loop-a') ?? 0) + (srv.hits.get('/loop-b') ?? 0)).toBe(6);
  });

  it('refuses a page over the size limit, decodes a Windows-1256 page, skips a non-HTML item', async () => {
    srv.route('/huge.html', (_q, res) => {
      // Chunked, no Content-Length: the limit must hold while the body streams in.
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = `<p>${'خبر '.repeat(2000)}</p>`;
      let sent = 0;
      const more = () => {
        while (sent < 40 && !res.destroyed) {
          sent++;
          if (!res.write(chunk)) return void res.once('drain', more);
        }
        res.end();
      };
      more();
    });
    const persian = 'رئیس جمهور افغانستان در کابل با سفیر پاکستان دیدار کرد و درباره امنیت مرزها گفت‌وگو شد.';
    const cp1256Html = `<html><head><title>کابل</title></head><body><article><h1>دیدار در کابل</h1><p>${persian}</p><p>${persian} این دیدار سه ساعت طول کشید.</p></article></body></html>`;
    srv.route('/cp1256.html', (_q, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(iconv.encode(cp1256Html, 'windows-1256'));
    });
    srv.route('/photo.png', (_q, res) => {
      res.writeHead(200, { 'content-type': 'image/png' });
      res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    });
    srv.route('/mixed.xml', (_q, res) => {
      res.writeHead(200, { 'content-type': 'application/atom+xml' });
      res.end(
        `<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
<entry><title>بزرگ</title><link href="${srv.base}/huge.html"/><updated>2026-11-29T10:00:00Z</updated></entry>
<entry><title>کابل</title><link rel="alternate" href="/cp1256.html"/><updated>2026-11-28T10:00:00Z</updated></entry>
<entry><title>عکس</title><link href="${srv.base}/photo.png"/></entry>
<entry><title>بی‌پیوند</title></entry></feed>`,
      );
    });
    const db = freshDb();
    const r = await poll(db, [feed(`${srv.base}/mixed.xml`, 'آزمون')]);
    expect(r.status).toMatchObject({ polled: 1, new_items: 1, skipped: 3, errors: 0 });
    const reasons = r.log.problems.map((p) => p.reason);
    expect(reasons).toContainEqual('response is over the 100000-byte limit');
    expect(reasons).toContainEqual('not HTML or a feed (Content-Type image/png)');
    expect(reasons).toContainEqual('item without a link');
    const store = await openSqliteStore(db);
    try {
      const [a] = (await store.searchArticles({ limit: 5 })).items;
      expect(a).toMatchObject({ url: `${srv.base}/cp1256.html`, published: '2026-11-28', source: 'آزمون' });
      const stored = await store.getArticle(a.id);
      const decoded = iconv.decode(iconv.encode(persian, 'windows-1256'), 'windows-1256');
      expect(decoded).toMatch(/[\u0600-\u06ff]{5}/);
      expect(stored?.original).toContain(decoded);
    } finally {
      await store.close();
    }
    // Permanent skips are remembered: the huge page is not downloaded again.
    const hugeHits = srv.hits.get('/huge.html');
    await poll(db, [feed(`${srv.base}/mixed.xml`, 'آزمون')]);
    expect(srv.hits.get('/huge.html')).toBe(hugeHits);
  });

  it('names each bad feed and its reason and still polls the others', async () => {
    srv.route('/malformed.xml', (_q, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end('<rss><channel><item><title>نیمه</title></channel>');
    });
    srv.route('/page.html', (_q, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(articleHtml('html'));
    });
    srv.route('/good.xml', (_q, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(rss([{ title: 'خبر شماره 6', link: `${srv.base}/a/6` }]));
    });
    const closed = await startFeedServer();
    const deadBase = closed.base;
    await closed.close();
    const r = await poll(freshDb(), [
      feed(`${srv.base}/malformed.xml`),
      feed(`${srv.base}/page.html`),
      feed(`${deadBase}/feed.xml`),
      feed(`${srv.base}/missing.xml`),
      feed(`${srv.base}/good.xml`),
    ]);
    expect(r.status).toMatchObject({ feeds: 5, polled: 1, failed: 4, new_items: 1 });
    const byFeed = new Map(r.log.problems.map((p) => [p.feed, p.reason]));
    expect(byFeed.get(`${srv.base}/malformed.xml`)).toMatch(/^broken XML: /);
    expect(byFeed.get(`${srv.base}/page.html`)).toBe('an HTML page, not a feed');
    expect(byFeed.get(`${deadBase}/feed.xml`)).toBe('connection refused (after 2 attempts)');
    expect(byFeed.get(`${srv.base}/missing.xml`)).toBe('HTTP 404');
    expect(r.articles).toBe(1);
  });

  it('keeps at most one request in flight to a host when told to', async () => {
    const one = await startFeedServer();
    try {
      for (let n = 1; n <= 4; n++)
        one.route(`/p/${n}`, (_q, res) => {
          setTimeout(() => {
            res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
            res.end(articleHtml(`p${n}`));
          }, 30);
        });
      one.route('/f.xml', (_q, res) => {
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        res.end(rss([1, 2, 3, 4].map((n) => ({ title: `خبر شماره p${n}`, link: `${one.base}/p/${n}` }))));
      });
      const r = await poll(freshDb(), [feed(`${one.base}/f.xml`)], { limiter: new HostLimiter(1, 0) });
      expect(r.status.new_items).toBe(4);
      expect(one.maxInFlight).toBe(1);
    } finally {
      await one.close();
    }
  });

  it('does not count the wait for a host slot against the timeout', async () => {
    const one = await startFeedServer();
    try {
      for (let n = 1; n <= 4; n++)
        one.route(`/w/${n}`, (_q, res) => {
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
          res.end(articleHtml(`w${n}`));
        });
      one.route('/f.xml', (_q, res) => {
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        res.end(rss([1, 2, 3, 4].map((n) => ({ title: `خبر شماره w${n}`, link: `${one.base}/w/${n}` }))));
      });
      // The fourth page starts 4 × 300 ms after the feed, past the 1000 ms timeout, yet is fetched.
      const r = await poll(freshDb(), [feed(`${one.base}/f.xml`)], {
        limiter: new HostLimiter(1, 300),
        timeoutMs: 1000,
        retries: 0,
      });
      expect(r.log.problems).toEqual([]);
      expect(r.status.new_items).toBe(4);
    } finally {
      await one.close();
    }
  });

  it('politeGet never throws and reports an over-limit Content-Length without reading the body', async () => {
    srv.route('/declared.bin', (_q, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': '5000000' });
      res.write('x');
    });
    const got = await politeGet(`${srv.base}/declared.bin`, client({ maxBytes: 1000 }));
    expect(got).toEqual({
      kind: 'error',
      reason: 'response of 5000000 bytes is over the 1000-byte limit',
      transient: false,
    });
  });
});
