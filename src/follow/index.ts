// `rasad follow` as a library call: poll every feed once (pollFeeds), or on a schedule (followLoop).
// A feed's new items (links not seen before) have their pages fetched politely, the article
// extracted as ingest extracts HTML (Readability over linkedom, then the pipeline), and stored with
// the feed's source and the item's publication day — each article and its "seen" mark in one
// transaction. A bad feed or item is one logged line; the other feeds are still polled.
import { errorLine } from '../errors.js';
import { createExtractor, type Extractor } from '../ingest/extract-pool.js';
import { type PlainArticle, toPlain } from '../ingest/index.js';
import type { FollowState, WritableStore } from '../store/types.js';
import { bodyKind, decodeBody } from './content.js';
import { type FeedItem, feedItems } from './feed-items.js';
import type { FeedSpec } from './feeds-file.js';
import { type ClientOptions, politeGet } from './http.js';
import type { FollowLog, PollStatus } from './log.js';

const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1';
const PAGE_ACCEPT = 'text/html, application/xhtml+xml;q=0.9, */*;q=0.1';

/** Item pages of one feed fetched at a time, then extracted together (the host limiter still bounds each host). */
const ITEMS_AT_ONCE = 8;

/** Feeds polled at once (each host still gets at most the limiter's share). */
const FEEDS_AT_ONCE = 8;

const IN_THREAD: Extractor = createExtractor(0);

export interface FeedResult {
  feed: string;
  outcome: 'polled' | 'not-modified' | 'failed';
  newItems: number;
  duplicates: number;
  skipped: number;
  errors: number;
}

type ItemOutcome = 'stored' | 'duplicate' | 'skipped' | 'error';

export interface FollowContext {
  store: WritableStore;
  client: ClientOptions;
  log: FollowLog;
  /** Where extraction runs (default: this thread). */
  extractor?: Extractor;
}

function hostOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

/** An item's page fetched and read, ready to extract; or what became of it already. */
type Fetched = { item: FeedItem & { link: string }; plain: PlainArticle } | ItemOutcome;

async function fetchItem(
  ctx: FollowContext,
  fdb: FollowState,
  feed: FeedSpec,
  item: FeedItem & { link: string },
): Promise<Fetched> {
  const { log } = ctx;
  const skip = async (reason: string): Promise<ItemOutcome> => {
    log.problem({ feed: feed.url, item: item.link, reason, kind: 'skipped' });
    await fdb.markSeen([
      { url: item.link, feed: feed.url, content_hash: null, status: `skipped: ${reason}` },
    ]);
    return 'skipped';
  };
  const got = await politeGet(item.link, ctx.client, {}, PAGE_ACCEPT);
  if (got.kind === 'not-modified') return 'duplicate';
  if (got.kind === 'error') {
    if (!got.transient) return skip(got.reason);
    // Tried again on the next poll: not marked seen.
    log.problem({ feed: feed.url, item: item.link, reason: got.reason, kind: 'error' });
    return 'error';
  }
  const kind = bodyKind(got.contentType, got.bytes);
  if (kind !== 'html') return skip(typeof kind === 'string' ? 'a feed, not an article page' : kind.skip);
  const html = decodeBody(got.contentType, got.bytes);
  if (typeof html !== 'string') return skip(html.skip);
  const plain = toPlain(
    { file: feed.url },
    {
      id: item.link,
      title: item.title,
      html,
      url: item.link,
      source: feed.source ?? hostOf(feed.url),
      published: item.published,
    },
  );
  if (typeof plain === 'string') return skip(plain);
  if ((await ctx.store.knownHashes([plain.hash])).size > 0) {
    await fdb.markSeen([{ url: item.link, feed: feed.url, content_hash: plain.hash, status: 'duplicate' }]);
    return 'duplicate';
  }
  return { item, plain };
}

/**
 * One chunk of a feed's new items: pages fetched concurrently (the host limiter keeps it polite),
 * then extracted together (off this thread when the context has an extraction thread), then each
 * article stored with its seen mark in one transaction.
 */
async function followChunk(
  ctx: FollowContext,
  fdb: FollowState,
  feed: FeedSpec,
  chunk: Array<FeedItem & { link: string }>,
): Promise<ItemOutcome[]> {
  const { log } = ctx;
  const fetched = await Promise.all(
    chunk.map((it) =>
      fetchItem(ctx, fdb, feed, it).catch((e): ItemOutcome => {
        log.problem({
          feed: feed.url,
          item: it.link,
          reason: `cannot check the store: ${errorLine(e)}`,
          kind: 'error',
        });
        return 'error';
      }),
    ),
  );
  const todo = fetched.filter((f): f is Exclude<Fetched, ItemOutcome> => typeof f !== 'string');
  const extracted = await (ctx.extractor ?? IN_THREAD).extractAll(todo.map((t) => t.plain.input));
  const done = new Map<string, ItemOutcome>();
  for (let i = 0; i < todo.length; i++) {
    const { item, plain } = todo[i];
    const o = extracted[i];
    try {
      if (!o.ok) {
        log.problem({ feed: feed.url, item: item.link, reason: o.reason, kind: 'skipped' });
        await fdb.markSeen([
          { url: item.link, feed: feed.url, content_hash: plain.hash, status: `skipped: ${o.reason}` },
        ]);
        done.set(item.link, 'skipped');
        continue;
      }
      const saved = await fdb.saveSeen(
        {
          result: o.result,
          original: plain.original,
          content_hash: plain.hash,
          signature: o.signature,
          search: o.search,
          layers: o.layers,
        },
        { url: item.link, feed: feed.url },
      );
      done.set(item.link, saved.ingested > 0 ? 'stored' : 'duplicate');
    } catch (e) {
      // The store refused or lost the connection: the item stays unseen and is tried again.
      log.problem({
        feed: feed.url,
        item: item.link,
        reason: `cannot store the article: ${errorLine(e)}`,
        kind: 'error',
      });
      done.set(item.link, 'error');
    }
  }
  return fetched.map((f) => (typeof f === 'string' ? f : (done.get(f.item.link) ?? 'error')));
}

/** Polls one feed; never throws for the feed's own faults. */
export async function pollFeed(ctx: FollowContext, feed: FeedSpec): Promise<FeedResult> {
  const fdb = ctx.store.follow;
  const result: FeedResult = {
    feed: feed.url,
    outcome: 'failed',
    newItems: 0,
    duplicates: 0,
    skipped: 0,
    errors: 0,
  };
  const fail = async (reason: string) => {
    ctx.log.problem({ feed: feed.url, reason, kind: 'error' });
    await fdb.recordPoll(feed, { ok: false, items: 0, errors: 1, error: reason });
    result.errors++;
    return result;
  };
  const state = await fdb.feed(feed.url);
  const got = await politeGet(
    feed.url,
    ctx.client,
    { etag: state?.etag, lastModified: state?.last_modified },
    FEED_ACCEPT,
  );
  if (got.kind === 'not-modified') {
    await fdb.recordPoll(feed, { ok: true, items: 0, errors: 0, error: null });
    return { ...result, outcome: 'not-modified' };
  }
  if (got.kind === 'error') return fail(got.reason);
  const kind = bodyKind(got.contentType, got.bytes);
  if (kind === 'html') return fail('an HTML page, not a feed');
  if (typeof kind !== 'string') return fail(kind.skip);
  const xml = decodeBody(got.contentType, got.bytes);
  if (typeof xml !== 'string') return fail(xml.skip);
  const items = feedItems(xml, got.url);
  if (!Array.isArray(items)) return fail(items.error);

  const withLink: Array<FeedItem & { link: string }> = [];
  const links = new Set<string>();
  items.forEach((it, i) => {
    if (!it.link) {
      ctx.log.problem({
        feed: feed.url,
        item: `#${i + 1}${it.title ? ` (${it.title.slice(0, 60)})` : ''}`,
        reason: 'item without a link',
        kind: 'skipped',
      });
      result.skipped++;
    } else if (!links.has(it.link)) {
      links.add(it.link);
      withLink.push(it as FeedItem & { link: string });
    }
  });
  const seen = await fdb.seenUrls([...links]);
  const fresh = withLink.filter((it) => !seen.has(it.link));
  for (let i = 0; i < fresh.length; i += ITEMS_AT_ONCE) {
    for (const o of await followChunk(ctx, fdb, feed, fresh.slice(i, i + ITEMS_AT_ONCE))) {
      if (o === 'stored') result.newItems++;
      else if (o === 'duplicate') result.duplicates++;
      else if (o === 'skipped') result.skipped++;
      else result.errors++;
    }
  }
  await fdb.recordPoll(feed, {
    ok: true,
    // With items to try again, the next poll must get the feed whole, not a 304.
    etag: result.errors > 0 ? null : got.etag,
    lastModified: result.errors > 0 ? null : got.lastModified,
    items: result.newItems,
    errors: result.errors,
    error: result.errors > 0 ? 'some items failed; see the log' : null,
  });
  return { ...result, outcome: 'polled' };
}

/** One poll of every feed (all at once; each host is kept polite by the client's limiter). */
export async function pollFeeds(ctx: FollowContext, feeds: FeedSpec[]): Promise<PollStatus> {
  const started = Date.now();
  await ctx.store.follow.ensureTables();
  const results: FeedResult[] = new Array(feeds.length);
  let next = 0;
  const poller = async () => {
    while (next < feeds.length) {
      const i = next++;
      results[i] = await pollFeed(ctx, feeds[i]).catch((e): FeedResult => {
        // The store itself failed (the feed's own faults never throw): reported, the others go on.
        ctx.log.problem({
          feed: feeds[i].url,
          reason: `cannot record the poll: ${errorLine(e)}`,
          kind: 'error',
        });
        return { feed: feeds[i].url, outcome: 'failed', newItems: 0, duplicates: 0, skipped: 0, errors: 1 };
      });
    }
  };
  await Promise.all(Array.from({ length: Math.min(FEEDS_AT_ONCE, feeds.length) }, poller));
  const status: PollStatus = {
    feeds: feeds.length,
    polled: results.filter((r) => r.outcome !== 'failed').length,
    not_modified: results.filter((r) => r.outcome === 'not-modified').length,
    failed: results.filter((r) => r.outcome === 'failed').length,
    new_items: 0,
    duplicates: 0,
    skipped: 0,
    errors: 0,
    ms: 0,
  };
  for (const r of results) {
    status.new_items += r.newItems;
    status.duplicates += r.duplicates;
    status.skipped += r.skipped;
    status.errors += r.errors;
  }
  status.ms = Date.now() - started;
  ctx.log.status(status);
  return status;
}

/** `--every 15m`, `90s`, `2h`, or a bare number of seconds → milliseconds. */
export function parseInterval(value: string): number | null {
  const m = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)?$/.exec(value.trim());
  if (!m) return null;
  const n = Number(m[1]);
  const unit = m[2] ?? 's';
  const ms = n * (unit === 'ms' ? 1 : unit === 's' ? 1000 : unit === 'm' ? 60_000 : 3_600_000);
  return ms >= 1000 ? ms : null;
}

/** Polls every `everyMs` until `stop` resolves (SIGINT/SIGTERM in the CLI); a poll in progress finishes. */
export async function followLoop(
  ctx: FollowContext,
  feeds: FeedSpec[],
  everyMs: number,
  stop: Promise<void>,
): Promise<void> {
  let stopped = false;
  void stop.then(() => {
    stopped = true;
  });
  while (!stopped) {
    const started = Date.now();
    await pollFeeds(ctx, feeds);
    const wait = Math.max(0, everyMs - (Date.now() - started));
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([stop, new Promise<void>((resolve) => (timer = setTimeout(resolve, wait)))]);
    clearTimeout(timer);
  }
}
