// The tables, as Kysely sees them. Both backends share them; only full-text search differs
// (SQLite FTS5 table `article_fts`, PostgreSQL `article_search` with a tsvector). Booleans are 0/1
// and JSON is text so that one set of queries serves both dialects.
import type { Generated } from 'kysely';

export interface ArticlesTable {
  seq: Generated<number>;
  id: string;
  url: string | null;
  source: string | null;
  published: string | null;
  title: string | null;
  original: string;
  text: string;
  content_hash: string;
  /** The earlier article this one near-duplicates (same wire story), or null. */
  duplicate_of: string | null;
  /** duplicate_of ?? id: one story id for a wire story and all its copies. */
  story_id: string;
  minhash: string | null;
  /** JSON of the extract layers (sentences, entities, actors, dates, quotes, events) for getArticle. */
  layers: string;
  ingested_at: string;
}

export interface ArticleBandsTable {
  band: string;
  article_id: string;
}

export interface ActorsTable {
  id: string;
  name: string;
  name_en: string | null;
  code: string | null;
  country: string | null;
  sector: string | null;
  wikidata: string | null;
  /** JSON array. */
  roles: string;
  num_events: number;
  num_articles: number;
}

export interface ActorAliasesTable {
  actor_id: string;
  alias_norm: string;
  alias: string;
}

export interface ArticleActorsTable {
  article_id: string;
  actor_id: string;
  /** The article's published date ('' when unknown) and seq: an actor's latest articles off an index. */
  published: string;
  seq: number;
}

export interface EventsTable {
  id: string;
  type: string;
  mode: string | null;
  cameo: string;
  quad: number;
  date: string | null;
  /** date, or '0000-00-00' when unknown: the sort and range key. */
  day: string;
  negated: number;
  future: number;
  article_id: string;
  sentence: number;
  evidence: string;
  trigger_start: number;
  trigger_end: number;
  trigger_text: string;
  confidence: number;
  num_mentions: number;
  num_articles: number;
  num_sources: number;
  num_stories: number;
  added_at: string;
  /** Schema version 6: JSON of the event's location ({name, country, admin1, lat, lon, place}), or null. */
  location: string | null;
  /** Schema version 6: the location's country (ISO3), the `country` filter's key, or null. */
  country: string | null;
}

export interface EventActorsTable {
  event_id: string;
  actor_id: string;
  /** actor | recipient | reported_by */
  role: string;
  position: number;
  day: string;
}

export interface EventMentionsTable {
  event_id: string;
  article_id: string;
  source: string;
  story_id: string;
  sentence: number;
  trigger_start: number;
  /** The article's seq (what full-text matches are), so a text filter on events skips the articles table. */
  article_seq: number;
}

/** The distinct sources that reported an event (its num_sources). */
export interface EventSourcesTable {
  event_id: string;
  source: string;
}

/** The distinct stories (an article and its near-copies) that reported an event (its num_stories). */
export interface EventStoriesTable {
  event_id: string;
  story_id: string;
}

export interface EntitiesTable {
  article_id: string;
  entity_id: string;
  type: string;
  start: number;
  end: number;
  text: string;
  actor_id: string | null;
}

export interface QuotesTable {
  article_id: string;
  start: number;
  end: number;
  direct: number;
  speaker_id: string | null;
  /** JSON array of global actor ids. */
  chain: string;
}

export interface DatesTable {
  article_id: string;
  start: number;
  end: number;
  text: string;
  value: string;
  until: string | null;
  granularity: string;
  calendar: string;
}

export interface JobsTable {
  id: Generated<number>;
  content_hash: string;
  /** JSON of the plain article (ArticleInput with text). */
  payload: string;
  file: string | null;
  line: number | null;
  /** queued | running | done | failed */
  state: string;
  attempts: number;
  lease_until: Date | null;
  claim_token: string | null;
  error: string | null;
}

/** Events per day and quad class (schema version 2): the timeline reads this, not the events. */
export interface EventDaysTable {
  day: string;
  quad: number;
  n: number;
}

/** Key/value facts about the store itself (schema version 2: `schema_version`). */
export interface MetaTable {
  key: string;
  value: string;
}

export interface Database {
  event_days: EventDaysTable;
  rasad_meta: MetaTable;
  articles: ArticlesTable;
  article_bands: ArticleBandsTable;
  actors: ActorsTable;
  actor_aliases: ActorAliasesTable;
  article_actors: ArticleActorsTable;
  events: EventsTable;
  event_actors: EventActorsTable;
  event_mentions: EventMentionsTable;
  event_sources: EventSourcesTable;
  event_stories: EventStoriesTable;
  entities: EntitiesTable;
  quotes: QuotesTable;
  dates: DatesTable;
  jobs: JobsTable;
}
