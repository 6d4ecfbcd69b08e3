// STUB: `rasad start` (docs: output-contract.md). Replace with the real command.
import type { Command } from 'commander';
import { UserError } from './errors.js';

export function registerStart(program: Command): void {
  program
    .command('start')
    .description('not implemented yet')
    .allowUnknownOption()
    .action(() => {
      throw new UserError('start: not implemented yet', 2);
    });
}
