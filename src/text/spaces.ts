// Which UTF-16 code units a regular expression's «\s» matches (and String.prototype.trim removes),
// as a code test for hot loops that would otherwise run a regular expression per character.
// ZWNJ (U+200C) is not one: in Persian it is part of a word.

/** True when `c` is a code unit that «\s» matches. */
export const isRegexSpace = (c: number): boolean =>
  c === 0x20 ||
  (c >= 0x09 && c <= 0x0d) ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;
