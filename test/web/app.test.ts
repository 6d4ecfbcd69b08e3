// The web app in a real browser (Debian's Chromium through playwright-core): the server runs on an
// ephemeral loopback port over a store with the fixture articles. Each page is also saved as a
// screenshot under docs/screenshots/ for the README.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evalEvents } from '../../src/eval/events.js';
import { SCRIPT_TEXT } from '../server/fixtures.js';
import { FIXTURE_TOKEN, startFixtureServer } from './fixture-server.js';

const CHROMIUM = '/usr/bin/chromium';
const SHOTS = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
const SEED = readFileSync(fileURLToPath(new URL('../../samples/seed.txt', import.meta.url)), 'utf8');

let app: FastifyInstance;
let base: string;
let context: BrowserContext;
let page: Page;
let profile: string;
const pageErrors: string[] = [];

beforeAll(async () => {
  ({ app, url: base } = await startFixtureServer());
  profile = mkdtempSync(join(tmpdir(), 'rasad-chromium-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-quic',
      '--no-first-run',
      '--disable-sync',
    ],
    viewport: { width: 1280, height: 900 },
    locale: 'fa-IR',
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (e) => pageErrors.push(e.message));
  mkdirSync(SHOTS, { recursive: true });
}, 120_000);

afterAll(async () => {
  await context?.close();
  await app?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

/**
 * The on-screen x of each token (its first occurrence, searched in document order) inside the
 * first element a selector matches: the rendered, visual order, as the reader sees it.
 */
async function visualX(selector: string, tokens: string[]): Promise<number[]> {
  return page.evaluate(
    ({ selector, tokens }) => {
      type R = { left: number; right: number };
      type N = { nodeType: number; textContent: string | null; childNodes: ArrayLike<N> };
      const doc = (
        globalThis as unknown as {
          document: {
            querySelector(s: string): N | null;
            createRange(): {
              setStart(n: N, o: number): void;
              setEnd(n: N, o: number): void;
              getBoundingClientRect(): R;
            };
          };
        }
      ).document;
      const root = doc.querySelector(selector);
      if (!root) throw new Error(`no ${selector}`);
      const texts: N[] = [];
      const walk = (n: N) => {
        if (n.nodeType === 3) texts.push(n);
        for (const c of Array.from(n.childNodes)) walk(c);
      };
      walk(root);
      return tokens.map((token) => {
        for (const node of texts) {
          const at = (node.textContent ?? '').indexOf(token);
          if (at < 0) continue;
          const range = doc.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + token.length);
          const r = range.getBoundingClientRect();
          return (r.left + r.right) / 2;
        }
        throw new Error(`no ${token} in ${selector}`);
      });
    },
    { selector, tokens },
  );
}

// biome-ignore lint/suspicious/noExplicitAny: API answers, checked field by field by the tests
const getJson = async (url: string): Promise<any> => (await fetch(url)).json();

const shot = (name: string) => page.screenshot({ path: `${SHOTS}${name}.png` });

describe.skipIf(!existsSync(CHROMIUM))('the web app in Chromium', () => {
  it('is a right-to-left Persian page in Vazirmatn, with the CSP in force', async () => {
    const res = await page.goto(`${base}/`);
    expect(res?.headers()['content-security-policy']).toContain("script-src 'self'");
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.getAttribute('html', 'lang')).toBe('fa');
    await page.evaluate(
      () =>
        (globalThis as unknown as { document: { fonts: { ready: Promise<unknown> } } }).document.fonts.ready,
    );
    const fontLoaded = await page.evaluate(() =>
      (
        globalThis as unknown as { document: { fonts: { check(f: string, t: string): boolean } } }
      ).document.fonts.check('16px Vazirmatn', 'سلام'),
    );
    expect(fontLoaded).toBe(true);
  });

  it('keeps a mixed date and a mixed count in reading order inside right-to-left text', async () => {
    await page.goto(`${base}/articles`);
    await page.waitForSelector('.article-list li');
    const id = await page
      .locator('.article-list li', { hasText: 'دیدار کابلوف و متقی' })
      .first()
      .getAttribute('data-article');
    const line = `.article-list li[data-article="${id}"] .small`;
    const countText = (await page.locator(`${line} bdi.count`).textContent()) ?? '';
    const digits = countText.split(' ')[0];
    // «۲۲ دی ۱۴۰۱ (12 Jan 2023) · example.org · ۳ رویداد»: the Gregorian date reads left to right
    // as one unit, even though the paragraph is right to left.
    const [day, month, year] = await visualX(`${line} time`, ['12', 'Jan', '2023']);
    expect(day).toBeLessThan(month);
    expect(month).toBeLessThan(year);
    // The Persian date reads right to left: day, month, year.
    const [faDay, faMonth, faYear] = await visualX(`${line} time`, ['۲۲', 'دی', '۱۴۰۱']);
    expect(faDay).toBeGreaterThan(faMonth);
    expect(faMonth).toBeGreaterThan(faYear);
    // The count stays beside its noun, on its right (first in reading order), and the Latin source
    // sits between the date and the count, never between the number and its noun.
    const [count, noun] = await visualX(`${line} bdi.count`, [digits, 'رویداد']);
    const [source, date] = await visualX(line, ['example.org', 'Jan']);
    expect(count).toBeGreaterThan(noun);
    expect(source).toBeGreaterThan(count);
    expect(date).toBeGreaterThan(source);
    // Persian keeps the noun singular after a number: «۳ رویداد», not «۳ رویدادها».
    expect(countText).toMatch(/^[۰-۹]+ رویداد$/);
  });

  it('answers an unknown path with a 404 page', async () => {
    await page.goto(`${base}/no-such-page`);
    await page.waitForSelector('[data-testid=not-found]');
    expect(await page.locator('[data-testid=not-found] h2').textContent()).toBe('این صفحه وجود ندارد');
    expect(await page.locator('textarea[name=article]').count()).toBe(0);
    await shot('not-found');
  });

  it('pastes the seed article and highlights the Kabulov–Muttaqi meeting', async () => {
    await page.goto(`${base}/`);
    await page.fill('textarea[name=article]', SEED);
    await page.fill('input[name=published]', '2023-01-12');
    await page.click('button[type=submit]');
    await page.waitForSelector('.article-text');
    // The highlighted text is the repaired text: entities and dates are marked.
    expect(await page.locator('.article-text').textContent()).toContain('کابلوف');
    const meeting = page.locator('mark.trigger', { hasText: 'دیدار' }).first();
    await expect.poll(() => meeting.count()).toBeGreaterThan(0);
    await meeting.click();
    await page.waitForSelector('.event-details');
    const details = await page.locator('.event-details').textContent();
    expect(details).toContain('CONSULT');
    expect(details).toMatch(/04\d/);
    expect(await page.locator('.evidence-text strong').textContent()).toContain('دیدار');
    await shot('paste');
  });

  it('searches articles and opens one with its events highlighted', async () => {
    await page.goto(`${base}/articles`);
    await page.waitForSelector('.article-list li');
    await shot('articles');
    await page.click('.article-list a >> text=دیدار کابلوف و متقی');
    await page.waitForSelector('mark.trigger');
    await page.locator('mark.trigger', { hasText: 'دیدار کرد' }).click();
    expect(await page.locator('.event-details').textContent()).toContain('043');
    expect(await page.locator('.article-text .evidence').count()).toBeGreaterThan(0);
    await shot('article');
  });

  it('shows an article containing <script> as text, and runs nothing', async () => {
    await page.goto(`${base}/articles/script-article`);
    await page.waitForSelector('.article-text');
    await expect
      .poll(() => page.locator('.article-text').textContent())
      .toContain('<script>window.__pwned = 1</script>');
    expect(await page.locator('.article-text').textContent()).toBe(SCRIPT_TEXT);
    expect(await page.locator('.article-text script, .article-text img').count()).toBe(0);
    expect(
      await page.evaluate(() => (globalThis as unknown as { __pwned?: unknown }).__pwned),
    ).toBeUndefined();
    expect(await page.locator('h2').textContent()).toContain('<script>');
  });

  it('filters events by a Jalali date range', async () => {
    await page.goto(`${base}/events`);
    await page.waitForSelector('.events-table tbody tr');
    const all = await page.locator('.events-table tbody tr').count();
    await page.fill('input[name=since]', '۱۴۰۱/۱۰/۲۲');
    await page.fill('input[name=until]', '1401/10/22');
    await page.click('form.filters button[type=submit]');
    await expect.poll(() => page.url()).toContain('since=');
    await expect.poll(() => page.locator('.events-table tbody tr').count()).toBeLessThan(all);
    const dates = await page
      .locator('.events-table tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-date')));
    expect(dates.length).toBe(3);
    expect(new Set(dates)).toEqual(new Set(['2023-01-12']));
    // The export links carry the same (converted) filters.
    expect(await page.locator('a.export-link', { hasText: 'csv' }).getAttribute('href')).toContain(
      'since=2023-01-12',
    );
    await shot('events');
  });

  it('draws the timeline by quad class and lists the events of a clicked bar', async () => {
    await page.goto(`${base}/timeline`);
    await page.waitForSelector('[data-testid=timeline-chart][data-ready=true]');
    await page.waitForTimeout(300);
    const box = await page.locator('[data-testid=timeline-chart]').boundingBox();
    if (!box) throw new Error('no chart');
    // Click bars across the chart until one lists its events.
    for (
      let x = box.x + 60;
      x < box.x + box.width - 30 && (await page.locator('.picked tbody tr').count()) === 0;
      x += 25
    ) {
      await page.mouse.click(x, box.y + box.height - 75);
      await page.waitForTimeout(150);
    }
    expect(await page.locator('.picked tbody tr').count()).toBeGreaterThan(0);
    await shot('timeline');
  });

  it('opens the network and clicks Russia to reach its actor page', async () => {
    await page.goto(`${base}/network`);
    await page.waitForSelector('[data-testid=network-graph][data-ready=true]');
    const point = await page.evaluate(() => {
      type Node = { data(k: string): string; renderedPosition(): { x: number; y: number } };
      const cy = (
        globalThis as unknown as { __rasadNetwork: { nodes(): { filter(f: (n: Node) => boolean): Node[] } } }
      ).__rasadNetwork;
      const [russia] = cy.nodes().filter((n) => n.data('code') === 'RUS');
      return russia.renderedPosition();
    });
    const box = await page.locator('[data-testid=network-graph]').boundingBox();
    if (!box) throw new Error('no graph');
    await shot('network');
    await page.mouse.click(box.x + point.x, box.y + point.y);
    await expect.poll(() => page.url()).toMatch(/\/actors\/[^/]+$/);
    await page.waitForSelector('.actor-page h2');
    const heading = await page.locator('.actor-page h2').textContent();
    expect(heading).toContain('روسیه');
    expect(heading).toContain('RUS');
    await page.waitForSelector('.actor-page .bars tr');
    await shot('actor');
  });

  it('shows each quote with its speaker, beside the text and on hover', async () => {
    await page.goto(`${base}/articles`);
    await page.click('.article-list a >> text=دیدار کابلوف و متقی');
    await page.waitForSelector('.quote-list li');
    const item = page.locator('.quote-list li').first();
    // The speaker is a link to the actor page.
    const speaker = item.locator('.quote-speaker a').first();
    expect(await speaker.getAttribute('href')).toMatch(/^\/actors\//);
    expect((await speaker.textContent())?.length).toBeGreaterThan(0);
    // In the text, the quote's hover title names the speaker.
    const title = await page.locator('.article-text .quote').first().getAttribute('title');
    expect(title).toContain('گوینده:');
    expect(title).toContain((await speaker.textContent()) ?? '-');
    // Hovering the list item marks the quote in the text.
    await item.hover();
    await expect.poll(() => page.locator('.article-text .quote.active').count()).toBeGreaterThan(0);
    await speaker.click();
    await page.waitForSelector('.actor-page h2');
    await page.waitForSelector('.actor-quotes li');
    expect(await page.locator('.actor-quotes li').count()).toBeGreaterThan(0);
  });

  it('counts on the actor page what its table lists: as actor or recipient, sub-codes on demand', async () => {
    const { actors } = await getJson(`${base}/api/actors?q=روسیه`);
    const russia = actors.find((a: { code: string }) => a.code === 'RUS');
    await page.goto(`${base}/actors/${russia.id}`);
    await page.waitForSelector('[data-testid=actor-counts] bdi.count');
    const header = (await page.locator('[data-testid=actor-counts] bdi.count').first().textContent()) ?? '';
    const asNumber = (s: string) =>
      Number(s.replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0)).replace(/\D/g, ''));
    const rows = await page.locator('.events-table tbody tr').count();
    expect(asNumber(header)).toBe(rows);
    // The same number from the API, by the stated definition: actor OR recipient.
    const ids = new Set<string>();
    for (const side of ['actor', 'recipient'])
      for (const e of (await getJson(`${base}/api/events?${side}=${russia.id}&limit=1000`)).events)
        ids.add(e.id);
    expect(rows).toBe(ids.size);
    expect(await page.locator('.scope').textContent()).toContain('طرف مقابل');
  });

  it('filters the events table by confidence and several types, and exports exactly that', async () => {
    await page.goto(`${base}/events?types=ACCUSE,CONSULT`);
    await page.waitForSelector('.events-table tbody tr');
    const types = await page.locator('.events-table tbody tr .code.muted').allTextContents();
    const rows = await page.locator('.events-table tbody tr').count();
    const all = (await getJson(`${base}/api/events?limit=1000`)).events as Array<{
      type: string;
      confidence: number;
    }>;
    const want = all.filter((e) => ['ACCUSE', 'CONSULT'].includes(e.type) && e.confidence >= 0.4);
    expect(rows).toBe(want.length);
    expect(types.length).toBeGreaterThan(0);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('button[data-export=csv]'),
    ]);
    const path = await download.path();
    const csv = readFileSync(path, 'utf8').trim().split('\n');
    expect(csv[0]).toContain('evidence');
    expect(csv.length - 1).toBe(want.length);
    // A minimum confidence above every event's empties the table and says what to do.
    await page.goto(`${base}/events?conf=0.95`);
    await page.waitForSelector('.empty');
    expect(await page.locator('.empty').textContent()).toContain('اطمینان');
    // Sorting by date ascending puts the oldest first.
    await page.goto(`${base}/events`);
    await page.waitForSelector('.events-table tbody tr');
    await page.click('button[data-sort=date]');
    const dates = await page
      .locator('.events-table tbody tr')
      .evaluateAll((r) => r.map((x) => x.getAttribute('data-date') ?? ''));
    expect(dates).toEqual([...dates].sort());
  });

  it('draws the timeline on a continuous axis and serves month and year buckets', async () => {
    const month = await getJson(`${base}/api/timeline?interval=month`);
    expect(month.interval).toBe('month');
    expect(month.buckets.every((b: { period: string }) => b.period.endsWith('-01'))).toBe(true);
    const year = await getJson(`${base}/api/timeline?interval=year`);
    const total = (bs: Array<Record<string, number>>) =>
      bs.reduce((n, b) => n + b.quad1 + b.quad2 + b.quad3 + b.quad4, 0);
    expect(total(year.buckets)).toBe(total(month.buckets));
    // The fixtures span June 2022 to January 2023: the page picks months by itself.
    await page.goto(`${base}/timeline`);
    await page.waitForSelector('[data-testid=timeline-chart][data-ready=true]');
    expect(await page.getAttribute('[data-testid=timeline-chart]', 'data-interval')).toBe('month');
  });

  it('keeps the network to the top actors and a minimum edge weight, and finds an actor', async () => {
    await page.goto(`${base}/network?top=5`);
    await page.waitForSelector('[data-testid=network-graph][data-ready=true]');
    expect(Number(await page.getAttribute('[data-testid=network-graph]', 'data-nodes'))).toBe(5);
    await page.goto(`${base}/network?min=99`);
    await page.waitForSelector('[data-testid=network-graph][data-ready=true]');
    expect(Number(await page.getAttribute('[data-testid=network-graph]', 'data-edges'))).toBe(0);
    await page.goto(`${base}/network`);
    await page.waitForSelector('[data-testid=network-graph][data-ready=true]');
    await page.fill('input[name=search]', 'Russia');
    await page.fill('input[name=search]', 'روسیه');
    await expect
      .poll(() =>
        page.evaluate(() => {
          const cy = (globalThis as unknown as { __rasadNetwork: { $(s: string): { length: number } } })
            .__rasadNetwork;
          return cy.$('node.found').length;
        }),
      )
      .toBe(1);
  });

  it('puts events with a location on the map, coloured by quad class, and lists a place', async () => {
    // The places work adds `location` to events; here the API's events get one in the browser.
    await page.route('**/api/events?*', async (route) => {
      const res = await route.fetch();
      const body = await res.json();
      for (const e of body.events)
        e.location = { name: 'کابل', country: 'AFG', admin1: 'Kabul', lat: 34.53, lon: 69.17 };
      await route.fulfill({ response: res, json: body });
    });
    await page.goto(`${base}/map`);
    await page.waitForSelector('[data-testid=map][data-ready=true]');
    await page.waitForSelector('circle.place');
    expect(await page.locator('path.country').count()).toBeGreaterThan(100);
    // Afghanistan's 34 provinces and Iran's 31, named in Persian (Dari for Afghanistan).
    expect(await page.locator('path.province').count()).toBe(34 + 31);
    const provinceNames = await page.locator('path.province title').allTextContents();
    expect(provinceNames).toEqual(
      expect.arrayContaining(['هرات', 'میدان وردگ', 'تهران', 'سیستان و بلوچستان']),
    );
    await shot('map');
    await page.locator('circle.place').first().click();
    await page.waitForSelector('.picked .events-table tbody tr');
    await page.unroute('**/api/events?*');
    await page.goto(`${base}/map`);
    await page.waitForSelector('[data-testid=map-counts]');
    expect(await page.locator('circle.place').count()).toBe(0);
    expect(await page.locator('.empty').textContent()).toContain('مکان');
  });

  it('stores a correction beside the machine event, flags it, and exports it as gold that eval reads', async () => {
    // Without the token the server refuses, and the page says so in Persian.
    const refused = await fetch(`${base}/api/corrections`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        event: 'x',
        article: 'seed',
        kind: 'wrong',
        span: { start: 0, end: 1, text: 'x' },
      }),
    });
    expect(refused.status).toBe(401);
    await page.goto(`${base}/events?types=CONSULT`);
    await page.waitForSelector('.events-table tbody tr');
    const row = page.locator('.events-table tbody tr').first();
    const eventId = await row.getAttribute('data-event');
    await row.locator('button[data-correct]').click();
    await page.check('[data-testid=correction-form] input[name=wrong]');
    await page.fill('[data-testid=correction-form] input[name=token]', 'not-the-token');
    await page.click('[data-testid=correction-form] button[type=submit]');
    await page.waitForSelector('[data-testid=correction-form] .error');
    expect(await page.locator('[data-testid=correction-form] .error').textContent()).toContain('توکن');
    await page.fill('[data-testid=correction-form] input[name=token]', FIXTURE_TOKEN);
    await page.click('[data-testid=correction-form] button[type=submit]');
    await page.waitForSelector(`tr[data-event="${eventId}"].row-wrong`);
    await shot('events-corrected');
    // The article view shows the correction beside the machine's event.
    const corrected = page.locator(`tr[data-event="${eventId}"]`);
    const href = (await corrected.locator('a[href^="/articles/"]').first().getAttribute('href')) ?? '';
    const trigger = (await corrected.locator('.evidence-cell mark').textContent()) ?? '';
    expect(trigger.length).toBeGreaterThan(0);
    await page.goto(`${base}${href}`);
    await page.locator('mark.trigger', { hasText: trigger }).first().click();
    await page.waitForSelector('[data-testid=correction-note] .badge.wrong');
    await page.goto(`${base}/events?types=CONSULT`);
    await page.waitForSelector(`tr[data-event="${eventId}"].row-wrong`);
    // The machine's event is still stored as it was.
    const stored = (await getJson(`${base}/api/events?type=CONSULT&limit=1000`)).events;
    expect(stored.some((e: { id: string }) => e.id === eventId)).toBe(true);
    // The export of the filtered list flags it.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('button[data-export=jsonl]'),
    ]);
    const lines = readFileSync(await download.path(), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.find((l) => l.id === eventId)?.correction).toBe('wrong');
    // The gold file drops the wrong event and is read by `rasad eval --events`.
    const gold = await (await fetch(`${base}/api/corrections/gold`)).text();
    const [article] = gold
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const machine = (await getJson(`${base}/api/articles/${article.id}`)).events.length;
    expect(article.events.length).toBe(machine - 1);
    const report = evalEvents(gold, { predict: () => [] });
    expect(report.goldEvents).toBe(machine - 1);
  });

  it('lists the followed feeds, the failing one first, with its last error and counts', async () => {
    await page.goto(`${base}/feeds`);
    await page.waitForSelector('.feeds-table tbody tr');
    const rows = page.locator('.feeds-table tbody tr');
    expect(await rows.count()).toBe(2);
    // The Farsi feed failed its only poll: it comes first, flagged, its error shown.
    const first = rows.nth(0);
    expect(await first.getAttribute('data-feed')).toBe('https://farsnews.example/rss.xml');
    expect(await first.textContent()).toContain('HTTP 503');
    expect(await first.locator('.badge.wrong').count()).toBe(1);
    expect(await first.textContent()).toContain('هنوز خوانده نشده'); // never a good poll
    // The Dari feed: two polls added up (12 + 3 articles, 1 error), marked OK.
    const second = rows.nth(1);
    expect(await second.textContent()).toContain('طلوع‌نیوز');
    expect(await second.textContent()).toContain('دری');
    expect(await second.textContent()).toContain('۱۵');
    expect(await second.locator('.badge.wrong').count()).toBe(0);
    expect(await page.locator('[data-testid=feeds-summary]').textContent()).toContain('۱۵ مقاله');
    await shot('feeds');
  });

  it('switches to English, left to right', async () => {
    const { actors } = await getJson(`${base}/api/actors?q=روسیه`);
    await page.goto(`${base}/actors/${actors[0].id}`);
    await page.waitForSelector('.actor-page .events-table tbody tr');
    await page.click('button.lang');
    expect(await page.getAttribute('html', 'dir')).toBe('ltr');
    expect(await page.locator('header nav').textContent()).toContain('Events');
    await shot('actor-en');
    await page.click('button.lang');
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
  });

  it('saves every page at phone width, without sideways scrolling', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    const { actors } = await getJson(`${base}/api/actors?q=روسیه`);
    const pages: Array<[string, string, string]> = [
      ['paste', '/', 'textarea'],
      ['articles', '/articles', '.article-list li'],
      ['article', '/articles/seed', '.article-text'],
      ['events', '/events', '.events-table tbody tr'],
      ['timeline', '/timeline', '[data-testid=timeline-chart][data-ready=true]'],
      ['network', '/network', '[data-testid=network-graph][data-ready=true]'],
      ['map', '/map', '[data-testid=map][data-ready=true]'],
      ['actor', `/actors/${actors[0].id}`, '.actor-page .bars tr'],
      ['feeds', '/feeds', '.feeds-table tbody tr'],
      ['not-found', '/nowhere', '[data-testid=not-found]'],
    ];
    for (const [name, path, ready] of pages) {
      await page.goto(`${base}${path}`);
      await page.waitForSelector(ready);
      await page.waitForTimeout(200);
      const overflow = await page.evaluate(() => {
        const d = (
          globalThis as unknown as {
            document: { documentElement: { scrollWidth: number; clientWidth: number } };
          }
        ).document.documentElement;
        return d.scrollWidth - d.clientWidth;
      });
      expect(overflow, name).toBeLessThanOrEqual(1);
      await page.screenshot({ path: `${SHOTS}${name}-phone.png`, fullPage: false });
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('raised no errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
