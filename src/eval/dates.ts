// STUB (owned by the dates work): scores date recognition and resolution against a gold file
// (layout documented in docs/eval.md).
import type { Counts } from './score.js';

export interface DateEvalReport {
  byLabel: Map<string, Counts>;
  /** Share of gold dates found with the right span whose value is also right. */
  accuracy: number;
}

export function evalDates(_goldJsonl: string): DateEvalReport {
  throw new Error('not implemented yet');
}
