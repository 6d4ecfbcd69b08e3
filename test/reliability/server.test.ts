// The server never blocks and never answers 5xx for a client's mistake (issue 10): extraction runs in
// a bounded thread pool (queue limit → 503 with Retry-After, a time limit, its own body and rate
// limits) while reads go on; every malformed cursor, search text, number, header and path is a 4xx in
// the contract's layout {"error", "field"}, on the embedded store.

import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testServer } from '../server/helpers.js';

const ARTICLE = 'وزیر خارجه ایران با همتای روسی خود در مسکو دیدار و درباره روابط دوجانبه گفت‌وگو کرد. ';
const post = (app: FastifyInstance, text: string) =>
  app.inject({
    method: 'POST',
    url: '/api/extract',
    headers: { 'content-type': 'text/plain' },
    payload: text,
  });

/** The contract's error layout, exactly. */
function expectError(res: { statusCode: number; json: () => unknown }, status: number, field: string | null) {
  expect(res.statusCode).toBe(status);
  const body = res.json() as Record<string, unknown>;
  expect(Object.keys(body).sort()).toEqual(['error', 'field']);
  expect(typeof body.error).toBe('string');
  expect(body.field).toBe(field);
}

describe('extraction off the event loop, bounded', () => {
  it('reads are answered while a long extraction runs', async () => {
    const { app } = await testServer({ extractThreads: 1, rateLimit: false });
    let extracted = false;
    const big = post(app, ARTICLE.repeat(3000)).then((r) => {
      extracted = true;
      return r;
    });
    const reads: number[] = [];
    for (let i = 0; i < 20; i++) {
      const r = await app.inject({ method: 'GET', url: `/api/events?limit=${1 + i}` });
      reads.push(r.statusCode);
    }
    // Had extraction run on the event loop, not one read would have been answered before it ended.
    expect(extracted).toBe(false);
    expect(reads.every((s) => s === 200)).toBe(true);
    expect((await big).statusCode).toBe(200);
    await app.close();
  }, 120_000);

  it('a full queue is 503 with Retry-After at once; the request in the pool still succeeds', async () => {
    const { app } = await testServer({ extractThreads: 1, extractQueue: 0, rateLimit: false });
    // light-my-request starts a request when it is awaited: .then() sends it now.
    const first = post(app, ARTICLE.repeat(50)).then((r) => r);
    const second = await post(app, ARTICLE);
    expectError(second, 503, null);
    expect(Number(second.headers['retry-after'])).toBeGreaterThan(0);
    expect((await first).statusCode).toBe(200);
    await app.close();
  }, 120_000);

  it('an extraction over the time limit is abandoned with 503 and Retry-After', async () => {
    const { app } = await testServer({ extractThreads: 1, extractTimeoutMs: 150, rateLimit: false });
    const slow = await post(app, ARTICLE.repeat(4000));
    expectError(slow, 503, null);
    expect(slow.json().error).toMatch(/did not finish/);
    expect(slow.headers['retry-after']).toBeDefined();
    await app.close();
  }, 120_000);

  it('has its own body limit (413), article cap (413 naming the field) and rate limit (429) while reads go on', async () => {
    const { app } = await testServer({ extractBodyLimit: 4000, rateLimit: false, extractRateLimit: 3 });
    expectError(await post(app, 'ا'.repeat(5000)), 413, 'body');
    const { app: capped } = await testServer({ rateLimit: false });
    expectError(await post(capped, 'a '.repeat(600_000)), 413, 'text');
    await capped.close();
    const codes: number[] = [];
    for (let i = 0; i < 3; i++) codes.push((await post(app, 'ا'.repeat(5000))).statusCode);
    expect(codes).toEqual([413, 413, 429]);
    expectError(await post(app, ARTICLE), 429, null);
    expect((await app.inject({ method: 'GET', url: '/api/events' })).statusCode).toBe(200);
    await app.close();
  }, 120_000);
});

describe('4xx, never 5xx, in the contract layout', () => {
  let app: FastifyInstance;
  let port = 0;
  beforeAll(async () => {
    ({ app } = await testServer({ rateLimit: false }));
    await app.listen({ port: 0, host: '127.0.0.1' });
    port = (app.server.address() as AddressInfo).port;
  });
  afterAll(async () => app.close());

  it.each([
    ['/api/events?cursor=W10', 'cursor'],
    ['/api/articles?cursor=W10', 'cursor'],
    ['/api/actors?cursor=W10', 'cursor'],
    ['/api/events?cursor=%22%22', 'cursor'],
    ['/api/events?limit=1e3', 'limit'],
    ['/api/events?limit=0x10', 'limit'],
    ['/api/events?limit=%2010', 'limit'],
    ['/api/events?limit=10.0', 'limit'],
    ['/api/events?limit=1&limit=2', 'limit'],
    ['/api/articles?limit=-1', 'limit'],
    ['/%ff', 'path'],
    ['/api/articles/%ff', 'path'],
  ])('%s → 400 naming %s', async (url, field) => {
    expectError(await app.inject({ method: 'GET', url }), 400, field);
  });

  it.each(['%25', '%22', "'", '_', '*', '%5C', '%25%25%22', '%ff%fe'])(
    'search text q=%s is answered (no match), not 500',
    async (q) => {
      for (const path of ['/api/events', '/api/articles']) {
        const res = await app.inject({ method: 'GET', url: `${path}?q=${q}` });
        expect(res.statusCode, path).toBe(200);
      }
      const exp = await app.inject({ method: 'GET', url: `/api/export?format=csv&q=${q}` });
      expect(exp.statusCode).toBe(200);
      expect(exp.body.split('\n')[0]).toMatch(/,/); // the header, and no error in the stream
    },
  );

  /** Sends raw bytes on a socket; the status line and body that come back. */
  function raw(bytes: Buffer): Promise<{ status: number; body: string }> {
    return new Promise((resolve, reject) => {
      const socket = connect(port, '127.0.0.1');
      const chunks: Buffer[] = [];
      socket.on('data', (c) => chunks.push(c));
      socket.on('error', reject);
      socket.on('close', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ status: Number(text.split(' ')[1]), body: text.slice(text.indexOf('\r\n\r\n') + 4) });
      });
      socket.end(bytes);
    });
  }

  it('oversized headers are 431 and raw bytes in the request line 400, in the contract layout', async () => {
    const big = await raw(
      Buffer.from(`GET /api/events HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`),
    );
    expect(big.status).toBe(431);
    expect(JSON.parse(big.body)).toEqual({ error: expect.any(String), field: 'headers' });
    const bytes = await raw(
      Buffer.concat([
        Buffer.from('GET /api/events?q='),
        Buffer.from([0xff, 0xfe]),
        Buffer.from(' HTTP/1.1\r\nHost: x\r\n\r\n'),
      ]),
    );
    expect(bytes.status).toBe(400);
    expect(JSON.parse(bytes.body)).toEqual({ error: expect.any(String), field: null });
    // And the server still serves.
    expect((await app.inject({ method: 'GET', url: '/api/events' })).statusCode).toBe(200);
  });
});
