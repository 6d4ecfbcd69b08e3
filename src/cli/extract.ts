// STUB: `rasad extract` (docs: output-contract.md). Replace with the real command.
import type { Command } from 'commander';
import { UserError } from './errors.js';

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('not implemented yet')
    .allowUnknownOption()
    .action(() => {
      throw new UserError('extract: not implemented yet', 2);
    });
}
