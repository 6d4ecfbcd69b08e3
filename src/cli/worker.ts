// `rasad worker --db postgres://…` (docs: output-contract.md): processes queued articles until
// stopped. SIGINT/SIGTERM finish the current batch, commit it and exit. Failed jobs go to a rejects
// file in `rasad ingest`'s layout ({file, line, job, reason} per line), named on stderr at the end.
import type { Command } from 'commander';
import { runWorker } from '../ingest/worker-loop.js';
import { resolveDb } from '../store/index.js';
import { UserError } from './errors.js';

function int(option: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < min)
    throw new UserError(`${option}: expected a number ≥ ${min}, got ${JSON.stringify(value)}`, 2);
  return n;
}

export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description('join a shared PostgreSQL store and process queued articles until stopped')
    .option('--db <url>', 'the shared store: a postgres:// URL (default $RASAD_DB)')
    .option('--batch <n>', 'articles claimed per transaction (default 150)')
    .option(
      '--lease <seconds>',
      "how long a claim holds its jobs before a dead worker's jobs return to the queue (default 120)",
    )
    .option('--threads <n>', 'extraction threads (default: main thread below 4 cores, else cores − 1)')
    .option('--exit-when-empty', 'exit when nothing is left to do (scripts, tests, benchmarks)')
    .option('--once', 'process at most one batch, then exit')
    .option(
      '--rejects <file>',
      'where failed jobs go, with their file, line and reason (default ./rasad-rejects-<time>.jsonl; appended to)',
    )
    .action(
      async (options: {
        db?: string;
        batch?: string;
        lease?: string;
        threads?: string;
        exitWhenEmpty?: boolean;
        once?: boolean;
        rejects?: string;
      }) => {
        const stop = new AbortController();
        const onSignal = () => {
          if (stop.signal.aborted) process.exit(130); // a second signal: stop now
          process.stderr.write('rasad: worker finishing the current batch, then exiting\n');
          stop.abort();
        };
        process.on('SIGINT', onSignal);
        process.on('SIGTERM', onSignal);
        const summary = await runWorker({
          db: resolveDb(options.db),
          batchSize: int('--batch', options.batch, 1),
          leaseSeconds: int('--lease', options.lease, 1),
          threads: int('--threads', options.threads, 0),
          exitWhenEmpty: options.exitWhenEmpty,
          once: options.once,
          rejects: options.rejects,
          signal: stop.signal,
          log: (line) => process.stderr.write(`rasad: worker: ${line}\n`),
        });
        if (summary.rejectsFile)
          process.stderr.write(`rasad: failed jobs and their reasons: ${summary.rejectsFile}\n`);
        process.stdout.write(
          `worker: batches ${summary.batches}, stored ${summary.stored}, duplicates ${summary.duplicates}, failed ${summary.failed}\n`,
        );
      },
    );
}
