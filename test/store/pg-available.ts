// Whether the machine's PostgreSQL (127.0.0.1:5432, trust auth, database `test`) is reachable; the
// PostgreSQL tests run against it and are skipped, with a visible notice, only when it is not.
import pg from 'pg';

export const PG_BASE = process.env.RASAD_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';

export async function pgAvailable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: PG_BASE, connectionTimeoutMillis: 3000 });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    console.warn(`\n*** PostgreSQL not reachable at ${PG_BASE}: PostgreSQL store tests SKIPPED ***\n`);
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/** A fresh schema name per test run and file, so parallel test files never share tables. */
export function freshSchema(tag: string): string {
  return `rasad_t_${tag}_${process.pid}_${Date.now().toString(36)}`;
}

export function pgUrl(schema: string): string {
  return `${PG_BASE}?schema=${schema}`;
}

export async function dropSchemas(prefix: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_BASE });
  client.on('error', () => {});
  await client.connect();
  const { rows } = await client.query(`select nspname from pg_namespace where nspname like $1`, [
    `${prefix}%`,
  ]);
  for (const r of rows) await client.query(`drop schema if exists "${r.nspname}" cascade`);
  await client.end();
}
