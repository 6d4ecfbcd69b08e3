// `rasad follow FEEDS`: keeps the store current from RSS/Atom feeds. FEEDS is a file of feed URLs,
// one a line, each optionally followed by a tab, a source name, a tab and a variety tag (fa, prs);
// `#` comments. `--once` polls every feed once and exits (for cron); otherwise it polls `--every`
// interval until interrupted. One status line per poll on stderr (or JSON lines with --log json).
// Exit 1 when the feeds file has no usable feed or every feed failed; a partly failing poll is 0.
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { readFeedsFile } from '../follow/feeds-file.js';
import { HostLimiter } from '../follow/host-limiter.js';
import { DEFAULT_CLIENT } from '../follow/http.js';
import { followLoop, parseInterval, pollFeeds } from '../follow/index.js';
import { jsonLog, textLog } from '../follow/log.js';
import { createExtractor, type Extractor } from '../ingest/extract-pool.js';
import { openStore, resolveDb } from '../store/index.js';
import { UserError } from './errors.js';

interface FollowCliOptions {
  db?: string;
  once?: boolean;
  every: string;
  timeout: string;
  retries: string;
  delay: string;
  perHost: string;
  maxBytes: string;
  log: string;
}

function wholeNumber(option: string, value: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new UserError(
      `${option}: expected a whole number from ${min} to ${max}, got ${JSON.stringify(value)}`,
      2,
    );
  return n;
}

function lazyExtractor(make: () => Extractor): Extractor {
  let made: Extractor | null = null;
  return {
    threads: 1,
    extractAll: (inputs) => {
      if (inputs.length === 0) return Promise.resolve([]);
      made ??= make();
      return made.extractAll(inputs);
    },
    close: async () => made?.close(),
  };
}

export function registerFollow(program: Command): void {
  program
    .command('follow')
    .description('poll RSS/Atom feeds, fetch each new item’s page, and store its article (exactly once)')
    .argument('<feeds>', 'file of feed URLs, one a line: URL [TAB source [TAB fa|prs]]; # comments')
    .option(
      '--db <store>',
      'a file path (embedded SQLite, default ./rasad.db or $RASAD_DB) or a postgres:// URL',
    )
    .option('--once', 'poll every feed once and exit (for cron)')
    .option('--every <interval>', 'time between polls: 90s, 15m, 1h', '15m')
    .option('--timeout <seconds>', 'per request, including the body (1–30)', '30')
    .option('--retries <n>', 'retries after a 5xx or network error, with exponential backoff', '2')
    .option('--delay <ms>', 'least time between two requests to one host', '1000')
    .option('--per-host <n>', 'requests in flight to one host (1–2)', '2')
    .option('--max-bytes <n>', 'largest feed or page read', String(DEFAULT_CLIENT.maxBytes))
    .option('--log <format>', 'text (one line per problem and per poll) or json (JSON lines)', 'text')
    .action(async (feedsFile: string, options: FollowCliOptions) => {
      if (options.log !== 'text' && options.log !== 'json')
        throw new UserError(`--log: expected text or json, got ${JSON.stringify(options.log)}`, 2);
      const everyMs = parseInterval(options.every);
      if (everyMs === null)
        throw new UserError(
          `--every: expected an interval of at least 1 s such as 90s, 15m or 1h, got ${JSON.stringify(options.every)}`,
          2,
        );
      const timeoutS = Number(options.timeout);
      if (!Number.isFinite(timeoutS) || timeoutS <= 0 || timeoutS > 30)
        throw new UserError(
          `--timeout: expected seconds from 0 to 30, got ${JSON.stringify(options.timeout)}`,
          2,
        );
      const client = {
        ...DEFAULT_CLIENT,
        timeoutMs: Math.round(timeoutS * 1000),
        retries: wholeNumber('--retries', options.retries, 0, 10),
        maxBytes: wholeNumber('--max-bytes', options.maxBytes, 1),
        limiter: new HostLimiter(
          wholeNumber('--per-host', options.perHost, 1, 2),
          wholeNumber('--delay', options.delay, 0),
        ),
      };
      if (!existsSync(feedsFile)) throw new UserError(`${feedsFile}: no such file`);
      const { feeds, problems } = readFeedsFile(feedsFile);
      const log = options.log === 'json' ? jsonLog() : textLog();
      for (const p of problems)
        log.problem({ feed: `${feedsFile}:${p.line}`, reason: p.reason, kind: 'error' });
      if (feeds.length === 0) throw new UserError(`${feedsFile}: no feed URL to follow`);
      const store = await openStore(resolveDb(options.db));
      // Extraction in its own thread, so a long extraction never holds up the timers of requests in flight.
      // Started on the first new item, so a poll with nothing new never pays for loading the models.
      const extractor = lazyExtractor(() => createExtractor(1));
      const ctx = { store, client, log, extractor };
      try {
        if (options.once) {
          const status = await pollFeeds(ctx, feeds);
          if (status.failed === status.feeds) process.exitCode = 1;
          return;
        }
        const stop = new Promise<void>((resolve) => {
          process.once('SIGINT', resolve);
          process.once('SIGTERM', resolve);
        });
        await followLoop(ctx, feeds, everyMs, stop);
      } finally {
        await extractor.close().catch(() => {});
        await store.close().catch(() => {});
      }
    });
}
