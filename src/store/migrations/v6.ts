// Version 6: events carry their location and its country.
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type { DialectSchema } from './dialect.js';

export const version = 6;

export async function up(db: Kysely<Database>, dialect: DialectSchema): Promise<void> {
  const t = db.schema;
  // Where an event happened (src/code/location.ts): the location as JSON, and its country as a
  // column with an index, for `--country` / the API's `country`. Events stored before stay null.
  if (!(await dialect.hasColumn(db, 'events', 'location')))
    await t.alterTable('events').addColumn('location', 'text').execute();
  if (!(await dialect.hasColumn(db, 'events', 'country')))
    await t.alterTable('events').addColumn('country', 'text').execute();
  await t.createIndex('events_country_day').ifNotExists().on('events').columns(['country', 'day']).execute();
}
