// The comparison key of a word: the same word written with or without ZWNJ, with Arabic or Persian
// letters, with or without hamza on alef («تأسف»/«تاسف») gets one key. Lexicon entries and text
// words are both reduced to keys, so trigger patterns never depend on how carefully a site typed.
// One pass over the characters; a word that needs no change is returned as it is (no allocation).

// The fold is the shared one (src/text/fold.ts: which letters fold, and why): the word fold with white
// space kept, so that a lexicon phrase folded here still splits into its words.
import { foldWords } from '../text/fold.js';

/** The comparison key of a word (see the file comment). */
export function wordKey(text: string): string {
  return foldWords(text);
}
