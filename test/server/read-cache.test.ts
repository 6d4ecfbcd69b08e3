// The read cache: one store call per URL per ttl, shared by concurrent requests, cleared by writes.
import { describe, expect, it } from 'vitest';
import { ReadCache } from '../../src/server/read-cache.js';
import { TOKEN, testServer } from './helpers.js';

describe('ReadCache', () => {
  it('shares one load between concurrent and repeated calls, and forgets failures', async () => {
    const cache = new ReadCache(60_000);
    let calls = 0;
    const load = async () => ++calls;
    const values = await Promise.all([cache.get('a', load), cache.get('a', load), cache.get('a', load)]);
    expect(values).toEqual([1, 1, 1]);
    expect(await cache.get('b', load)).toBe(2);
    const failing = cache.get('c', async () => {
      throw new Error('boom');
    });
    await expect(failing).rejects.toThrow('boom');
    expect(await cache.get('c', load)).toBe(3);
    cache.clear();
    expect(await cache.get('a', load)).toBe(4);
  });

  it('is off with a ttl of 0 and bounded in size', async () => {
    let calls = 0;
    const off = new ReadCache(0);
    await off.get('a', async () => ++calls);
    await off.get('a', async () => ++calls);
    expect(calls).toBe(2);
    const small = new ReadCache(60_000, 2);
    for (const k of ['a', 'b', 'c']) await small.get(k, async () => k);
    expect(await small.get('a', async () => 'reloaded')).toBe('reloaded');
  });
});

describe('ReadCache after expiry', () => {
  it('answers with the last value at once while one refresh runs, then with the new one', async () => {
    const cache = new ReadCache(5, 10, 5);
    let calls = 0;
    let release: () => void = () => {};
    const slow = () => {
      calls++;
      return calls === 1 ? Promise.resolve(calls) : new Promise<number>((r) => (release = () => r(calls)));
    };
    expect(await cache.get('k', slow)).toBe(1);
    await new Promise((r) => setTimeout(r, 20));
    expect(await cache.get('k', slow)).toBe(1); // stale, refresh started
    expect(await cache.get('k', slow)).toBe(1); // still stale, no second refresh
    expect(calls).toBe(2);
    release();
    await new Promise((r) => setTimeout(r, 0));
    expect(await cache.get('k', slow)).toBe(2);
  });
});

describe('the server with its read cache', () => {
  it('shows an article posted through it at once', async () => {
    const { app } = await testServer({ cacheMs: 60_000 });
    const url = `/api/articles?q=${encodeURIComponent('هندوستان')}`;
    expect((await app.inject({ method: 'GET', url })).json().articles).toEqual([]);
    const posted = await app.inject({
      method: 'POST',
      url: '/api/articles',
      headers: { authorization: `Bearer ${TOKEN}` },
      payload: {
        id: 'cache-1',
        text: 'وزیر خارجه هندوستان با همتای ایرانی خود دیدار کرد.',
        published: '2023-03-01',
      },
    });
    expect(posted.statusCode).toBe(201);
    expect(
      (await app.inject({ method: 'GET', url })).json().articles.map((a: { id: string }) => a.id),
    ).toEqual(['cache-1']);
    await app.close();
  });
});
