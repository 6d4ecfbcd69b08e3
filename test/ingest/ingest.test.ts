// ingestPaths in this process (extraction in the main thread: vitest runs the TypeScript sources).
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestPaths, saveOrRejectEach } from '../../src/ingest/index.js';
import { RejectsFile } from '../../src/ingest/rejects.js';
import { extract } from '../../src/pipeline.js';
import { openSqliteStore } from '../../src/store/sqlite/index.js';
import { writeJsonl } from './make-input.js';

describe('ingestPaths into the embedded store', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rasad-ingest-'));
  const input = join(dir, 'in');
  mkdirSync(join(input, 'feeds'), { recursive: true });
  writeJsonl(join(input, 'articles.jsonl'), 12);
  writeFileSync(
    join(input, 'broken.jsonl'),
    '{"id":"ok","text":"یک خبر کوتاه درباره دیدار وزیران خارجه ایران و روسیه در مسکو."}\n{not json}\n',
  );
  writeFileSync(join(input, 'note.txt'), 'وزیر خارجه ایران با همتای پاکستانی خود در اسلام‌آباد دیدار کرد.');
  writeFileSync(join(input, 'empty.txt'), '');
  writeFileSync(
    join(input, 'feeds', 'f.xml'),
    '<rss><channel><item><guid>i1</guid><title>خبر</title><description>متن خبر خوراک درباره تهران</description></item></channel></rss>',
  );
  const db = join(dir, 'r.db');
  const rejects = join(dir, 'rejects.jsonl');

  it('stores every good article, rejects the rest with file, line and reason, and counts them', async () => {
    const s = await ingestPaths([input], { db, rejects, threads: 0, batchSize: 5 });
    expect(s).toMatchObject({ ingested: 15, duplicates: 0, rejected: 2, rejectsFile: rejects });
    const lines = readFileSync(rejects, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toEqual([
      { file: join(input, 'broken.jsonl'), line: 2, reason: expect.stringMatching(/^broken JSON/) },
      { file: join(input, 'empty.txt'), reason: 'empty file' },
    ]);
    const store = await openSqliteStore(db);
    expect(await store.countArticles()).toBe(15);
    const fars = await store.getArticle('gen-3');
    expect(fars?.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await store.close();
  });

  it('is idempotent: the same command again stores nothing new', async () => {
    const s = await ingestPaths([input], { db, rejects: join(dir, 'r2.jsonl'), threads: 0 });
    expect(s).toMatchObject({ ingested: 0, duplicates: 15, rejected: 2 });
  });
});

describe('a batch the store refuses', () => {
  it('is saved article by article: the refused one is rejected with its line and reason, the rest stored', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rasad-refuse-'));
    const store = await openSqliteStore(join(dir, 'r.db'));
    const rejects = new RejectsFile(join(dir, 'rejects.jsonl'));
    // A store that refuses any transaction holding the article "poison" (as PostgreSQL refuses a NUL).
    const save = store.saveArticles.bind(store);
    store.saveArticles = (batch) =>
      batch.some((b) => b.result.id === 'poison')
        ? Promise.reject(new Error('invalid byte sequence for encoding "UTF8": 0x00\ndetail'))
        : save(batch);
    const items = ['a', 'poison', 'b'].map((id, line) => {
      const result = extract({ id, text: `وزیر خارجه ایران با همتای روسی در مسکو دیدار کرد. ${id}` });
      return { origin: { file: 'in.jsonl', line: line + 1 }, result, original: result.text };
    });
    expect(await saveOrRejectEach(store, items, rejects)).toEqual({ ingested: 2, duplicates: 0 });
    expect(await store.countArticles()).toBe(2);
    expect(JSON.parse(readFileSync(join(dir, 'rejects.jsonl'), 'utf8'))).toEqual({
      file: 'in.jsonl',
      line: 2,
      reason: 'cannot store the article: invalid byte sequence for encoding "UTF8": 0x00',
    });
    await store.close();
  });
});
