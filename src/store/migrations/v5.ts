// Version 5: event_mentions carry article_seq.
import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema.js';
import type { DialectSchema } from './dialect.js';

export const version = 5;

export async function up(db: Kysely<Database>, dialect: DialectSchema): Promise<void> {
  const t = db.schema;
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
