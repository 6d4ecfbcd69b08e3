// STUB (owned by the storage work): opens the store a --db value names.
import type { Store } from './types.js';

/** `./rasad.db` (or any path) → embedded SQLite; `postgres://…` → PostgreSQL. */
export async function openStore(_db: string): Promise<Store> {
  throw new Error('store not implemented yet');
}
