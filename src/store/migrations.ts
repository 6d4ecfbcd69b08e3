// The schema, written once with Kysely's schema builder; the two places the dialects differ (the
// auto-increment key and the full-text index) are passed in by the backend.
import { type Kysely, sql } from 'kysely';
import type { Database } from './schema.js';

export interface DialectSchema {
  /** Adds the auto-increment `seq` key column in the dialect's own way. */
  serialType: 'integer' | 'serial';
  /** Creates the dialect's full-text index over articles. */
  createSearchIndex(db: Kysely<Database>): Promise<void>;
  /** Whether a table of this store has a column (migrations that add columns run once). */
  hasColumn(db: Kysely<Database>, table: string, column: string): Promise<boolean>;
}

export const SCHEMA_VERSION = 6;

/** The day events without a known date are filed under (never shown on a timeline). */
export const UNKNOWN_DAY = '0000-00-00';

export async function migrate(db: Kysely<Database>, dialect: DialectSchema): Promise<void> {
  const t = db.schema;
  await t
    .createTable('articles')
    .ifNotExists()
    .addColumn('seq', dialect.serialType, (c) =>
      dialect.serialType === 'integer' ? c.primaryKey().autoIncrement() : c.primaryKey(),
    )
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('url', 'text')
    .addColumn('source', 'text')
    .addColumn('published', 'text')
    .addColumn('title', 'text')
    .addColumn('original', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull().unique())
    .addColumn('duplicate_of', 'text')
    .addColumn('story_id', 'text', (c) => c.notNull())
    .addColumn('minhash', 'text')
    .addColumn('layers', 'text', (c) => c.notNull())
    .addColumn('ingested_at', 'text', (c) => c.notNull())
    .execute();
  await t
    .createIndex('articles_published')
    .ifNotExists()
    .on('articles')
    .columns(['published', 'seq'])
    .execute();
  await t
    .createIndex('articles_source')
    .ifNotExists()
    .on('articles')
    .columns(['source', 'published'])
    .execute();
  await t.createIndex('articles_duplicate_of').ifNotExists().on('articles').column('duplicate_of').execute();

  await t
    .createTable('article_bands')
    .ifNotExists()
    .addColumn('band', 'text', (c) => c.notNull())
    .addColumn('article_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('article_bands_pk', ['band', 'article_id'])
    .execute();

  await t
    .createTable('actors')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text')
    .addColumn('code', 'text')
    .addColumn('country', 'text')
    .addColumn('sector', 'text')
    .addColumn('wikidata', 'text')
    .addColumn('roles', 'text', (c) => c.notNull())
    .addColumn('num_events', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('num_articles', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await t.createIndex('actors_code').ifNotExists().on('actors').column('code').execute();
  await t.createIndex('actors_num_events').ifNotExists().on('actors').column('num_events').execute();

  await t
    .createTable('actor_aliases')
    .ifNotExists()
    .addColumn('actor_id', 'text', (c) => c.notNull())
    .addColumn('alias_norm', 'text', (c) => c.notNull())
    .addColumn('alias', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('actor_aliases_pk', ['actor_id', 'alias_norm'])
    .execute();
  await t.createIndex('actor_aliases_norm').ifNotExists().on('actor_aliases').column('alias_norm').execute();

  await t
    .createTable('article_actors')
    .ifNotExists()
    .addColumn('article_id', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('article_actors_pk', ['article_id', 'actor_id'])
    .execute();
  await t
    .createIndex('article_actors_actor')
    .ifNotExists()
    .on('article_actors')
    .columns(['actor_id', 'article_id'])
    .execute();

  await t
    .createTable('events')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('mode', 'text')
    .addColumn('cameo', 'text', (c) => c.notNull())
    .addColumn('quad', 'integer', (c) => c.notNull())
    .addColumn('date', 'text')
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('negated', 'integer', (c) => c.notNull())
    .addColumn('future', 'integer', (c) => c.notNull())
    .addColumn('article_id', 'text', (c) => c.notNull())
    .addColumn('sentence', 'integer', (c) => c.notNull())
    .addColumn('evidence', 'text', (c) => c.notNull())
    .addColumn('trigger_start', 'integer', (c) => c.notNull())
    .addColumn('trigger_end', 'integer', (c) => c.notNull())
    .addColumn('trigger_text', 'text', (c) => c.notNull())
    .addColumn('confidence', 'real', (c) => c.notNull())
    .addColumn('num_mentions', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('num_articles', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('num_sources', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('num_stories', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('added_at', 'text', (c) => c.notNull())
    .execute();
  await t.createIndex('events_day').ifNotExists().on('events').columns(['day', 'id']).execute();
  await t.createIndex('events_type_day').ifNotExists().on('events').columns(['type', 'day', 'id']).execute();
  await t.createIndex('events_article').ifNotExists().on('events').column('article_id').execute();

  await t
    .createTable('event_actors')
    .ifNotExists()
    .addColumn('event_id', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('event_actors_pk', ['event_id', 'role', 'actor_id'])
    .execute();
  // Events by actor / recipient in date order come straight off this index.
  await t
    .createIndex('event_actors_actor')
    .ifNotExists()
    .on('event_actors')
    .columns(['actor_id', 'role', 'day', 'event_id'])
    .execute();

  await t
    .createTable('event_mentions')
    .ifNotExists()
    .addColumn('event_id', 'text', (c) => c.notNull())
    .addColumn('article_id', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('story_id', 'text', (c) => c.notNull())
    .addColumn('sentence', 'integer', (c) => c.notNull())
    .addColumn('trigger_start', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('event_mentions_pk', ['event_id', 'article_id', 'sentence', 'trigger_start'])
    .execute();
  await t
    .createIndex('event_mentions_article')
    .ifNotExists()
    .on('event_mentions')
    .columns(['article_id', 'event_id'])
    .execute();

  await t
    .createTable('entities')
    .ifNotExists()
    .addColumn('article_id', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('start', 'integer', (c) => c.notNull())
    .addColumn('end', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addPrimaryKeyConstraint('entities_pk', ['article_id', 'entity_id'])
    .execute();

  await t
    .createTable('quotes')
    .ifNotExists()
    .addColumn('article_id', 'text', (c) => c.notNull())
    .addColumn('start', 'integer', (c) => c.notNull())
    .addColumn('end', 'integer', (c) => c.notNull())
    .addColumn('direct', 'integer', (c) => c.notNull())
    .addColumn('speaker_id', 'text')
    .addColumn('chain', 'text', (c) => c.notNull())
    .execute();
  await t.createIndex('quotes_article').ifNotExists().on('quotes').column('article_id').execute();
  await t.createIndex('quotes_speaker').ifNotExists().on('quotes').column('speaker_id').execute();

  await t
    .createTable('dates')
    .ifNotExists()
    .addColumn('article_id', 'text', (c) => c.notNull())
    .addColumn('start', 'integer', (c) => c.notNull())
    .addColumn('end', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('until', 'text')
    .addColumn('granularity', 'text', (c) => c.notNull())
    .addColumn('calendar', 'text', (c) => c.notNull())
    .execute();
  await t.createIndex('dates_article').ifNotExists().on('dates').column('article_id').execute();
  await t.createIndex('dates_value').ifNotExists().on('dates').column('value').execute();

  await dialect.createSearchIndex(db);

  // ---- version 2: stored version, per-day event counts; 3: event sources and stories;
  // 4: article_actors carry published and seq; 5: event_mentions carry article_seq ----------------
  await t
    .createTable('rasad_meta')
    .ifNotExists()
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();
  const row = await db
    .selectFrom('rasad_meta')
    .select('value')
    .where('key', '=', 'schema_version')
    .executeTakeFirst();
  const version = row ? Number(row.value) : 1;
  if (version < 2) {
    // Events per day and quad class, kept up to date by saveArticles in the same transaction, so
    // a timeline reads ~4 rows per day instead of every event. A store made before version 2 is
    // filled from its events here, once.
    await t
      .createTable('event_days')
      .ifNotExists()
      .addColumn('day', 'text', (c) => c.notNull())
      .addColumn('quad', 'integer', (c) => c.notNull())
      .addColumn('n', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('event_days_pk', ['day', 'quad'])
      .execute();
    await db.deleteFrom('event_days').execute();
    await db
      .insertInto('event_days')
      .columns(['day', 'quad', 'n'])
      .expression((eb) =>
        eb
          .selectFrom('events')
          .select(['day', 'quad', eb.fn.countAll<number>().as('n')])
          .where('day', '!=', UNKNOWN_DAY)
          .groupBy(['day', 'quad']),
      )
      .execute();
  }
  if (version < 3) {
    // The distinct sources and stories of each event, so that saving a batch adds to an event's
    // counts from the rows it inserts (inserted = new) instead of recounting every mention of the
    // event: a recount grew with the event's reports and made ingest slow down as the store grew.
    await t
      .createTable('event_sources')
      .ifNotExists()
      .addColumn('event_id', 'text', (c) => c.notNull())
      .addColumn('source', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('event_sources_pk', ['event_id', 'source'])
      .execute();
    await t
      .createTable('event_stories')
      .ifNotExists()
      .addColumn('event_id', 'text', (c) => c.notNull())
      .addColumn('story_id', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('event_stories_pk', ['event_id', 'story_id'])
      .execute();
    await db.deleteFrom('event_sources').execute();
    await db.deleteFrom('event_stories').execute();
    await db
      .insertInto('event_sources')
      .columns(['event_id', 'source'])
      .expression((eb) => eb.selectFrom('event_mentions').select(['event_id', 'source']).distinct())
      .execute();
    await db
      .insertInto('event_stories')
      .columns(['event_id', 'story_id'])
      .expression((eb) => eb.selectFrom('event_mentions').select(['event_id', 'story_id']).distinct())
      .execute();
  }
  if (version < 4) {
    // An actor's latest articles (the actor page) come off an index instead of a sort of all of them.
    if (!(await dialect.hasColumn(db, 'article_actors', 'published')))
      await t
        .alterTable('article_actors')
        .addColumn('published', 'text', (c) => c.notNull().defaultTo(''))
        .execute();
    if (!(await dialect.hasColumn(db, 'article_actors', 'seq')))
      await t
        .alterTable('article_actors')
        .addColumn('seq', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
    await db
      .updateTable('article_actors')
      .set((eb) => ({
        published: eb.fn.coalesce(
          eb
            .selectFrom('articles as a')
            .select('a.published')
            .whereRef('a.id', '=', 'article_actors.article_id'),
          sql<string>`''`,
        ),
        seq: eb
          .selectFrom('articles as a')
          .select('a.seq')
          .whereRef('a.id', '=', 'article_actors.article_id'),
      }))
      .execute();
    await t
      .createIndex('article_actors_latest')
      .ifNotExists()
      .on('article_actors')
      .columns(['actor_id', 'published', 'seq'])
      .execute();
  }
  if (version < 5) {
    // A mention carries its article's seq: an events text filter tests mentions against the
    // full-text matches without looking every mention's article up (PostgreSQL: 32 → 15 ms on a
    // common word over 20,000 articles).
    if (!(await dialect.hasColumn(db, 'event_mentions', 'article_seq')))
      await t
        .alterTable('event_mentions')
        .addColumn('article_seq', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
    await db
      .updateTable('event_mentions')
      .set((eb) => ({
        article_seq: eb.fn.coalesce(
          eb.selectFrom('articles as a').select('a.seq').whereRef('a.id', '=', 'event_mentions.article_id'),
          sql<number>`0`,
        ),
      }))
      .execute();
    await t
      .createIndex('event_mentions_event_seq')
      .ifNotExists()
      .on('event_mentions')
      .columns(['event_id', 'article_seq'])
      .execute();
  }
  if (version < 6) {
    // Where an event happened (src/code/location.ts): the location as JSON, and its country as a
    // column with an index, for `--country` / the API's `country`. Events stored before stay null.
    if (!(await dialect.hasColumn(db, 'events', 'location')))
      await t.alterTable('events').addColumn('location', 'text').execute();
    if (!(await dialect.hasColumn(db, 'events', 'country')))
      await t.alterTable('events').addColumn('country', 'text').execute();
    await t
      .createIndex('events_country_day')
      .ifNotExists()
      .on('events')
      .columns(['country', 'day'])
      .execute();
  }
  if (version !== SCHEMA_VERSION) {
    await db
      .insertInto('rasad_meta')
      .values({ key: 'schema_version', value: String(SCHEMA_VERSION) })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: String(SCHEMA_VERSION) }))
      .execute();
  }
}
