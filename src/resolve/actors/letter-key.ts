// Matching keys: one spelling for the many ways scraped Persian writes the same word. The key drops
// ZWNJ/ZWJ, spaces, kashida and diacritics and folds Arabic letter variants, so that «رئیس‌جمهور»,
// «رئیس جمهور», «رئیسجمهور» and «رييس جمهور» all meet in one key. Keys are for lookup only; every
// span and display string still comes from the text or the lexicon as written.

const FOLD = new Map<string, string>([
  ['ي', 'ی'],
  ['ى', 'ی'],
  ['ئ', 'ی'],
  ['ك', 'ک'],
  ['ۀ', 'ه'],
  ['ة', 'ه'],
  ['أ', 'ا'],
  ['إ', 'ا'],
  ['آ', 'ا'],
  ['ٱ', 'ا'],
  ['ؤ', 'و'],
]);

/** True for characters that carry no letter identity: joiners, kashida, harakat, spaces. */
function isIgnorable(code: number): boolean {
  return (
    code === 0x200c ||
    code === 0x200d ||
    code === 0x0640 ||
    (code >= 0x064b && code <= 0x065f) ||
    code === 0x0670 ||
    code === 0x20 ||
    code === 0x09 ||
    code === 0xa0
  );
}

/** The lookup key of a word or phrase (see the file comment). */
export function letterKey(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (isIgnorable(code)) continue;
    out += FOLD.get(ch) ?? ch.toLowerCase();
  }
  return out;
}

/** Splits a lexicon phrase into its words (spaces only: ZWNJ stays inside a word). */
export function phraseWords(text: string): string[] {
  return text.split(/\s+/).filter((w) => w.length > 0);
}
