// The Store, written once over Kysely: a thin façade over modules split by what they do. Writes are
// in write/ (save-articles, save-layers, near-duplicates, insert), reads in query/ (events, articles,
// actors, timeline), the schema in migrations/. Both backends (sqlite/, postgres/) construct it with
// their dialect and the few hooks where SQL differs (backend.ts).
import { type Kysely, sql, type Transaction } from 'kysely';
import type { Backend } from './backend.js';
import { feedStatuses, KyselyFollowState } from './follow-state.js';
import { migrate } from './migrations/index.js';
import { actorRelations, getActor, listActors } from './query/actors.js';
import { countArticles, countEvents, getArticle, knownHashes, searchArticles } from './query/articles.js';
import { allEvents, queryEvents } from './query/events.js';
import type { QueryContext } from './query/page.js';
import { timeline } from './query/timeline.js';
import type { Database } from './schema.js';
import type {
  ActorFilter,
  ActorRelations,
  ArticleFilter,
  ArticleSummary,
  EventFilter,
  FeedStatus,
  FollowState,
  JobQueue,
  Page,
  SaveItem,
  SaveSummary,
  StoredActor,
  StoredArticle,
  StoredEvent,
  TimelineBucket,
  WritableStore,
} from './types.js';
import { type PreparedItem, prepareBatch, saveInTransaction } from './write/save-articles.js';

export type { Backend, Db } from './backend.js';
export { CursorError, DEFAULT_LIMIT, MAX_LIMIT } from './query/page.js';
export { weekStart } from './query/timeline.js';
export type { SaveItem } from './types.js';
export type { PreparedItem } from './write/save-articles.js';

export class KyselyStore implements WritableStore, QueryContext {
  readonly kind: 'sqlite' | 'postgres';
  fullTextScanAbove = 500;
  actorScanAbove = 1000;

  readonly queue: JobQueue | null;
  readonly follow: FollowState;

  /** `target` is the --db value the store was opened from (error lines name it). */
  constructor(
    readonly db: Kysely<Database>,
    readonly backend: Backend,
    readonly target = '',
  ) {
    this.kind = backend.kind;
    this.queue = backend.jobQueue?.(db, this) ?? null;
    this.follow = new KyselyFollowState(db, this);
  }

  describeError(e: unknown): string {
    return this.backend.describeError(e, this.target);
  }

  async migrate(): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await this.backend.lockForMigration?.(trx);
      await migrate(trx, this.backend);
    });
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }

  /** Whether the database still answers (tells a refused article from a lost server). */
  isReachable(): Promise<boolean> {
    return sql`select 1`.execute(this.db).then(
      () => true,
      () => false,
    );
  }

  /** Which of these content hashes are stored already (ingest skips their extraction). */
  knownHashes(hashes: string[]): Promise<Set<string>> {
    return knownHashes(this.db, hashes);
  }

  /** `rasad follow`'s feeds (its own follow_feeds table), or none when this store was never followed. */
  followFeeds(): Promise<FeedStatus[]> {
    return feedStatuses(this.db);
  }

  countArticles(): Promise<number> {
    return countArticles(this.db);
  }

  countEvents(): Promise<number> {
    return countEvents(this.db);
  }

  saveArticles(batch: SaveItem[]): Promise<SaveSummary> {
    if (batch.length === 0) return Promise.resolve({ ingested: 0, duplicates: 0 });
    // Pure work first, outside the transaction, so locks are held only for the writes.
    const prepared = this.prepare(batch);
    return this.transaction((trx) => this.saveInTransaction(trx, prepared));
  }

  /** Runs fn in one transaction (retried on the dialect's transient conflicts). */
  transaction<T>(fn: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
    return this.backend.transaction(this.db, fn);
  }

  /** The CPU work of a save (hashes, signatures, search text), done before taking any lock. */
  prepare(batch: SaveItem[]): PreparedItem[] {
    return prepareBatch(batch);
  }

  /** Saves a prepared batch inside a caller's transaction (the queue marks its jobs done in the same one). */
  saveInTransaction(trx: Transaction<Database>, prepared: PreparedItem[]): Promise<SaveSummary> {
    return saveInTransaction(this.backend, trx, prepared);
  }

  queryEvents(filter: EventFilter): Promise<Page<StoredEvent>> {
    return queryEvents(this, filter);
  }

  /** Every event, in a stable order, a page at a time (exports). */
  allEvents(pageSize = 1000): AsyncGenerator<StoredEvent> {
    return allEvents(this, pageSize);
  }

  getArticle(id: string): Promise<StoredArticle | null> {
    return getArticle(this.db, id);
  }

  searchArticles(filter: ArticleFilter): Promise<Page<ArticleSummary>> {
    return searchArticles(this, filter);
  }

  listActors(filter: ActorFilter): Promise<Page<StoredActor>> {
    return listActors(this.db, filter);
  }

  getActor(id: string): Promise<StoredActor | null> {
    return getActor(this.db, id);
  }

  actorRelations(actorId: string, range: { since?: string; until?: string }): Promise<ActorRelations | null> {
    return actorRelations(this.db, actorId, range);
  }

  timeline(range: {
    since?: string;
    until?: string;
    interval: 'day' | 'week';
    actor?: string;
  }): Promise<TimelineBucket[]> {
    return timeline(this.db, range);
  }
}
