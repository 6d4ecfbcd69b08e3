// Matching keys: one spelling for the many ways scraped Persian writes the same word. The key drops
// ZWNJ/ZWJ, spaces, kashida and diacritics and folds Arabic letter variants, so that «رئیس‌جمهور»,
// «رئیس جمهور», «رئیسجمهور» and «رييس جمهور» all meet in one key. Keys are for lookup only; every
// span and display string still comes from the text or the lexicon as written. The fold is the shared
// one (src/text/fold.ts: which letters fold, and why); these names stay for the actor code's callers.
import { foldKey, foldUnit as sharedFoldUnit } from '../../text/fold.js';

/** The folded code unit of one code unit, 0 when it is ignored. */
export const foldUnit: (code: number) => number = sharedFoldUnit;

/** The lookup key of a word or phrase (see the file comment). */
export const letterKey: (text: string) => string = foldKey;
