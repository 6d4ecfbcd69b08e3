// The read cache: one store call per URL per ttl, shared by concurrent requests, cleared by writes;
// what it sends is byte for byte what the API sent without it.
import Fastify from 'fastify';
import type { Response as LightMyRequestResponse } from 'light-my-request';
import { describe, expect, it } from 'vitest';
import { createServer } from '../../src/server/index.js';
import { ReadCache } from '../../src/server/read-cache.js';
import { EventsReply, SHARED_SCHEMAS, TimelineReply } from '../../src/server/schemas.js';
import { seededStore, TOKEN, testServer } from './helpers.js';

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

describe('the read cache under concurrent requests', () => {
  /** The seeded store, counting its queryEvents calls. */
  async function countingStore() {
    const store = await seededStore();
    const query = store.queryEvents.bind(store);
    const counter = { calls: 0 };
    store.queryEvents = async (filter) => {
      counter.calls++;
      return query(filter);
    };
    return { store, counter };
  }

  it('answers concurrent misses of one URL with one store read', async () => {
    const { store, counter } = await countingStore();
    const { app } = await testServer({ store, cacheMs: 60_000 });
    const replies = await Promise.all(
      Array.from({ length: 20 }, () => app.inject({ method: 'GET', url: '/api/events' })),
    );
    expect(counter.calls).toBe(1);
    expect(new Set(replies.map((r) => r.statusCode))).toEqual(new Set([200]));
    expect(new Set(replies.map((r) => r.body)).size).toBe(1);
    expect(replies[0].json().events.length).toBeGreaterThan(0);
    await app.close();
  });

  it('refreshes an expired answer with one store read while every request gets the last answer at once', async () => {
    const { store, counter } = await countingStore();
    const { app } = await testServer({ store, cacheMs: 5 });
    const first = await app.inject({ method: 'GET', url: '/api/events' });
    expect(counter.calls).toBe(1);
    // Long enough for the answer to expire (its time to live is at most ten times its load time).
    await new Promise((r) => setTimeout(r, 300));
    const replies = await Promise.all(
      Array.from({ length: 20 }, () => app.inject({ method: 'GET', url: '/api/events' })),
    );
    expect(counter.calls).toBe(2);
    for (const reply of replies) expect(reply.rawPayload.equals(first.rawPayload)).toBe(true);
    await app.close();
  });
});

describe('cached answers', () => {
  it('are byte for byte what Fastify sends for the same object and schema, hit or miss', async () => {
    const store = await seededStore();
    const cached = await createServer({ store, webApp: false, cacheMs: 60_000 });
    const uncached = await createServer({ store, webApp: false, cacheMs: 0 });
    // The reference: a route returning the object, serialized by Fastify with the route's schema, as
    // the API did before it kept bytes.
    const reference = Fastify();
    for (const schema of SHARED_SCHEMAS) reference.addSchema(schema);
    reference.get('/api/events', { schema: { response: { 200: EventsReply } } }, async () => {
      const page = await store.queryEvents({ limit: 50 });
      return { events: page.items, next: page.next };
    });
    reference.get('/api/timeline', { schema: { response: { 200: TimelineReply } } }, async () => ({
      interval: 'day',
      buckets: await store.timeline({ interval: 'day' }),
    }));
    const actor = (await store.listActors({ limit: 1 })).items[0]?.id;
    expect(actor).toBeTruthy();
    const urls = [
      '/api/events',
      '/api/events?limit=1',
      `/api/events?q=${encodeURIComponent('کابلوف')}`,
      '/api/articles',
      '/api/articles/seed',
      '/api/actors',
      `/api/actors/${encodeURIComponent(actor as string)}/relations`,
      '/api/timeline',
      '/api/timeline?interval=week',
      '/api/network',
    ];
    const same = (a: LightMyRequestResponse, b: LightMyRequestResponse) => {
      expect(a.statusCode).toBe(b.statusCode);
      expect(a.headers['content-type']).toBe(b.headers['content-type']);
      expect(a.headers['content-length']).toBe(b.headers['content-length']);
      expect(a.rawPayload.equals(b.rawPayload)).toBe(true);
    };
    for (const url of urls) {
      const miss = await cached.inject({ method: 'GET', url });
      const hit = await cached.inject({ method: 'GET', url });
      const plain = await uncached.inject({ method: 'GET', url });
      expect(miss.statusCode, url).toBe(200);
      expect(miss.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(Number(miss.headers['content-length'])).toBe(miss.rawPayload.length);
      same(hit, miss);
      same(plain, miss);
      const head = await cached.inject({ method: 'HEAD', url });
      expect(head.headers['content-length']).toBe(miss.headers['content-length']);
      if (url === '/api/events' || url === '/api/timeline') {
        const ref = await reference.inject({ method: 'GET', url });
        expect(ref.statusCode).toBe(200);
        expect(miss.rawPayload.equals(ref.rawPayload), url).toBe(true);
      }
      // Persian text survives the encoding (a page of events names Zamir Kabulov).
      if (url === '/api/events') expect(miss.body).toContain('کابلوف');
    }
    // Errors are answered as before, and not kept.
    const missing = await cached.inject({ method: 'GET', url: '/api/articles/nope' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toEqual({ error: "no article 'nope'", field: 'id' });
    await Promise.all([cached.close(), uncached.close(), reference.close()]);
    await store.close();
  });
});
