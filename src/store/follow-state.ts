// What `follow` remembers in the store (the FollowState part of the store interface), in two tables of its own (created if missing, so the store's
// own migrations are untouched): each feed's validators and last poll (follow_feeds), and every item
// URL already handled (follow_seen) with the content hash of the article it gave. An item is marked
// seen in the same transaction that stores its article, so a follow stopped at any moment and started
// again never stores an article twice nor loses one; two followers on one PostgreSQL store may both
// fetch an item, but the store's unique content hash keeps one copy.
import type { Kysely, Transaction } from 'kysely';
import type { Saver } from './backend.js';
import type { Database } from './schema.js';
import type {
  FeedStatus,
  FollowedFeed,
  FollowState,
  PollRecord,
  SaveItem,
  SaveSummary,
  SeenItem,
} from './types.js';

export type FollowTables = {
  /** One row per feed: the same fields as the interface's FollowedFeed. */
  follow_feeds: FollowedFeed;
  follow_seen: {
    url: string;
    feed: string;
    content_hash: string | null;
    /** 'stored', 'duplicate' or 'skipped: <reason>' (permanent failures are not retried). */
    status: string;
    seen_at: string;
  };
};

export type FollowDb = Kysely<Database & FollowTables>;

export function followDb(db: Kysely<Database>): FollowDb {
  return db.withTables<FollowTables>();
}

async function createFollowTables(db: FollowDb): Promise<void> {
  await db.schema
    .createTable('follow_feeds')
    .ifNotExists()
    .addColumn('url', 'text', (c) => c.primaryKey())
    .addColumn('source', 'text')
    .addColumn('variety', 'text')
    .addColumn('etag', 'text')
    .addColumn('last_modified', 'text')
    .addColumn('last_poll', 'text')
    .addColumn('last_ok', 'text')
    .addColumn('items', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('errors', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_error', 'text')
    .execute();
  await db.schema
    .createTable('follow_seen')
    .ifNotExists()
    .addColumn('url', 'text', (c) => c.primaryKey())
    .addColumn('feed', 'text', (c) => c.notNull())
    .addColumn('content_hash', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('seen_at', 'text', (c) => c.notNull())
    .execute();
}

/**
 * Creates the follow tables when missing. Two followers starting at once on PostgreSQL race inside
 * `CREATE TABLE IF NOT EXISTS` (the loser fails on the catalog's unique index while the winner's
 * transaction is still open), so a failure is retried after a short wait; by then the winner's
 * tables are visible and IF NOT EXISTS holds. Found by test/follow/postgres.test.ts.
 */
export async function ensureFollowTables(db: FollowDb): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await createFollowTables(db);
      return;
    } catch (e) {
      if (attempt >= 5) throw e;
      await new Promise((resolve) => setTimeout(resolve, 40 * attempt));
    }
  }
}

/** Which of these item URLs were handled already. */
export async function seenUrls(db: FollowDb, urls: string[]): Promise<Set<string>> {
  const seen = new Set<string>();
  for (let i = 0; i < urls.length; i += 1000) {
    const rows = await db
      .selectFrom('follow_seen')
      .select('url')
      .where('url', 'in', urls.slice(i, i + 1000))
      .execute();
    for (const r of rows) seen.add(r.url);
  }
  return seen;
}

export async function markSeen(
  db: FollowDb | Transaction<Database & FollowTables>,
  rows: SeenItem[],
): Promise<void> {
  if (rows.length === 0) return;
  const seen_at = new Date().toISOString();
  await db
    .insertInto('follow_seen')
    .values(rows.map((r) => ({ ...r, seen_at })))
    .onConflict((oc) => oc.column('url').doNothing())
    .execute();
}

export type FeedRow = FollowTables['follow_feeds'];

export async function feedState(db: FollowDb, url: string): Promise<FeedRow | undefined> {
  return db.selectFrom('follow_feeds').selectAll().where('url', '=', url).executeTakeFirst();
}

export async function allFeedStates(db: FollowDb): Promise<FeedRow[]> {
  return db.selectFrom('follow_feeds').selectAll().orderBy('url').execute();
}

/** Records one poll of a feed: validators (when given), time, counts added, last error. */
export async function recordPoll(
  db: FollowDb,
  feed: { url: string; source: string | null; variety: string | null },
  poll: PollRecord,
): Promise<void> {
  const at = new Date().toISOString();
  const prev = await feedState(db, feed.url);
  const row: FeedRow = {
    url: feed.url,
    source: feed.source,
    variety: feed.variety,
    etag: poll.etag !== undefined ? poll.etag : (prev?.etag ?? null),
    last_modified: poll.lastModified !== undefined ? poll.lastModified : (prev?.last_modified ?? null),
    last_poll: at,
    last_ok: poll.ok ? at : (prev?.last_ok ?? null),
    items: Number(prev?.items ?? 0) + poll.items,
    errors: Number(prev?.errors ?? 0) + poll.errors,
    last_error: poll.error,
  };
  await db
    .insertInto('follow_feeds')
    .values(row)
    .onConflict((oc) => oc.column('url').doUpdateSet({ ...row, url: undefined }))
    .execute();
}

/** Every followed feed for GET /api/feeds; none when `follow` never ran on this store. */
export async function feedStatuses(db: Kysely<Database>): Promise<FeedStatus[]> {
  let rows: FeedRow[];
  try {
    rows = await allFeedStates(followDb(db));
  } catch {
    return []; // no follow_feeds table yet
  }
  return rows.map((r) => ({
    url: r.url,
    source: r.source,
    variety: r.variety,
    last_poll: r.last_poll,
    last_ok: r.last_ok,
    items: Number(r.items),
    errors: Number(r.errors),
    last_error: r.last_error,
  }));
}

/** The FollowState of one Kysely store. */
export class KyselyFollowState implements FollowState {
  private readonly fdb: FollowDb;
  constructor(
    db: Kysely<Database>,
    private readonly store: Saver,
  ) {
    this.fdb = followDb(db);
  }
  ensureTables(): Promise<void> {
    return ensureFollowTables(this.fdb);
  }
  seenUrls(urls: string[]): Promise<Set<string>> {
    return seenUrls(this.fdb, urls);
  }
  markSeen(rows: SeenItem[]): Promise<void> {
    return markSeen(this.fdb, rows);
  }
  feed(url: string): Promise<FollowedFeed | undefined> {
    return feedState(this.fdb, url);
  }
  feeds(): Promise<FollowedFeed[]> {
    return allFeedStates(this.fdb);
  }
  recordPoll(feed: { url: string; source: string | null; variety: string | null }, poll: PollRecord) {
    return recordPoll(this.fdb, feed, poll);
  }
  saveSeen(item: SaveItem, seen: { url: string; feed: string }): Promise<SaveSummary> {
    const prepared = this.store.prepare([item]);
    return this.store.transaction(async (trx) => {
      const s = await this.store.saveInTransaction(trx, prepared);
      await markSeen(followDb(trx), [
        {
          url: seen.url,
          feed: seen.feed,
          content_hash: prepared[0].hash,
          status: s.ingested > 0 ? 'stored' : 'duplicate',
        },
      ]);
      return s;
    });
  }
}
