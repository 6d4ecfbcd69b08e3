// STUB: `rasad ingest` (docs: output-contract.md). Replace with the real command.
import type { Command } from 'commander';
import { UserError } from './errors.js';

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('not implemented yet')
    .allowUnknownOption()
    .action(() => {
      throw new UserError('ingest: not implemented yet', 2);
    });
}
