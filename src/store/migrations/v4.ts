// Version 4: article_actors carry published and seq.
import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema.js';
import type { DialectSchema } from './dialect.js';

export const version = 4;

export async function up(db: Kysely<Database>, dialect: DialectSchema): Promise<void> {
  const t = db.schema;
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
      seq: eb.selectFrom('articles as a').select('a.seq').whereRef('a.id', '=', 'article_actors.article_id'),
    }))
    .execute();
  await t
    .createIndex('article_actors_latest')
    .ifNotExists()
    .on('article_actors')
    .columns(['actor_id', 'published', 'seq'])
    .execute();
}
