// The store interface: one interface, one folder per backend (src/store/sqlite, src/store/postgres).
// The CLI (ingest, query, worker) and the HTTP server only ever talk to a Store.
// Owned by the storage work; others may ADD methods/fields but never change existing signatures.
import type { Actor, CodedEvent, DateMention, Entity, Quote, Span } from '../doc.js';
import type { ArticleInput } from '../read/article.js';
import type { ExtractResult } from '../result.js';
import type { SearchText } from './search-text.js';

/** An actor as stored: one row per real actor across articles. */
export interface StoredActor {
  /** Global id in the store (not the per-article `a1`). */
  id: string;
  name: string;
  name_en: string | null;
  code: string | null;
  country: string | null;
  sector: string | null;
  wikidata: string | null;
  roles: string[];
  aliases: string[];
  /** Number of events the actor takes part in (as actor or recipient). */
  events: number;
  articles: number;
}

/**
 * An event as stored and as `rasad query events` prints it (jsonl): the contract event, with
 * `actor` / `recipient` holding inlined actor objects instead of per-article ids, plus the article
 * it was first reported in and how many articles and sources report it (GDELT's NumArticles/NumSources).
 */
export interface StoredEvent extends Omit<CodedEvent, 'actor' | 'recipient' | 'reported_by'> {
  /** Global event id. */
  id: string;
  article: string;
  actor: StoredActor[];
  recipient: StoredActor[];
  reported_by: StoredActor[];
  num_articles: number;
  num_sources: number;
  /** Added by the store: mentions of the event across all articles (GDELT NumMentions). */
  num_mentions?: number;
  /** Added by the store: distinct stories (an article and its near-duplicate copies count once). */
  num_stories?: number;
  /** Added by the store: the sentence of the first article that shows the event. */
  evidence?: string;
  /** Added by the store: the first article's URL and source. */
  url?: string | null;
  source?: string | null;
  /** Added by the store: when the event was first stored (ISO timestamp). */
  added_at?: string;
}

export interface EventFilter {
  /** A code (RUS, RUSGOV) or a name. */
  actor?: string;
  recipient?: string;
  /** PLOVER type. */
  type?: string;
  /** Where the event happened: ISO 3166 alpha-3 (AFG). */
  country?: string;
  /** ISO dates, inclusive. */
  since?: string;
  until?: string;
  /** Full-text search in the article text. */
  q?: string;
  limit?: number;
  /** Opaque cursor from a previous page's `next`. */
  cursor?: string | null;
}

export interface Page<T> {
  items: T[];
  next: string | null;
}

export interface ArticleSummary {
  id: string;
  title: string | null;
  url: string | null;
  source: string | null;
  published: string | null;
  events: number;
}

/** One article with all its layers (the extract result) as stored. */
export interface StoredArticle extends ExtractResult {
  original: string;
  content_hash: string;
  /** Id of the article this one near-duplicates, if any. */
  duplicate_of: string | null;
  /** Added by the store: per-article actor id (a1) → global StoredActor id. */
  actor_ids?: Record<string, string>;
}

export interface ArticleFilter {
  q?: string;
  source?: string;
  since?: string;
  until?: string;
  limit?: number;
  cursor?: string | null;
}

export interface ActorFilter {
  q?: string;
  limit?: number;
  cursor?: string | null;
}

export interface ActorRelations {
  actor: StoredActor;
  counterparts: Array<{ actor: StoredActor; events: number; cooperation: number; conflict: number }>;
  types: Array<{ type: string; events: number }>;
  /** Events per month by quad class. */
  over_time: Array<{ period: string; quad1: number; quad2: number; quad3: number; quad4: number }>;
  articles: ArticleSummary[];
}

export interface TimelineBucket {
  /** First day of the bucket (ISO). */
  period: string;
  quad1: number;
  quad2: number;
  quad3: number;
  quad4: number;
}

/** One article of a batch, as ingest hands it over. `content_hash` and `signature` may be precomputed. */
export interface SaveItem {
  result: ExtractResult;
  original: string;
  content_hash?: string;
  /** Precomputed by an extraction thread, so the writing thread only writes. */
  signature?: Uint32Array | null;
  search?: SearchText;
  /** The article's layers as stored (JSON of layersOf). */
  layers?: string;
}

export interface SaveSummary {
  ingested: number;
  duplicates: number;
}

/** One feed `rasad follow` polls, as its last poll left it (GET /api/feeds). */
export interface FeedStatus {
  url: string;
  source: string | null;
  /** fa (Farsi) or prs (Dari), from the feeds file. */
  variety: string | null;
  /** ISO timestamps. */
  last_poll: string | null;
  last_ok: string | null;
  /** Articles stored from the feed, all polls. */
  items: number;
  /** Failed polls and items, all polls. */
  errors: number;
  /** The last poll's problem, null when it went through. */
  last_error: string | null;
}

export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /** Creates or upgrades the schema. */
  migrate(): Promise<void>;
  /** Stores a batch of extracted articles in one transaction; idempotent by content hash. */
  saveArticles(batch: Array<{ result: ExtractResult; original: string }>): Promise<SaveSummary>;
  queryEvents(filter: EventFilter): Promise<Page<StoredEvent>>;
  getArticle(id: string): Promise<StoredArticle | null>;
  searchArticles(filter: ArticleFilter): Promise<Page<ArticleSummary>>;
  listActors(filter: ActorFilter): Promise<Page<StoredActor>>;
  actorRelations(actorId: string, range: { since?: string; until?: string }): Promise<ActorRelations | null>;
  timeline(range: {
    since?: string;
    until?: string;
    interval: 'day' | 'week';
    actor?: string;
  }): Promise<TimelineBucket[]>;
  /** Added by follow (issue 17): the feeds `rasad follow` polls into this store; [] if none. */
  followFeeds?(): Promise<FeedStatus[]>;
  close(): Promise<void>;
}

/**
 * A store opened for writing (`openStore`): what ingest, the worker and follow use beyond the reads.
 * The faces never see a backend, a SQL handle or a table: only this.
 */
export interface WritableStore extends Store {
  /** Stores a batch in one transaction; idempotent by content hash (fields precomputed by a thread are kept). */
  saveArticles(batch: SaveItem[]): Promise<SaveSummary>;
  /** Which of these content hashes are stored already (ingest skips their extraction). */
  knownHashes(hashes: string[]): Promise<Set<string>>;
  /** Whether the database still answers (tells a refused article from a lost server). */
  isReachable(): Promise<boolean>;
  countArticles(): Promise<number>;
  countEvents(): Promise<number>;
  /** Every event, in a stable order, a page at a time (exports). */
  allEvents(pageSize?: number): AsyncGenerator<StoredEvent>;
  /** The job queue of a shared store (PostgreSQL), where `rasad worker`s take articles; null when embedded. */
  readonly queue: JobQueue | null;
  /** What `rasad follow` remembers in this store. */
  readonly follow: FollowState;
  /** One line a user can act on for an error this store threw (never a password, never a stack). */
  describeError(e: unknown): string;
}

// ---- the job queue (PostgreSQL) ----------------------------------------------------------------

/** An article queued for a worker. */
export interface Job {
  id: number;
  content_hash: string;
  input: ArticleInput;
  file: string | null;
  line: number | null;
}

/** Where a job's article came from and why it failed: what the worker writes to its rejects file. */
export interface FailedJob {
  id: number;
  file: string | null;
  line: number | null;
  reason: string;
}

export interface Claim {
  token: string;
  jobs: Job[];
  /** Claimed jobs whose stored payload is not an article (not JSON): failed at once, never extracted. */
  broken: FailedJob[];
}

export interface NewJob {
  content_hash: string;
  input: ArticleInput;
  file: string | null;
  line: number | null;
}

export interface JobQueue {
  /** Creates the queue's table when missing. */
  ensure(): Promise<void>;
  /** Queues articles not stored or queued yet; returns how many were new. */
  enqueue(jobs: NewJob[]): Promise<number>;
  /** Claims up to `limit` jobs under a lease of `leaseSeconds`. */
  claim(limit: number, leaseSeconds: number): Promise<Claim>;
  /**
   * In ONE transaction: stores the extracted articles of the jobs this claim still holds and marks
   * them done, and marks the failures it still holds failed; returns what was saved and those failures.
   */
  commit(
    claimed: Claim,
    items: Array<{ jobId: number; item: SaveItem }>,
    failures: FailedJob[],
  ): Promise<{ saved: SaveSummary; failed: FailedJob[] }>;
  /** Records why a claim's batch could not be finished (best effort). */
  noteError(claimed: Claim, reason: string): Promise<void>;
  /** Marks failed, and returns, the jobs whose last allowed attempt ran out its lease. */
  giveUpPoisoned(): Promise<FailedJob[]>;
  /** Jobs still to do (queued, or running under a lease). */
  pendingCount(): Promise<number>;
  /** Jobs per state. */
  counts(): Promise<Record<string, number>>;
}

// ---- follow's state --------------------------------------------------------------------------

/** One followed feed's row: its HTTP validators and its last poll. */
export interface FollowedFeed {
  url: string;
  source: string | null;
  variety: string | null;
  etag: string | null;
  last_modified: string | null;
  last_poll: string | null;
  last_ok: string | null;
  /** Articles stored from this feed, all polls. */
  items: number;
  /** Failed polls and items, all polls. */
  errors: number;
  last_error: string | null;
}

/** An item URL handled: 'stored', 'duplicate' or 'skipped: <reason>' (permanent failures are not retried). */
export interface SeenItem {
  url: string;
  feed: string;
  content_hash: string | null;
  status: string;
}

export interface PollRecord {
  ok: boolean;
  etag?: string | null;
  lastModified?: string | null;
  items: number;
  errors: number;
  error: string | null;
}

export interface FollowState {
  /** Creates follow's tables when missing. */
  ensureTables(): Promise<void>;
  /** Which of these item URLs were handled already. */
  seenUrls(urls: string[]): Promise<Set<string>>;
  markSeen(rows: SeenItem[]): Promise<void>;
  feed(url: string): Promise<FollowedFeed | undefined>;
  /** Every followed feed, by URL. */
  feeds(): Promise<FollowedFeed[]>;
  /** Records one poll of a feed: validators (when given), time, counts added, last error. */
  recordPoll(
    feed: { url: string; source: string | null; variety: string | null },
    poll: PollRecord,
  ): Promise<void>;
  /**
   * Stores one article and marks its item seen in the same transaction ('stored', or 'duplicate' when
   * the store had it), so a follow stopped at any moment never stores an article twice nor loses one.
   */
  saveSeen(item: SaveItem, seen: { url: string; feed: string }): Promise<SaveSummary>;
}

export type { Actor, DateMention, Entity, Quote, Span };
