// A server over a store holding the fixture articles, for the API tests.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type ServerOptions } from '../../src/server/index.js';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/types.js';
import { scriptResult, seedResult } from './fixtures.js';

export const TOKEN = 'test-token-0123456789';

/** The real embedded (SQLite) store in a temporary directory, removed when the store closes. */
export async function tempStore(): Promise<Store> {
  const dir = mkdtempSync(join(tmpdir(), 'rasad-server-'));
  const store = await openStore(join(dir, 'test.db'));
  await store.migrate();
  const close = store.close.bind(store);
  store.close = async () => {
    await close();
    rmSync(dir, { recursive: true, force: true });
  };
  return store;
}

export async function seededStore(): Promise<Store> {
  const store = await tempStore();
  await store.saveArticles([
    { result: seedResult(), original: seedResult().text },
    { result: scriptResult(), original: scriptResult().text },
  ]);
  return store;
}

export async function testServer(options: Partial<ServerOptions> = {}) {
  const store = options.store ?? (await seededStore());
  const app = await createServer({ store, token: TOKEN, webApp: false, ...options });
  // The store is closed with the server (fastify.close), as `rasad serve` does.
  app.addHook('onClose', async () => store.close());
  await app.ready();
  return { app, store };
}
