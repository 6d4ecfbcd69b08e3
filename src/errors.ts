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
