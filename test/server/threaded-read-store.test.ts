// Reads answered by a worker thread's own connection give the same answers as the main store, and
// see what was written through the main store.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ThreadedReadStore } from '../../src/server/threaded-read-store.js';
import { openStore } from '../../src/store/index.js';
import { extraResults, seedResult } from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'rasad-threaded-'));
const db = join(dir, 'test.db');
let store: ThreadedReadStore;

beforeAll(async () => {
  const main = await openStore(db);
  await main.migrate();
  await main.saveArticles([seedResult()].map((result) => ({ result, original: result.text })));
  store = await ThreadedReadStore.start(main, db);
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('ThreadedReadStore', () => {
  it('answers reads from the worker like the store itself', async () => {
    const events = await store.queryEvents({ actor: 'RUSGOV' });
    expect(events.items.map((e) => e.type)).toEqual(['CONSULT']);
    expect((await store.getArticle('seed'))?.title).toBe(seedResult().title);
    expect(await store.getArticle('missing')).toBeNull();
    const week = await store.timeline({ interval: 'week' });
    expect(week.reduce((n, b) => n + b.quad1 + b.quad2 + b.quad3 + b.quad4, 0)).toBe(4);
  });

  it('sees articles saved through the main store at once', async () => {
    const saved = await store.saveArticles(
      extraResults().map((result) => ({ result, original: result.text })),
    );
    expect(saved.ingested).toBe(3);
    const articles = await store.searchArticles({ limit: 50 });
    expect(articles.items).toHaveLength(4);
  });

  it("rejects with the store's error, and keeps serving", async () => {
    await expect(store.queryEvents({ cursor: 'not a cursor at all' })).rejects.toThrow();
    expect((await store.listActors({ limit: 2 })).items).toHaveLength(2);
  });
});
