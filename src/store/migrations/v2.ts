// Version 2: events per day and quad class (event_days).
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type { DialectSchema } from './dialect.js';
import { UNKNOWN_DAY } from './dialect.js';

export const version = 2;

export async function up(db: Kysely<Database>, _dialect: DialectSchema): Promise<void> {
  const t = db.schema;
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
