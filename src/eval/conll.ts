// STUB (owned by the tagger work): strict entity-level scoring of a CoNLL file, conlleval-style.
import type { Counts } from './score.js';

/** Scores predicted tags against gold; with no prediction given, tags the gold tokens with rasad's tagger. */
export function evalConll(_gold: string, _predicted?: string): Map<string, Counts> {
  throw new Error('not implemented yet');
}
