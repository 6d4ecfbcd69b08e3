// The command line (docs: output-contract.md). Each command lives in its own module and registers
// itself here; this file only wires them together and turns user errors into one line and an exit status.
import { Command, CommanderError } from 'commander';
import { registerEval } from './eval.js';
import { registerExtract } from './extract.js';
import { registerIngest } from './ingest.js';
import { registerNormalize } from './normalize.js';
import { registerQuery } from './query.js';
import { registerServe } from './serve.js';
import { registerStart } from './start.js';
import { registerTag } from './tag.js';
import { registerWorker } from './worker.js';
import { UserError } from './errors.js';

const program = new Command('rasad')
  .description('Persian news to evidence-linked political event data (PLOVER/CAMEO)')
  .version('0.1.0')
  .exitOverride()
  .configureOutput({ writeErr: (s) => process.stderr.write(s) });

for (const register of [
  registerNormalize,
  registerExtract,
  registerTag,
  registerEval,
  registerIngest,
  registerQuery,
  registerWorker,
  registerServe,
  registerStart,
]) {
  register(program);
}

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
  await program.parseAsync(process.argv);
} catch (error) {
  fail(error);
}
