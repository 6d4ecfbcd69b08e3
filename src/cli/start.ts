// `rasad start` (`npm start`): ingests the bundled sample articles into the embedded store, then
// serves the app on http://127.0.0.1:8080, so a fresh clone has something to explore at once.
// Ingesting is idempotent, so starting twice stores the samples once.
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { ingestPaths } from '../ingest/index.js';
import { UserError } from './errors.js';
import { defaultDb, openStoreOrFail, parsePort, serveStore } from './serve.js';

export const SAMPLES_DIR = fileURLToPath(new URL('../../samples/', import.meta.url));

export function registerStart(program: Command): void {
  program
    .command('start')
    .description('ingest the bundled sample articles and serve the app on http://127.0.0.1:8080')
    .option('--db <store>', 'store: a file path (embedded) or a postgres:// URL', defaultDb())
    .option('--port <port>', 'port to listen on', '8080')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .action(async (options: { db: string; port: string; host: string }) => {
      const port = parsePort(options.port);
      try {
        const summary = await ingestPaths([`${SAMPLES_DIR}seed.txt`, `${SAMPLES_DIR}fars-sample.json`], {
          db: options.db,
          progress: false,
        });
        process.stderr.write(
          `rasad: samples: ingested ${summary.ingested}, duplicates ${summary.duplicates}, rejected ${summary.rejected}\n`,
        );
      } catch (error) {
        if (error instanceof UserError) throw error;
        const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
        throw new UserError(`start: could not ingest the sample articles into ${options.db}: ${message}`);
      }
      const store = await openStoreOrFail(options.db, 'start');
      await serveStore(store, { port, host: options.host });
    });
}
