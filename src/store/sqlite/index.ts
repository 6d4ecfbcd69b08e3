// The embedded default: one SQLite file through better-sqlite3 (v12; v13 crashes on Node 20), in WAL
// mode so that readers (the HTTP API) never wait for the ingest writer. Full-text search is an FTS5
// table without its own copy of the text (contentless): it holds only the index of the folded text.
import Database from 'better-sqlite3';
import { type Kysely, Kysely as KyselyClass, SqliteDialect, sql } from 'kysely';
import { errorLine } from '../../errors.js';
import type { Backend } from '../backend.js';
import { KyselyStore } from '../kysely-store.js';
import type { Database as Schema } from '../schema.js';

function ftsQuery(terms: string[]): string {
  // Each term a quoted string (FTS5 syntax characters stay literal); adjacent strings are ANDed.
  return terms.map((t) => `"${t.replace(/"/g, '""')}"`).join(' ');
}

type Statement = ReturnType<Database.Database['prepare']>;

/** The SQLite backend of one connection: its prepared statements are cached per SQL string. */
export function sqliteBackendFor(database: Database.Database): Backend {
  const statements = new Map<string, Statement>();
  const prepared = (text: string): Statement => {
    let st = statements.get(text);
    if (!st) {
      st = database.prepare(text);
      statements.set(text, st);
    }
    return st;
  };
  return {
    ...sqliteBackend,
    async indexSearchText(_db, rows) {
      const st = prepared('insert into article_fts(rowid, body, parts) values (?, ?, ?)');
      for (const r of rows) st.run([r.seq, r.body, r.parts]);
    },
    insertRows(table, rows, suffix) {
      if (rows.length === 0) return [];
      const cols = Object.keys(rows[0]);
      const st = prepared(
        `insert into "${table}" (${cols.map((c) => `"${c}"`).join(', ')}) values (${cols.map(() => '?').join(', ')}) ${suffix}`,
      );
      const out: Array<number | null> = [];
      const values: unknown[] = new Array(cols.length);
      for (const row of rows as Array<Record<string, unknown>>) {
        for (let c = 0; c < cols.length; c++) values[c] = row[cols[c]] ?? null;
        const r = st.run(values);
        out.push(r.changes > 0 ? Number(r.lastInsertRowid) : null);
      }
      return out;
    },
  };
}

export const sqliteBackend: Backend = {
  kind: 'sqlite',
  describeError: (e, target) => `--db ${target}: ${errorLine(e)}`,
  serialType: 'integer',
  async hasColumn(db, table, column) {
    const r = await sql<{
      n: number;
    }>`select count(*) as n from pragma_table_info(${table}) where name = ${column}`.execute(db);
    return Number(r.rows[0]?.n ?? 0) > 0;
  },
  async createSearchIndex(db) {
    await sql`create virtual table if not exists article_fts using fts5(body, parts, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0')`.execute(
      db,
    );
  },
  async indexSearchText(db, rows) {
    for (const r of rows) {
      await sql`insert into article_fts(rowid, body, parts) values (${r.seq}, ${r.body}, ${r.parts})`.execute(
        db,
      );
    }
  },
  matchingSeqs(terms) {
    // A query of no words («%», «"») matches nothing; an empty FTS5 query would be a syntax error.
    if (terms.length === 0) return sql`(select rowid from article_fts where 0)`;
    return sql`(select rowid from article_fts where article_fts match ${ftsQuery(terms)})`;
  },
  async transaction(db, fn) {
    // One writer at a time is SQLite's model; busy_timeout makes a second writer wait, not fail.
    return db.transaction().execute(fn);
  },
};

export function openSqliteKysely(path: string): Kysely<Schema> {
  return openSqlite(path).kysely;
}

function openSqlite(path: string): { kysely: Kysely<Schema>; database: Database.Database } {
  const database = new Database(path);
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.pragma('busy_timeout = 10000');
  database.pragma('foreign_keys = OFF');
  database.pragma('cache_size = -65536');
  return { kysely: new KyselyClass<Schema>({ dialect: new SqliteDialect({ database }) }), database };
}

export async function openSqliteStore(path: string): Promise<KyselyStore> {
  const { kysely, database } = openSqlite(path);
  const store = new KyselyStore(kysely, sqliteBackendFor(database), path);
  await store.migrate();
  return store;
}
