// The extraction threads compute more than the extraction (MinHash signature, search text, the
// stored layers JSON) so that the writing thread only writes. This protects that split: ingesting
// through the pool must store exactly what ingesting in the main thread stores.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { writeJsonl } from './make-input.js';

const BIN = join(process.cwd(), 'bin', 'rasad');

function snapshot(db: string) {
  const conn = new Database(db, { readonly: true, fileMustExist: true });
  try {
    const all = (q: string) => conn.prepare(q).all();
    return {
      articles: all(
        'select id, content_hash, story_id, duplicate_of, minhash, layers from articles order by id',
      ),
      bands: all('select band, article_id from article_bands order by band, article_id'),
      events: all(
        'select id, type, date, num_mentions, num_articles, num_sources, num_stories from events order by id',
      ),
      actors: all('select id, num_events, num_articles from actors order by id'),
      // The full-text index holds the search text the threads computed.
      search: all(
        'select a.id from article_fts f join articles a on a.seq = f.rowid where article_fts match \'"تهران"\' order by a.id',
      ),
    };
  } finally {
    conn.close();
  }
}

describe('rasad ingest through the thread pool', () => {
  it('stores what the main thread stores: articles, layers, bands, events, counts and the search index', () => {
    expect(existsSync(join(process.cwd(), 'dist', 'ingest', 'extract-worker.js'))).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'rasad-threads-'));
    const input = join(dir, 'in.jsonl');
    writeJsonl(input, 120, 3); // 120 articles: the corpus's first 120, no copies
    const run = (threads: string) => {
      const db = join(dir, `t${threads}.db`);
      const r = spawnSync(
        BIN,
        ['ingest', input, '--db', db, '--threads', threads, '--rejects', join(dir, 'r.jsonl')],
        { encoding: 'utf8', env: { ...process.env, RASAD_DB: '' } },
      );
      expect(r.stderr).toBe('');
      expect(r.stdout.trim()).toBe('ingested 120, duplicates 0, rejected 0');
      return snapshot(db);
    };
    const main = run('0');
    const pool = run('2');
    expect(main.events.length).toBeGreaterThan(20);
    expect(main.search.length).toBeGreaterThan(0);
    expect(pool).toEqual(main);
  }, 120_000);

  it('an article that kills its thread (out of memory) is rejected with the reason; the rest are stored', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rasad-threads-oom-'));
    const input = join(dir, 'in.jsonl');
    const sentence = 'وزیر خارجه ایران با همتای روسی خود در مسکو دیدار و درباره روابط دوجانبه گفت‌وگو کرد. ';
    writeFileSync(
      input,
      [
        { id: 'a', text: sentence.repeat(3) },
        // 935,000 characters: under the article cap (1,000,000), more than a 110 MB thread heap holds
        // while extracting it (a small article needs under 60 MB).
        { id: 'huge', text: sentence.repeat(11_000) },
        { id: 'b', text: sentence.repeat(4) },
      ]
        .map((a) => JSON.stringify(a))
        .join('\n'),
    );
    const rejects = join(dir, 'r.jsonl');
    const r = spawnSync(
      BIN,
      ['ingest', input, '--db', join(dir, 'o.db'), '--threads', '2', '--rejects', rejects],
      {
        encoding: 'utf8',
        env: { ...process.env, RASAD_DB: '', RASAD_WORKER_HEAP_MB: '110' },
      },
    );
    expect(r.stdout.trim()).toBe('ingested 2, duplicates 0, rejected 1');
    const line = JSON.parse(readFileSync(rejects, 'utf8'));
    expect(line).toMatchObject({ file: input, line: 2 });
    expect(line.reason).toMatch(/^extraction thread failed: .*memory/);
  }, 120_000);
});
