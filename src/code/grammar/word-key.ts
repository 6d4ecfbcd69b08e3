// The comparison key of a word: the same word written with or without ZWNJ, with Arabic or Persian
// letters, with or without hamza on alef («تأسف»/«تاسف») gets one key. Lexicon entries and text
// words are both reduced to keys, so trigger patterns never depend on how carefully a site typed.
const LETTERS: Record<string, string> = {
  'ي': 'ی',
  'ى': 'ی',
  'ك': 'ک',
  'ة': 'ه',
  'ۀ': 'ه',
  'أ': 'ا',
  'إ': 'ا',
  'ٱ': 'ا',
  'آ': 'ا',
  'ؤ': 'و',
  '٠': '۰',
  '١': '۱',
  '٢': '۲',
  '٣': '۳',
  '٤': '۴',
  '٥': '۵',
  '٦': '۶',
  '٧': '۷',
  '٨': '۸',
  '٩': '۹',
};

// ZWNJ, ZWJ, kashida, Arabic diacritics and superscript alef carry no identity for matching.
const DROP = /[\u200c\u200d\u0640\u064b-\u065f\u0670]/g;
const MAPPED = /[يىكةۀأإٱآؤ٠-٩]/g;

export function wordKey(text: string): string {
  return text
    .replace(DROP, '')
    .replace(MAPPED, (c) => LETTERS[c] ?? c)
    .toLowerCase();
}
