// The store's boundary (issue 11 item 5): outside src/store, code sees the Store interface
// (store/index.ts, store/types.ts) and a few pure helpers, never a backend, the Kysely class, its
// database handle, the schema or the SQL modules, and never tells SQLite from PostgreSQL itself.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../src/store/migrations/index.js';

const SRC = join(import.meta.dirname, '../../src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** Store modules a face may import: the interface and pure helpers that need no database. */
const ALLOWED = new Set([
  'index',
  'types',
  'content-hash',
  'near-duplicate',
  'search-text',
  'article-rows',
  'corrections',
  'correction-types',
]);

describe('store boundary', () => {
  const outside = files(SRC).filter((f) => !relative(SRC, f).startsWith('store/'));

  it('faces import only the store interface and its pure helpers', () => {
    const bad: string[] = [];
    for (const f of outside) {
      const text = readFileSync(f, 'utf8');
      for (const m of text.matchAll(/from '((?:\.\.\/)+store\/([^']+))\.js'/g)) {
        const module = m[2];
        if (!ALLOWED.has(module) && !module.startsWith('formats/')) bad.push(`${relative(SRC, f)}: ${m[1]}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('no face branches on the backend URL or reaches for the raw database handle', () => {
    const bad: string[] = [];
    for (const f of outside) {
      const text = readFileSync(f, 'utf8');
      if (/isPostgresUrl|postgres\(ql\)\?:/.test(text)) bad.push(`${relative(SRC, f)}: backend test`);
      if (/\bstore\.db\b/.test(text)) bad.push(`${relative(SRC, f)}: store.db`);
    }
    expect(bad).toEqual([]);
  });

  it('one migration file per schema version, v1 … vN', () => {
    const versions = readdirSync(join(SRC, 'store/migrations'))
      .map((n) => /^v(\d+)\.ts$/.exec(n)?.[1])
      .filter((v): v is string => v !== undefined)
      .map(Number)
      .sort((a, b) => a - b);
    expect(versions).toEqual(Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1));
  });
});
