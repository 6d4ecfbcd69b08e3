// STUB: `rasad worker` (docs: output-contract.md). Replace with the real command.
import type { Command } from 'commander';
import { UserError } from './errors.js';

export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description('not implemented yet')
    .allowUnknownOption()
    .action(() => {
      throw new UserError('worker: not implemented yet', 2);
    });
}
