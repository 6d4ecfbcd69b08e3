// STUB: `rasad normalize` (docs: output-contract.md). Replace with the real command.
import type { Command } from 'commander';
import { UserError } from './errors.js';

export function registerNormalize(program: Command): void {
  program
    .command('normalize')
    .description('not implemented yet')
    .allowUnknownOption()
    .action(() => {
      throw new UserError('normalize: not implemented yet', 2);
    });
}
