// STUB: `rasad serve` (docs: output-contract.md). Replace with the real command.
import type { Command } from 'commander';
import { UserError } from './errors.js';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('not implemented yet')
    .allowUnknownOption()
    .action(() => {
      throw new UserError('serve: not implemented yet', 2);
    });
}
