// Spacing around punctuation and quotes: no space before ، ؛ ؟ ! . : » ) and one after ، ؛ ؟ ! : » when
// a word follows; no space inside «…» and (…); one space between words (runs of spaces and tabs
// collapse; a line loses its leading and trailing blanks). "." gets a space after it only between two
// words of two letters or more, so abbreviations such as «ق.ظ» and numbers such as 12.5 keep their dots.
//
// Every pattern is linear: a run of blanks is matched only from its first blank (the lookbehind), so no
// position is retried across a long run.
import { EditBuilder, type StepResult, unchanged } from './offset-map.js';

const BLANK = '[ \\t\\u00A0]';
// What the scanner (nextEdit) finds, as one pattern: the first of these alternatives to match at the
// leftmost position. Only blanks that need work are matched, so the common single space between words
// costs nothing:
//   (?<!B)B{2,}                       a run of two or more blanks (B: space, tab, no-break space)
//   (?<!B)[\t\u00A0](?!B)             a lone tab or no-break space
//   (?<!B) (?=[\n\r،؛؟!».:)]|$)        a lone space before punctuation or the end of the text
//   (?<=^|[\n«(]) (?!B)               a lone space at the start, after a line break, « or (
//   [،؛؟!:»](?=[L«])                  punctuation glued to the next word
//   (?<=[L])«                         an opening quote glued to the previous word
//   (?<=[L]{2})\.(?=[L]{2})            a full stop glued between two words
// (L: \u0620-\u064A \u066E-\u06D3 \u06D5 \u06FA-\u06FC, isLetter). The search goes on after each match.
const isBlank = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0xa0;
const isLetter = (c: number): boolean =>
  (c >= 0x0620 && c <= 0x064a) ||
  (c >= 0x066e && c <= 0x06d3) ||
  c === 0x06d5 ||
  (c >= 0x06fa && c <= 0x06fc);
/** \n \r ، ؛ ؟ ! » . : ) */
const isClosing = (c: number): boolean =>
  c === 0x0a ||
  c === 0x0d ||
  c === 0x060c ||
  c === 0x061b ||
  c === 0x061f ||
  c === 0x21 ||
  c === 0xbb ||
  c === 0x2e ||
  c === 0x3a ||
  c === 0x29;
/** ، ؛ ؟ ! : » */
const isGluingMark = (c: number): boolean =>
  c === 0x060c || c === 0x061b || c === 0x061f || c === 0x21 || c === 0x3a || c === 0xbb;

/** The end of the match starting at i, or -1 when none starts there (the pattern above, by hand). */
function matchAt(input: string, i: number): number {
  const n = input.length;
  const c = input.charCodeAt(i);
  if (isBlank(c)) {
    const prev = i > 0 ? input.charCodeAt(i - 1) : -1;
    const next = i + 1 < n ? input.charCodeAt(i + 1) : -1;
    if (!isBlank(prev)) {
      let j = i + 1;
      while (j < n && isBlank(input.charCodeAt(j))) j++;
      if (j - i >= 2) return j;
      // a single blank from here on: nothing blank follows it
      if (c !== 0x20) return i + 1;
      if (next === -1 || isClosing(next)) return i + 1;
    }
    if (c === 0x20 && (prev === -1 || prev === 0x0a || prev === 0xab || prev === 0x28) && !isBlank(next))
      return i + 1;
    return -1;
  }
  if (isGluingMark(c)) {
    const next = i + 1 < n ? input.charCodeAt(i + 1) : -1;
    return isLetter(next) || next === 0xab ? i + 1 : -1;
  }
  if (c === 0xab) return i > 0 && isLetter(input.charCodeAt(i - 1)) ? i + 1 : -1;
  if (c === 0x2e)
    return i >= 2 &&
      i + 2 < n &&
      isLetter(input.charCodeAt(i - 1)) &&
      isLetter(input.charCodeAt(i - 2)) &&
      isLetter(input.charCodeAt(i + 1)) &&
      isLetter(input.charCodeAt(i + 2))
      ? i + 1
      : -1;
  return -1;
}
const QUICK = new RegExp(
  `${BLANK}{2}|\\t|\\u00A0|^${BLANK}|${BLANK}$|\\n${BLANK}|${BLANK}\\n|${BLANK}[،؛؟!.:»)]|[«(]${BLANK}|[،؛؟!:».«]`,
);

const NO_SPACE_BEFORE = new Set(['،', '؛', '؟', '!', '»', ')']);
const isLetterOrDigit = (c: string): boolean => /[\u0620-\u06D5\u06F0-\u06F90-9\u06FA-\u06FC]/.test(c);

export function normalizeSpacing(input: string): StepResult {
  if (!QUICK.test(input)) return unchanged(input);
  const b = new EditBuilder(input);
  let pos = 0;
  const n = input.length;
  for (let start = 0; start < n; start++) {
    const end = matchAt(input, start);
    if (end < 0) continue;
    const first = input.charCodeAt(start);
    if (first === 0x20 || first === 0x09 || first === 0xa0) {
      const before = start > 0 ? input[start - 1] : '\n';
      const after = end < input.length ? input[end] : '\n';
      let drop = false;
      if (before === '\n' || before === '\r' || after === '\n' || after === '\r') drop = true;
      else if (before === '«' || before === '(') drop = true;
      else if (NO_SPACE_BEFORE.has(after)) drop = true;
      else if ((after === '.' || after === ':') && isLetterOrDigit(before)) {
        const next = end + 1 < input.length ? input[end + 1] : '\n';
        // "۱۲ .۵" and ". . ." are left alone; only a sentence-final or word-glued "." moves.
        drop = !/[0-9\u06F0-\u06F9.]/.test(next);
      }
      if (drop && after === '.' && /[\u0620-\u064A\u066E-\u06D5]/.test(input[end + 1] ?? '')) {
        // «می .می» → «می. می»: the stop moves to its word and the next word gets its space.
        b.copy(pos, start);
        b.replace(start, end, '');
        b.copy(end, end + 1);
        b.replace(end + 1, end + 1, ' ');
        pos = end + 1;
      } else if (drop) {
        b.copy(pos, start);
        b.replace(start, end, '');
        pos = end;
      } else if (end - start !== 1 || first !== 0x20) {
        b.copy(pos, start);
        b.replace(start, end, ' ');
        pos = end;
      }
    } else if (first === 0xab) {
      b.copy(pos, start);
      b.replace(start, start, ' ');
      pos = start;
    } else {
      // Punctuation glued to a following word: a space goes after it.
      b.copy(pos, end);
      b.replace(end, end, ' ');
      pos = end;
    }
    start = end - 1; // the search goes on after the match
  }
  if (b.edits === 0) return unchanged(input);
  b.copy(pos, input.length);
  return { text: b.text(), map: b.map(), edits: b.edits };
}
