// The letter variants every matcher folds (the reasons are in ./fold.ts's header): a table of its own
// so that a key that needs only these pairs does not build the fold's tables.

/** Equivalent letters: each folds to the letter after it. */
export const LETTERS: ReadonlyArray<readonly [string, string]> = [
  ['ي', 'ی'],
  ['ى', 'ی'],
  ['ئ', 'ی'],
  ['ك', 'ک'],
  ['ۀ', 'ه'],
  ['ة', 'ه'],
  ['آ', 'ا'],
  ['أ', 'ا'],
  ['إ', 'ا'],
  ['ٱ', 'ا'],
  ['ؤ', 'و'],
];
