// Version 3: the distinct sources and stories of each event.
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type { DialectSchema } from './dialect.js';

export const version = 3;

export async function up(db: Kysely<Database>, _dialect: DialectSchema): Promise<void> {
  const t = db.schema;
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
