// Starts the real server (API + built web app) on an ephemeral loopback port over a store holding the
// fixture articles. Builds web/ first when web/dist is missing.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { createServer } from '../../src/server/index.js';
import { WEB_DIST } from '../../src/server/web-app.js';
import type { Store, WritableStore } from '../../src/store/types.js';
import { extraResults, scriptResult, seedResult } from '../server/fixtures.js';
import { tempStore } from '../server/helpers.js';

/** The write token of the fixture server (corrections need it). */
export const FIXTURE_TOKEN = 'fixture-write-token';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function ensureWebBuilt(): void {
  if (existsSync(`${WEB_DIST}index.html`)) return;
  const r = spawnSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'],
    { cwd: ROOT, stdio: 'inherit' },
  );
  if (r.status !== 0) throw new Error('web build failed');
}

export async function fixtureStore(): Promise<Store> {
  const store = await tempStore();
  const results = [seedResult(), scriptResult(), ...extraResults()];
  await store.saveArticles(results.map((result) => ({ result, original: result.text })));
  await recordFixturePolls(store);
  return store;
}

/** Two feeds as `rasad follow` leaves them: a Dari feed that went through, a Farsi one failing. */
async function recordFixturePolls(store: Store): Promise<void> {
  const follow = (store as WritableStore).follow;
  await follow.ensureTables();
  const tolo = { url: 'https://tolonews.example/rss', source: 'طلوع‌نیوز', variety: 'prs' };
  await follow.recordPoll(tolo, { ok: true, items: 12, errors: 0, error: null });
  await follow.recordPoll(tolo, { ok: true, items: 3, errors: 1, error: null });
  const fars = { url: 'https://farsnews.example/rss.xml', source: 'فارس', variety: 'fa' };
  await follow.recordPoll(fars, { ok: false, items: 0, errors: 1, error: 'HTTP 503' });
}

export async function startFixtureServer(): Promise<{ app: FastifyInstance; url: string }> {
  ensureWebBuilt();
  const store = await fixtureStore();
  const app = await createServer({ store, rateLimit: false, token: FIXTURE_TOKEN });
  app.addHook('onClose', async () => store.close());
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return { app, url };
}
