// STUB: `rasad tag` (docs: output-contract.md). Replace with the real command.
import type { Command } from 'commander';
import { UserError } from './errors.js';

export function registerTag(program: Command): void {
  program
    .command('tag')
    .description('not implemented yet')
    .allowUnknownOption()
    .action(() => {
      throw new UserError('tag: not implemented yet', 2);
    });
}
