// `follow` on two machines against one PostgreSQL store (issue 17, item 3): two pollers of the same
// feeds, at the same moment, store each item once; a later poll by either finds nothing new.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FeedSpec } from '../../src/follow/feeds-file.js';
import { HostLimiter } from '../../src/follow/host-limiter.js';
import { DEFAULT_CLIENT } from '../../src/follow/http.js';
import { pollFeeds } from '../../src/follow/index.js';
import { extract } from '../../src/pipeline.js';
import { openPostgresStore } from '../../src/store/postgres/index.js';
import { dropSchemas, freshSchema, pgAvailable, pgUrl } from '../store/pg-available.js';
import { articleHtml, type FeedServer, rss, startFeedServer } from './feed-server.js';

const available = await pgAvailable();
const prefix = freshSchema('follow');
const quiet = { problem: () => {}, status: () => {} };
const client = () => ({
  ...DEFAULT_CLIENT,
  timeoutMs: 5000,
  retries: 1,
  backoffMs: 10,
  limiter: new HostLimiter(2, 0),
});

describe.skipIf(!available)('rasad follow: two pollers, one PostgreSQL store', () => {
  let srv: FeedServer;
  beforeAll(async () => {
    extract({ text: 'وزیر خارجه ایران با همتای روس خود در مسکو دیدار کرد.' });
    srv = await startFeedServer();
    for (let n = 1; n <= 8; n++)
      srv.route(`/p/${n}`, (_q, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(articleHtml(`pg${n}`));
      });
    const items = (from: number, to: number) =>
      Array.from({ length: to - from + 1 }, (_, i) => ({
        title: `خبر شماره pg${from + i}`,
        link: `${srv.base}/p/${from + i}`,
      }));
    srv.route('/a.xml', (_q, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(rss(items(1, 6)));
    });
    // A second feed overlapping the first: items 5 and 6 reach the store through both.
    srv.route('/b.xml', (_q, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(rss(items(5, 8)));
    });
  });
  afterAll(async () => {
    srv?.close();
    await dropSchemas(prefix);
  });

  it('stores each item once when both poll the same feeds at once, and again finds nothing new', async () => {
    const url = pgUrl(`${prefix}_two`);
    const first = await openPostgresStore(url);
    await first.migrate();
    const second = await openPostgresStore(url);
    const feeds: FeedSpec[] = [
      { url: `${srv.base}/a.xml`, source: 'الف', variety: 'fa', line: 1 },
      { url: `${srv.base}/b.xml`, source: 'ب', variety: 'prs', line: 2 },
    ];
    try {
      await Promise.all([
        pollFeeds({ store: first, client: client(), log: quiet }, feeds),
        pollFeeds({ store: second, client: client(), log: quiet }, [...feeds].reverse()),
      ]);
      expect(await first.countArticles()).toBe(8);
      const again = await pollFeeds({ store: second, client: client(), log: quiet }, feeds);
      expect(again.new_items).toBe(0);
      expect(await second.countArticles()).toBe(8);
      const states = await first.follow.feeds();
      expect(states.map((s) => s.url)).toEqual(feeds.map((f) => f.url));
      expect(states.every((s) => s.last_error === null)).toBe(true);
    } finally {
      await first.close();
      await second.close();
    }
  });
});
