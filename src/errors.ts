// User errors: bad input or usage, raised anywhere in the library (store, ingest, lexicon loaders).
// src/cli/main.ts prints them as one line and exits with their status, never with a stack trace.
export class UserError extends Error {
  constructor(
    message: string,
    /** 1 for bad input, 2 for bad usage (docs: output-contract.md). */
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
  }
}

/** The first line of what was thrown: messages for one-line errors and reject reasons. */
export function errorLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0];
}
