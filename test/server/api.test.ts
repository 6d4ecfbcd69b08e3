// The HTTP API driven with fastify.inject: contract shapes, filters, pagination, and bad input that
// must come back as a 4xx JSON error naming the field while the server keeps serving.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExtractResultSchema } from '../../src/server/schemas.js';
import { CONTENT_SECURITY_POLICY } from '../../src/server/security-headers.js';
import { SEED_TEXT } from './fixtures.js';
import { TOKEN, testServer } from './helpers.js';
import { schemaErrors } from './schema-check.js';

let app: FastifyInstance;
beforeAll(async () => {
  ({ app } = await testServer());
});
afterAll(async () => {
  await app.close();
});

const get = (url: string) => app.inject({ method: 'GET', url });

describe('POST /api/extract', () => {
  it('extracts plain text without storing it', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/extract',
      headers: { 'content-type': 'text/plain' },
      payload: SEED_TEXT,
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(schemaErrors(ExtractResultSchema, body)).toEqual([]);
    expect(schemaErrors(ExtractResultSchema, { ...body, title: 7 })).not.toEqual([]);
    expect(body.text).toContain('کابلوف');
    const after = await get(`/api/articles?q=${encodeURIComponent('نماینده ویژه')}`);
    expect(after.json().articles.map((a: { id: string }) => a.id)).toEqual(['seed']);
  });

  it('accepts JSON with metadata and HTML', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/extract',
      payload: { text: 'سلام دنیا', published: '2023-01-12', title: 'عنوان' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ title: 'عنوان', published: '2023-01-12' });
    const html = await app.inject({
      method: 'POST',
      url: '/api/extract',
      headers: { 'content-type': 'text/html' },
      payload:
        '<html><head><title>t</title><script>evil()</script></head><body><article><p>متن خبر درباره دیدار وزیران خارجه ایران و روسیه در مسکو.</p></article></body></html>',
    });
    expect(html.statusCode).toBe(200);
    expect(html.json().text).not.toContain('evil');
  });

  it('accepts the Fars archive layout as ingest does: abstract before the paragraphs, the date from the link', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/extract',
      payload: {
        abstract: 'خلاصه خبر.',
        paragraphs: ['بند نخست.', 'بند دوم.'],
        link: 'https://www.farsnews.ir/news/8603100001',
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      id: 'fars-8603100001',
      published: '2007-05-31',
      url: 'https://www.farsnews.ir/news/8603100001',
    });
    expect(res.json().text.indexOf('خلاصه')).toBeLessThan(res.json().text.indexOf('بند نخست'));
    const bad = await app.inject({
      method: 'POST',
      url: '/api/extract',
      payload: { text: 'x', paragraphs: [' '] },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ field: 'text' });
    expect(bad.json().error).toMatch(/^no text: /);
  });

  it('rejects malformed JSON, unknown fields, bad dates, empty articles and huge bodies with 4xx naming the field', async () => {
    const bad = await app.inject({
      method: 'POST',
      url: '/api/extract',
      headers: { 'content-type': 'application/json' },
      payload: '{"text": ',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ field: 'body' });
    const unknown = await app.inject({
      method: 'POST',
      url: '/api/extract',
      payload: { text: 'x', colour: 'red' },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().field).toBe('colour');
    const date = await app.inject({
      method: 'POST',
      url: '/api/extract',
      payload: { text: 'x', published: '1401/10/22' },
    });
    expect(date.statusCode).toBe(400);
    expect(date.json().field).toBe('published');
    const empty = await app.inject({
      method: 'POST',
      url: '/api/extract',
      payload: { title: 'only a title' },
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().field).toBe('text');
    const huge = await app.inject({
      method: 'POST',
      url: '/api/extract',
      headers: { 'content-type': 'text/plain' },
      payload: 'ا'.repeat(50 * 1024 * 1024),
    });
    expect(huge.statusCode).toBe(413);
    expect(huge.json()).toMatchObject({ field: 'body' });
    const media = await app.inject({
      method: 'POST',
      url: '/api/extract',
      headers: { 'content-type': 'application/pdf' },
      payload: 'x',
    });
    expect(media.statusCode).toBe(415);
    // Still serving.
    expect((await get('/api/events')).statusCode).toBe(200);
  });
});

describe('POST /api/articles', () => {
  it('needs the bearer token, compared exactly', async () => {
    const none = await app.inject({ method: 'POST', url: '/api/articles', payload: { text: 'خبر تازه' } });
    expect(none.statusCode).toBe(401);
    expect(none.json().field).toBe('authorization');
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/articles',
      headers: { authorization: `Bearer ${TOKEN}x` },
      payload: { text: 'خبر تازه' },
    });
    expect(wrong.statusCode).toBe(401);
    const short = await app.inject({
      method: 'POST',
      url: '/api/articles',
      headers: { authorization: 'Bearer t' },
      payload: { text: 'خبر تازه' },
    });
    expect(short.statusCode).toBe(401);
  });

  it('stores an article once and reads it back', async () => {
    const post = () =>
      app.inject({
        method: 'POST',
        url: '/api/articles',
        headers: { authorization: `Bearer ${TOKEN}` },
        payload: {
          id: 'new-1',
          text: 'وزیر خارجه ایران با همتای روس خود در مسکو دیدار کرد.',
          published: '2023-02-01',
        },
      });
    const first = await post();
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ id: 'new-1', ingested: 1, duplicates: 0 });
    expect((await post()).json()).toMatchObject({ ingested: 0, duplicates: 1 });
    const article = await get('/api/articles/new-1');
    expect(article.statusCode).toBe(200);
    expect(article.json()).toMatchObject({ id: 'new-1', published: '2023-02-01' });
  });
});

describe('GET /api/events', () => {
  it('returns the contract shape with inlined actors', async () => {
    const res = await get('/api/events?actor=RUSGOV&type=CONSULT');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(Object.keys(body).sort()).toEqual(['events', 'next']);
    expect(body.events).toHaveLength(1);
    expect(body.events[0]).toMatchObject({
      type: 'CONSULT',
      cameo: '043',
      quad: 1,
      article: 'seed',
      trigger: { text: 'دیدار کرد' },
    });
    expect(body.events[0].actor[0]).toMatchObject({ code: 'RUSGOV', name_en: 'Zamir Kabulov' });
    expect(body.events[0].recipient[0]).toMatchObject({ code: 'AFGGOVTAL' });
  });

  it('filters by date range and pages with a cursor', async () => {
    const inRange = (await get('/api/events?since=2023-01-12&until=2023-01-12')).json();
    expect(inRange.events.length).toBe(3);
    expect(inRange.events.every((e: { date: string }) => e.date === '2023-01-12')).toBe(true);
    const first = (await get('/api/events?limit=2')).json();
    expect(first.events).toHaveLength(2);
    expect(first.next).toEqual(expect.any(String));
    const second = (await get(`/api/events?limit=2&cursor=${encodeURIComponent(first.next)}`)).json();
    const ids = [...first.events, ...second.events].map((e: { id: string }) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each([
    ['/api/events?colour=red', 'colour'],
    ['/api/events?since=yesterday', 'since'],
    ['/api/events?until=2023-02-30', 'until'],
    ['/api/events?since=2023-02-01&until=2023-01-01', 'until'],
    ['/api/events?type=HUG', 'type'],
    ['/api/events?limit=0', 'limit'],
    ['/api/events?limit=ten', 'limit'],
    ['/api/timeline?interval=fortnight', 'interval'],
    ['/api/articles?since=1401-13-01', 'since'],
    ['/api/actors?page=2', 'page'],
    ['/api/network?until=soon', 'until'],
    ['/api/export?format=xml', 'format'],
  ])('%s is a 400 naming %s', async (url, field) => {
    const res = await get(url);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/json');
    expect(res.json().field).toBe(field);
    expect(res.json().error).toContain(field);
  });
});

describe('reads', () => {
  it('searches and opens articles', async () => {
    const list = (await get('/api/articles?source=example.org')).json();
    expect(list.articles.map((a: { id: string }) => a.id)).toEqual(['seed']);
    expect(list.articles[0].events).toBe(4);
    const one = (await get('/api/articles/seed')).json();
    expect(one.events).toHaveLength(4);
    expect(one.original).toBe(SEED_TEXT);
    const missing = await get('/api/articles/nope');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().field).toBe('id');
  });

  it("lists actors and one actor's relations", async () => {
    const actors = (await get('/api/actors?q=RUS')).json().actors;
    expect(actors.map((a: { code: string }) => a.code)).toEqual(expect.arrayContaining(['RUS', 'RUSGOV']));
    const kabulov = actors.find((a: { code: string }) => a.code === 'RUSGOV');
    const rel = (await get(`/api/actors/${encodeURIComponent(kabulov.id)}/relations`)).json();
    expect(rel.counterparts[0]).toMatchObject({
      actor: { code: 'AFGGOVTAL' },
      events: 1,
      cooperation: 1,
      conflict: 0,
    });
    expect(rel.types).toEqual([{ type: 'CONSULT', events: 1 }]);
    expect(rel.articles[0].id).toBe('seed');
  });

  it('counts events per day and week by quad class', async () => {
    const day = (await get('/api/timeline?since=2023-01-01&until=2023-01-31')).json();
    expect(day.buckets).toEqual([
      { period: '2023-01-11', quad1: 0, quad2: 0, quad3: 0, quad4: 1 },
      { period: '2023-01-12', quad1: 2, quad2: 0, quad3: 1, quad4: 0 },
    ]);
    const week = (await get('/api/timeline?interval=week&since=2023-01-01&until=2023-01-31')).json();
    expect(week.buckets).toEqual([{ period: '2023-01-07', quad1: 2, quad2: 0, quad3: 1, quad4: 1 }]);
  });

  it('builds the network with cooperation and conflict edges', async () => {
    const net = (await get('/api/network')).json();
    const code = new Map<string, string>(net.nodes.map((n: { id: string; code: string }) => [n.id, n.code]));
    expect([...code.values()]).toEqual(expect.arrayContaining(['RUS', 'RUSGOV', 'AFGGOVTAL', 'IMGMUSISI']));
    const edge = (from: string, to: string) =>
      net.edges.find(
        (e: { source: string; target: string }) => code.get(e.source) === from && code.get(e.target) === to,
      );
    expect(edge('RUSGOV', 'AFGGOVTAL')).toMatchObject({ cooperation: 1, conflict: 0 });
    // Iran condemns ISIS (conflict); its regret to the Taliban government is a separate, cooperative edge.
    expect(edge('IRNGOV', 'IMGMUSISI')).toMatchObject({ cooperation: 0, conflict: 1 });
    const small = (await get('/api/network?limit=1')).json();
    expect(small).toMatchObject({ events: 1, truncated: true });
  });
});

describe('GET /api/export', () => {
  it('exports jsonl, csv and gdelt with the filters applied', async () => {
    const jsonl = await get('/api/export?format=jsonl&type=CONSULT');
    expect(jsonl.headers['content-type']).toContain('ndjson');
    const lines = jsonl.body
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.every((e) => e.type === 'CONSULT')).toBe(true);
    const csv = await get('/api/export?format=csv&actor=RUSGOV');
    const [head, row] = csv.body.trim().split('\n');
    expect(head.split(',')).toContain('cameo');
    expect(row).toContain('RUSGOV');
    const gdelt = await get('/api/export?format=gdelt&actor=RUSGOV');
    const gdeltLines = gdelt.body.trim().split('\n');
    expect(gdeltLines).toHaveLength(1);
    const cells = gdeltLines[0].split('\t');
    expect(cells).toHaveLength(61);
    expect(cells[1]).toBe('20230112');
    expect(cells[5]).toBe('RUSGOV');
    expect(cells[26]).toBe('043');
    expect(cells[60]).toBe('https://example.org/seed');
    const plover = (await get('/api/export?format=plover&type=CONSULT')).body
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(plover[0]).toMatchObject({ event: 'CONSULT' });
  });
});

describe('the server as a whole', () => {
  it('sends the CSP and nosniff on every response, errors included', async () => {
    for (const url of ['/api/events', '/api/events?bad=1', '/api/nothing']) {
      const res = await get(url);
      expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    }
    expect((await get('/api/nothing')).json()).toMatchObject({
      error: expect.stringContaining('/api/nothing'),
    });
  });

  it('publishes an OpenAPI document generated from the route schemas', async () => {
    const doc = (await get('/api/openapi.json')).json();
    expect(doc.openapi).toMatch(/^3\./);
    for (const path of [
      '/api/extract',
      '/api/articles',
      '/api/articles/{id}',
      '/api/events',
      '/api/actors',
      '/api/actors/{id}/relations',
      '/api/timeline',
      '/api/export',
      '/api/network',
    ]) {
      expect(doc.paths[path], path).toBeDefined();
    }
    const params = doc.paths['/api/events'].get.parameters.map((p: { name: string }) => p.name);
    expect(params).toEqual(
      expect.arrayContaining(['actor', 'recipient', 'type', 'since', 'until', 'q', 'limit', 'cursor']),
    );
  });

  it('rate-limits a client that floods it', async () => {
    const { app: limited } = await testServer({ rateLimit: 3 });
    const codes = [];
    for (let i = 0; i < 5; i++)
      codes.push((await limited.inject({ method: 'GET', url: '/api/events' })).statusCode);
    expect(codes).toEqual([200, 200, 200, 429, 429]);
    await limited.close();
  });

  it('finishes a request in flight when closed', async () => {
    const { app: closing } = await testServer();
    const inflight = closing.inject({ method: 'GET', url: '/api/events' });
    const closed = closing.close();
    expect((await inflight).statusCode).toBe(200);
    await closed;
  });
});
