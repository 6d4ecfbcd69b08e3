// STUB: `rasad query` (docs: output-contract.md). Replace with the real command.
import type { Command } from 'commander';
import { UserError } from './errors.js';

export function registerQuery(program: Command): void {
  program
    .command('query')
    .description('not implemented yet')
    .allowUnknownOption()
    .action(() => {
      throw new UserError('query: not implemented yet', 2);
    });
}
