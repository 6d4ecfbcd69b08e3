// Matching keys: one spelling for the many ways scraped Persian writes the same word. The key drops
// ZWNJ/ZWJ, spaces, kashida and diacritics and folds Arabic letter variants, so that «رئیس‌جمهور»,
// «رئیس جمهور», «رئیسجمهور» and «رييس جمهور» all meet in one key. Keys are for lookup only; every
// span and display string still comes from the text or the lexicon as written.

import { LETTERS } from '../../text/letters.js';

/** Folded code unit for each code unit (0 = drop). Built once: matching calls this per character. */
const FOLD = new Uint16Array(0x10000);
for (let c = 0; c < 0x10000; c++) FOLD[c] = c;
for (let c = 0x41; c <= 0x5a; c++) FOLD[c] = c + 0x20; // ASCII upper → lower
// The letter variants are the shared fold's (src/text/letters.ts); this key keeps its own digits (only
// the Arabic zero, as its lexicons were compiled) and white space dropped, until the fold is wired in.
const pairs: ReadonlyArray<readonly [string, string]> = [...LETTERS, ['٠', '۰']];
for (const [from, to] of pairs) FOLD[from.charCodeAt(0)] = to.charCodeAt(0);
// Ignorable: joiners, kashida, harakat, superscript alef, white space.
for (const c of [0x200c, 0x200d, 0x0640, 0x0670, 0x20, 0x09, 0x0a, 0x0d, 0xa0]) FOLD[c] = 0;
for (let c = 0x064b; c <= 0x065f; c++) FOLD[c] = 0;

/** The folded code unit of one code unit, 0 when it is ignored. */
export function foldUnit(code: number): number {
  return FOLD[code] as number;
}

/** The lookup key of a word or phrase (see the file comment). */
export function letterKey(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const f = FOLD[text.charCodeAt(i)] as number;
    if (f !== 0) out += String.fromCharCode(f);
  }
  return out;
}
