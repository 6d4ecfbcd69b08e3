// A server over a store holding the fixture articles, for the API tests.
import { createServer, type ServerOptions } from '../../src/server/index.js';
import type { Store } from '../../src/store/types.js';
import { scriptResult, seedResult } from './fixtures.js';
import { MemoryStore } from './memory-store.js';

export const TOKEN = 'test-token-0123456789';

export async function seededStore(): Promise<Store> {
  const store = new MemoryStore();
  await store.migrate();
  await store.saveArticles([
    { result: seedResult(), original: seedResult().text },
    { result: scriptResult(), original: scriptResult().text },
  ]);
  return store;
}

export async function testServer(options: Partial<ServerOptions> = {}) {
  const store = options.store ?? (await seededStore());
  const app = await createServer({ store, token: TOKEN, webApp: false, ...options });
  await app.ready();
  return { app, store };
}
