// `rasad ingest PATH...` (docs: output-contract.md): files, directories (recursive) and globs into
// the store. Always ends with the summary line `ingested N, duplicates D, rejected R` on stdout;
// rejected inputs go to a JSONL file whose path is printed on stderr.
import type { Command } from 'commander';
import { DEFAULT_BATCH, ingestPaths, summaryLine } from '../ingest/index.js';
import { resolveDb } from '../store/index.js';
import { UserError } from './errors.js';

function positiveInt(option: string, value: string | undefined, min = 1): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min)
    throw new UserError(`${option}: expected a whole number ≥ ${min}, got ${JSON.stringify(value)}`, 2);
  return n;
}

/** Unreadable paths named one per line on stderr, up to this many (all of them go to the rejects file). */
const MAX_PROBLEM_LINES = 10;

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description(
      'store articles and everything extracted from them (.txt .html .json .jsonl RSS/Atom .xml; files, directories, globs)',
    )
    .argument('<paths...>', 'files, directories or glob patterns (quote globs)')
    .option(
      '--db <store>',
      'a file path (embedded SQLite, default ./rasad.db or $RASAD_DB) or a postgres:// URL',
    )
    .option('--batch <n>', `articles per transaction (default ${DEFAULT_BATCH})`)
    .option(
      '--threads <n>',
      'extraction threads (0: in the main thread; default: none below 1 MB of input, else one per core on 2–3 cores, cores − 1 from 4)',
    )
    .option('--rejects <file>', 'where rejected inputs go (default ./rasad-rejects-<time>.jsonl)')
    .option(
      '--no-queue',
      'PostgreSQL: extract here and store directly instead of queueing for `rasad worker`',
    )
    .option('--no-progress', 'no progress bar even on a terminal')
    .action(
      async (
        paths: string[],
        options: {
          db?: string;
          batch?: string;
          threads?: string;
          rejects?: string;
          queue: boolean;
          progress: boolean;
        },
      ) => {
        let problems = 0;
        const summary = await ingestPaths(paths, {
          db: resolveDb(options.db),
          progress: options.progress,
          batchSize: positiveInt('--batch', options.batch),
          threads: positiveInt('--threads', options.threads, 0),
          rejects: options.rejects,
          queue: options.queue,
          onProblem: (p) => {
            if (++problems <= MAX_PROBLEM_LINES)
              process.stderr.write(`rasad: ingest: ${p.file}: ${p.reason}\n`);
          },
        });
        if (summary.rejectsFile)
          process.stderr.write(`rasad: rejected inputs and their reasons: ${summary.rejectsFile}\n`);
        if (summary.queued !== undefined)
          process.stderr.write(
            `rasad: queued ${summary.queued} articles; \`rasad worker --db …\` processes them\n`,
          );
        process.stdout.write(`${summaryLine(summary)}\n`);
        // Bad input is exit 1 only when nothing at all went through; a batch with some rejects succeeds.
        if (summary.rejected > 0 && summary.ingested + summary.duplicates === 0) process.exitCode = 1;
      },
    );
}
