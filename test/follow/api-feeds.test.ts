// GET /api/feeds over a store `follow` polled: each feed's last poll, articles and errors; an empty
// list for a store never followed.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HostLimiter } from '../../src/follow/host-limiter.js';
import { DEFAULT_CLIENT } from '../../src/follow/http.js';
import { pollFeeds } from '../../src/follow/index.js';
import { extract } from '../../src/pipeline.js';
import { createServer } from '../../src/server/index.js';
import { openSqliteStore } from '../../src/store/sqlite/index.js';
import { articleHtml, type FeedServer, rss, startFeedServer } from './feed-server.js';

describe('GET /api/feeds', () => {
  let srv: FeedServer;
  const dir = mkdtempSync(join(tmpdir(), 'rasad-follow-api-'));
  beforeAll(async () => {
    extract({ text: 'وزیر خارجه ایران با همتای روس خود در مسکو دیدار کرد.' });
    srv = await startFeedServer();
    srv.route('/a/1', (_q, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(articleHtml('api1'));
    });
    srv.route('/ok.xml', (_q, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(rss([{ title: 'خبر شماره api1', link: `${srv.base}/a/1` }]));
    });
  });
  afterAll(() => srv.close());

  it('lists each followed feed with its last poll, items and errors', async () => {
    const store = await openSqliteStore(join(dir, 'f.db'));
    try {
      const quiet = { problem: () => {}, status: () => {} };
      const client = { ...DEFAULT_CLIENT, timeoutMs: 2000, retries: 0, limiter: new HostLimiter(2, 0) };
      await pollFeeds({ store, client, log: quiet }, [
        { url: `${srv.base}/ok.xml`, source: 'آزمون', variety: 'prs', line: 1 },
        { url: `${srv.base}/gone.xml`, source: null, variety: null, line: 2 },
      ]);
      const app = await createServer({ store, webApp: false, rateLimit: false });
      const res = await app.inject({ method: 'GET', url: '/api/feeds' });
      await app.close();
      expect(res.statusCode).toBe(200);
      const { feeds } = res.json() as { feeds: Array<Record<string, unknown>> };
      expect(feeds).toEqual([
        {
          url: `${srv.base}/gone.xml`,
          source: null,
          variety: null,
          last_poll: expect.any(String),
          last_ok: null,
          items: 0,
          errors: 1,
          last_error: 'HTTP 404',
        },
        {
          url: `${srv.base}/ok.xml`,
          source: 'آزمون',
          variety: 'prs',
          last_poll: expect.any(String),
          last_ok: expect.any(String),
          items: 1,
          errors: 0,
          last_error: null,
        },
      ]);
    } finally {
      await store.close();
    }
  });

  it('is an empty list on a store follow never ran on', async () => {
    const store = await openSqliteStore(join(dir, 'empty.db'));
    try {
      const app = await createServer({ store, webApp: false, rateLimit: false });
      const res = await app.inject({ method: 'GET', url: '/api/feeds' });
      await app.close();
      expect(res.json()).toEqual({ feeds: [] });
    } finally {
      await store.close();
    }
  });
});
