// The embedded store is synchronous underneath (better-sqlite3): a slow read (a timeline over
// 100,000 events) would block the server's event loop, and every request with it, cached or not.
// ThreadedReadStore answers the read methods from a second connection on a worker thread and keeps
// writes on the main thread's store, so the event loop stays free while SQLite works.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { CursorError } from '../store/index.js';
import type { Store } from '../store/types.js';

export const READ_METHODS = [
  'queryEvents',
  'getArticle',
  'searchArticles',
  'listActors',
  'actorRelations',
  'timeline',
] as const;
type ReadMethod = (typeof READ_METHODS)[number];

export interface ReadCall {
  id: number;
  method: ReadMethod;
  args: unknown[];
}
export interface ReadReply {
  id: number;
  result?: unknown;
  error?: string;
  /** The error's class name: a CursorError is the client's mistake (400), not the server's. */
  errorName?: string;
}

/**
 * Starts the worker: the compiled JavaScript beside this file, or, when running from the TypeScript
 * sources (tests, benchmarks), the source file through tsx's loader registered inside the worker.
 */
function startWorker(db: string): Worker {
  if (!import.meta.url.endsWith('.ts'))
    return new Worker(new URL('./store-worker.js', import.meta.url), { workerData: { db } });
  // tsx's ESM entry (`tsx/esm/api` under the import condition), found through its package.json.
  const tsx = pathToFileURL(
    join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/esm/api/index.mjs'),
  ).href;
  const script = new URL('./store-worker.ts', import.meta.url).href;
  const code = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(script)}); });`;
  return new Worker(code, { eval: true, workerData: { db } });
}

export class ThreadedReadStore implements Store {
  private next = 1;
  private pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();

  private constructor(
    private readonly main: Store,
    private readonly worker: Worker,
  ) {
    worker.on('message', (reply: ReadReply) => {
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      this.pending.delete(reply.id);
      if (reply.error !== undefined)
        waiting.reject(
          reply.errorName === 'CursorError' ? new CursorError(reply.error) : new Error(reply.error),
        );
      else waiting.resolve(reply.result);
    });
    worker.on('error', (error) => this.failAll(error));
    worker.on('exit', () => this.failAll(new Error('store worker stopped')));
  }

  /** Wraps `main` (already migrated) with a worker that opens `db` for reading. */
  static async start(main: Store, db: string): Promise<ThreadedReadStore> {
    const worker = startWorker(db);
    await new Promise<void>((resolve, reject) => {
      const ready = () => {
        worker.off('error', failed);
        worker.off('exit', exited);
        resolve();
      };
      const failed = (error: Error) => reject(error);
      const exited = (code: number) => reject(new Error(`store worker exited with ${code}`));
      worker.once('message', ready);
      worker.once('error', failed);
      worker.once('exit', exited);
    });
    return new ThreadedReadStore(main, worker);
  }

  get kind() {
    return this.main.kind;
  }

  private call<T>(method: ReadMethod, ...args: unknown[]): Promise<T> {
    const id = this.next++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.worker.postMessage({ id, method, args } satisfies ReadCall);
    });
  }

  private failAll(error: Error): void {
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }

  migrate: Store['migrate'] = () => this.main.migrate();
  saveArticles: Store['saveArticles'] = (batch) => this.main.saveArticles(batch);
  queryEvents: Store['queryEvents'] = (filter) => this.call('queryEvents', filter);
  getArticle: Store['getArticle'] = (id) => this.call('getArticle', id);
  searchArticles: Store['searchArticles'] = (filter) => this.call('searchArticles', filter);
  listActors: Store['listActors'] = (filter) => this.call('listActors', filter);
  actorRelations: Store['actorRelations'] = (id, range) => this.call('actorRelations', id, range);
  timeline: Store['timeline'] = (range) => this.call('timeline', range);
  // A small table: read on the main thread.
  followFeeds = () => this.main.followFeeds?.() ?? Promise.resolve([]);

  async close(): Promise<void> {
    await this.worker.terminate();
    await this.main.close();
  }
}
