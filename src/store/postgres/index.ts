// The shared store for many machines: PostgreSQL through pg. Full-text search is a tsvector with the
// 'simple' configuration (no stemming: Persian has none in PostgreSQL) over the same folded text as
// SQLite's, in its own table with a GIN index. `?schema=NAME` in the URL keeps a store in its own
// schema (tests, several stores in one database).
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { UserError } from '../../errors.js';
import type { Backend } from '../backend.js';
import { KyselyStore } from '../kysely-store.js';
import { PostgresJobQueue } from '../queue/jobs.js';
import type { Database as Schema } from '../schema.js';

// COUNT and bigint columns come back as numbers (they stay far below 2^53 here).
pg.types.setTypeParser(20, (v) => Number(v));

const TRANSIENT = new Set(['40001', '40P01']); // serialization failure, deadlock

export const postgresBackend: Backend = {
  kind: 'postgres',
  describeError: (e, target) => describePgError(e, target),
  jobQueue: (db, store) => new PostgresJobQueue(db, store),
  serialType: 'serial',
  async hasColumn(db, table, column) {
    const r = await sql<{ n: string }>`select count(*) as n from information_schema.columns
      where table_schema = current_schema() and table_name = ${table} and column_name = ${column}`.execute(
      db,
    );
    return Number(r.rows[0]?.n ?? 0) > 0;
  },
  async createSearchIndex(db) {
    await sql`create table if not exists article_search (seq integer primary key, tsv tsvector not null)`.execute(
      db,
    );
    await sql`create index if not exists article_search_tsv on article_search using gin (tsv)`.execute(db);
    // The articles matching a query, always through the GIN index. For a common word the planner
    // prefers a sequential scan that tests every stored tsvector (detoasting each: ≈4 µs a row, 8.5 ms
    // for 5,000 articles and growing with the store) over the index (0.5 ms). A function with its own
    // SET is planned apart (never inlined), so only this lookup runs with sequential scans off.
    await sql`create or replace function rasad_text_matches(q tsquery) returns setof integer
      language sql stable set enable_seqscan = off
      as 'select seq from article_search where tsv @@ q'`.execute(db);
  },
  async indexSearchText(db, rows) {
    for (let i = 0; i < rows.length; i += 500) {
      const chunk = rows.slice(i, i + 500);
      const values = sql.join(
        chunk.map((r) => sql`(${r.seq}, to_tsvector('simple', ${`${r.body}\n${r.parts}`}))`),
      );
      await sql`insert into article_search (seq, tsv) values ${values} on conflict (seq) do nothing`.execute(
        db,
      );
    }
  },
  matchingSeqs(terms) {
    const query =
      terms
        .map((t) => t.replace(/[^\p{L}\p{N}]/gu, ''))
        .filter(Boolean)
        .join(' & ') || 'nothing_matches_this';
    return sql`(select rasad_text_matches(to_tsquery('simple', ${query})))`;
  },
  async lockForMigration(trx) {
    // Two processes migrating at once must not race on CREATE TABLE IF NOT EXISTS.
    await sql`select pg_advisory_xact_lock(7263512)`.execute(trx);
  },
  async transaction(db, fn) {
    for (let attempt = 1; ; attempt++) {
      try {
        return await db.transaction().execute(fn);
      } catch (e) {
        const code = (e as { code?: string }).code;
        if (!code || !TRANSIENT.has(code) || attempt >= 5) throw e;
        await new Promise((r) => setTimeout(r, 20 * attempt + Math.random() * 50));
      }
    }
  },
};

export interface PostgresTarget {
  connectionString: string;
  schema: string | null;
}

/** Splits our own `schema` parameter off the URL (pg would pass it on to the server). */
export function parsePostgresUrl(db: string): PostgresTarget {
  let url: URL;
  try {
    url = new URL(db);
  } catch {
    throw new UserError(`--db: not a valid postgres:// URL: ${db}`);
  }
  const schema = url.searchParams.get('schema');
  url.searchParams.delete('schema');
  if (schema && !/^[a-z_][a-z0-9_]*$/i.test(schema))
    throw new UserError(`--db: schema must be a plain identifier: ${schema}`);
  return { connectionString: url.toString(), schema };
}

/** One line a user can act on, whatever pg threw (never the password, never a stack). */
export function describePgError(e: unknown, target: string): string {
  const err = e as { code?: string; message?: string };
  const where = target.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
  switch (err.code) {
    case '28P01':
    case '28000':
      return `--db ${where}: authentication failed (wrong user or password)`;
    case '3D000':
      return `--db ${where}: database does not exist`;
    case 'ECONNREFUSED':
    case 'ENOTFOUND':
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
      return `--db ${where}: cannot reach the PostgreSQL server (${err.code})`;
    case '57P01':
    case '57P02':
    case '57P03':
      return `--db ${where}: the PostgreSQL server went away (${err.code}); run the same command again to resume`;
    default:
      return `--db ${where}: ${(err.message ?? String(e)).split('\n')[0]}`;
  }
}

export function createPool(target: PostgresTarget, max = 4): pg.Pool {
  const pool = new pg.Pool({
    connectionString: target.connectionString,
    max,
    connectionTimeoutMillis: 10_000,
    // Names this store's sessions in pg_stat_activity (operators, and tests that cut connections).
    application_name: target.schema ? `rasad:${target.schema}` : 'rasad',
  });
  // An idle client losing its server must not crash the process; the next query reports it.
  pool.on('error', () => {});
  pool.on('connect', (client) => {
    // A session the server ends while a client is checked out must fail that client's next query,
    // not crash the process with an unhandled 'error' event.
    client.on('error', () => {});
    if (target.schema) client.query(`set search_path to "${target.schema}"`).catch(() => {});
  });
  return pool;
}

export async function openPostgresStore(
  db: string,
  options: { poolSize?: number } = {},
): Promise<KyselyStore> {
  const target = parsePostgresUrl(db);
  // Connect once directly, so a wrong password or an absent server is one clear line.
  const probe = new pg.Client({ connectionString: target.connectionString, connectionTimeoutMillis: 10_000 });
  probe.on('error', () => {});
  try {
    await probe.connect();
    if (target.schema) await probe.query(`create schema if not exists "${target.schema}"`);
  } catch (e) {
    await probe.end().catch(() => {});
    throw new UserError(describePgError(e, db));
  }
  await probe.end();
  const kysely = new Kysely<Schema>({
    dialect: new PostgresDialect({ pool: createPool(target, options.poolSize) }),
  });
  const store = new KyselyStore(kysely, postgresBackend, db);
  try {
    await store.migrate();
  } catch (e) {
    await store.close().catch(() => {});
    if (e instanceof UserError) throw e;
    throw new UserError(describePgError(e, db));
  }
  return store;
}
