// The CLI's user errors are the library's (src/errors.ts): the store, ingest and lexicon loaders raise
// them too, and the command line prints them as one line.
export { UserError } from '../errors.js';
