// The command line (docs: output-contract.md). Each command lives in its own module and registers
// itself here; this file only wires them together and turns user errors into one line and an exit status.
import { Command, CommanderError } from 'commander';
import { UserError } from './errors.js';

type Register = (program: Command) => void;

// Each command module is loaded only when it is the one being run: loading them all would load the
// whole pipeline (lexicons, tagger weights) even for `rasad query`, which needs none of it.
const COMMANDS: Record<string, () => Promise<Register>> = {
  normalize: async () => (await import('./normalize.js')).registerNormalize,
  extract: async () => (await import('./extract.js')).registerExtract,
  tag: async () => (await import('./tag.js')).registerTag,
  eval: async () => (await import('./eval.js')).registerEval,
  ingest: async () => (await import('./ingest.js')).registerIngest,
  query: async () => (await import('./query.js')).registerQuery,
  worker: async () => (await import('./worker.js')).registerWorker,
  serve: async () => (await import('./serve.js')).registerServe,
  start: async () => (await import('./start.js')).registerStart,
  follow: async () => (await import('./follow.js')).registerFollow,
};

const program = new Command('rasad')
  .description('Persian news to evidence-linked political event data (PLOVER/CAMEO)')
  .version('0.1.0')
  .exitOverride()
  .configureOutput({ writeErr: (s) => process.stderr.write(s) });

function fail(error: unknown): never {
  if (error instanceof CommanderError) {
    process.exit(error.exitCode === 0 ? 0 : 2);
  }
  if (error instanceof UserError) {
    process.stderr.write(`rasad: ${error.message.split('\n')[0]}\n`);
    process.exit(error.exitCode);
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`rasad: internal error: ${message.split('\n')[0]}\n`);
  if (process.env.RASAD_DEBUG) console.error(error);
  process.exit(70);
}

// A reader that closes the pipe early (`rasad ... | head`) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
});

try {
  const named = process.argv[2];
  const wanted = named !== undefined && named in COMMANDS ? [named] : Object.keys(COMMANDS);
  for (const name of wanted) (await COMMANDS[name]())(program);
  await program.parseAsync(process.argv);
} catch (error) {
  fail(error);
}
