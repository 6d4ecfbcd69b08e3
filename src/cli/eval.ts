// STUB: `rasad eval` (docs: output-contract.md). Replace with the real command.
import type { Command } from 'commander';
import { UserError } from './errors.js';

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('not implemented yet')
    .allowUnknownOption()
    .action(() => {
      throw new UserError('eval: not implemented yet', 2);
    });
}
