// `rasad serve` (docs: output-contract.md): the HTTP API under /api and the web app at /.
import { delimiter } from 'node:path';
import type { Command } from 'commander';
import type { PipelineOptions } from '../doc.js';
import { extract } from '../pipeline.js';
import { createServer } from '../server/index.js';
import { listenUntilSignal } from '../server/lifecycle.js';
import { ThreadedReadStore } from '../server/threaded-read-store.js';
import { correctionsPathFor } from '../store/corrections.js';
import { openStore } from '../store/index.js';
import type { Store } from '../store/types.js';
import { UserError } from './errors.js';

export interface ServeOptions {
  db: string;
  port: string | number;
  host: string;
  dictionary: string[];
}

/** The server's actor dictionaries: `--dictionary` flags, else `$RASAD_DICTIONARIES` (a path list). */
export const defaultDictionaries = (): string[] =>
  (process.env.RASAD_DICTIONARIES ?? '').split(delimiter).filter((path) => path.length > 0);

/**
 * Pipeline options for the server, checked once at start: a bad dictionary file is a one-line error
 * now, not a failure of every later request.
 */
export function serverPipeline(dictionaries: string[]): PipelineOptions {
  const pipeline: PipelineOptions = dictionaries.length > 0 ? { dictionaries } : {};
  if (pipeline.dictionaries) extract({ id: 'dictionary-check', text: '' }, pipeline);
  return pipeline;
}

export const defaultDb = () => process.env.RASAD_DB || './rasad.db';

export function parsePort(value: string | number): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new UserError(`--port: not a port number: ${value}`, 2);
  return port;
}

/**
 * Opens the store, turning a missing or unreadable store into one line instead of a stack trace.
 * The embedded store's reads go to a worker thread so a slow query never blocks the server.
 */
export async function openStoreOrFail(db: string, command: string): Promise<Store> {
  let store: Store;
  try {
    store = await openStore(db);
    await store.migrate();
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new UserError(`${command}: cannot open the store ${db}: ${message}`);
  }
  // A PostgreSQL server answers reads concurrently already; only the embedded store gets a read thread.
  if (store.kind === 'postgres') return store;
  try {
    return await ThreadedReadStore.start(store, db);
  } catch (error) {
    process.stderr.write(
      `rasad: reads stay on the main thread (${(error as Error).message.split('\n')[0]})\n`,
    );
    return store;
  }
}

/** Serves `store` until SIGINT/SIGTERM; prints where. */
export async function serveStore(
  store: Store,
  options: { port: number; host: string; pipeline?: PipelineOptions; corrections?: string | null },
): Promise<void> {
  const token = process.env.RASAD_TOKEN || undefined;
  const rateLimit = process.env.RASAD_RATE_LIMIT ? Number(process.env.RASAD_RATE_LIMIT) : undefined;
  const app = await createServer({
    store,
    token,
    rateLimit,
    pipeline: options.pipeline,
    warmExtract: true,
    corrections: options.corrections ?? process.env.RASAD_CORRECTIONS ?? null,
    logger: { level: process.env.RASAD_LOG_LEVEL ?? 'info' },
  });
  try {
    const url = await listenUntilSignal(app, store, options);
    process.stderr.write(
      `rasad: serving ${url} (API under ${url}/api, writes ${token ? 'need RASAD_TOKEN' : 'disabled: set RASAD_TOKEN'})\n`,
    );
  } catch (error) {
    await app.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE')
      throw new UserError(`serve: ${options.host}:${options.port} is already in use; pick another --port`);
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND')
      throw new UserError(`serve: cannot listen on host ${options.host}`, 2);
    throw error;
  }
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the HTTP API under /api and the web app at /')
    .option('--db <store>', 'store: a file path (embedded) or a postgres:// URL', defaultDb())
    .option('--port <port>', 'port to listen on', '8080')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option(
      '--dictionary <file>',
      'an extra actor dictionary for extraction (repeatable; default $RASAD_DICTIONARIES)',
      (file: string, files: string[]) => [...files, file],
      [] as string[],
    )
    .action(async (options: ServeOptions) => {
      const port = parsePort(options.port);
      const pipeline = serverPipeline(
        options.dictionary.length > 0 ? options.dictionary : defaultDictionaries(),
      );
      const store = await openStoreOrFail(options.db, 'serve');
      await serveStore(store, {
        port,
        host: options.host,
        pipeline,
        corrections: correctionsPathFor(options.db),
      });
    });
}
