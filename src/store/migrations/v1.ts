// Version 1: the base tables and indexes, and the dialect's full-text index. Every statement is
// CREATE … IF NOT EXISTS, so the runner applies it to every store, old or new.
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type { DialectSchema } from './dialect.js';

export const version = 1;

export async function up(db: Kysely<Database>, dialect: DialectSchema): Promise<void> {
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
}
