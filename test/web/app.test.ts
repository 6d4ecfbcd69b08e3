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
import { SCRIPT_TEXT } from '../server/fixtures.js';
import { startFixtureServer } from './fixture-server.js';

const CHROMIUM = '/usr/bin/chromium';
const SHOTS = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
const SEED = readFileSync(fileURLToPath(new URL('../../../shared/corpus/seed.txt', import.meta.url)), 'utf8');

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

  it('switches to English, left to right', async () => {
    await page.click('button.lang');
    expect(await page.getAttribute('html', 'dir')).toBe('ltr');
    expect(await page.locator('header nav').textContent()).toContain('Events');
    await shot('actor-en');
    await page.click('button.lang');
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
  });

  it('raised no errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
