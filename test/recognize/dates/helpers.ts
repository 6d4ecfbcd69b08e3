// Runs the date recognizer alone on a sentence (no pipeline), for unit tests.
import type { DateMention } from '../../../src/doc.js';
import { findDates } from '../../../src/recognize/dates/index.js';

export function dates(text: string, published: string | null = null): DateMention[] {
  return findDates(text, [{ start: 0, end: text.length }], published).dates;
}

export function one(text: string, published: string | null = null): DateMention {
  const ds = dates(text, published);
  if (ds.length !== 1) throw new Error(`expected one date in «${text}», got ${JSON.stringify(ds)}`);
  return ds[0] as DateMention;
}
