// Spacing around punctuation and quotes: no space before ، ؛ ؟ ! . : » ) and one after ، ؛ ؟ ! : » when
// a word follows; no space inside «…» and (…); one space between words (runs of spaces and tabs
// collapse; a line loses its leading and trailing blanks). "." gets a space after it only between two
// words of two letters or more, so abbreviations such as «ق.ظ» and numbers such as 12.5 keep their dots.
//
// Every pattern is linear: a run of blanks is matched only from its first blank (the lookbehind), so no
// position is retried across a long run.
import { EditBuilder, type StepResult, unchanged } from './offset-map.js';

const LETTER = '\\u0620-\\u064A\\u066E-\\u06D3\\u06D5\\u06FA-\\u06FC';
const BLANK = '[ \\t\\u00A0]';
const RE = new RegExp(
  [
    // Only blanks that need work are matched, so the common single space between words costs nothing:
    `(?<!${BLANK})${BLANK}{2,}`, // a run of two or more blanks
    `(?<!${BLANK})[\\t\\u00A0](?!${BLANK})`, // a lone tab or no-break space
    `(?<!${BLANK}) (?=[\\n\\r،؛؟!».:)]|$)`, // a lone space before punctuation or a line end
    `(?<=^|[\\n«(]) (?!${BLANK})`, // a lone space at a line start or after « and (
    `[،؛؟!:»](?=[${LETTER}«])`, // punctuation glued to the next word
    `(?<=[${LETTER}])«`, // an opening quote glued to the previous word
    `(?<=[${LETTER}]{2})\\.(?=[${LETTER}]{2})`, // a full stop glued between two words
  ].join('|'),
  'g',
);
const QUICK = new RegExp(
  `${BLANK}{2}|\\t|\\u00A0|^${BLANK}|${BLANK}$|\\n${BLANK}|${BLANK}\\n|${BLANK}[،؛؟!.:»)]|[«(]${BLANK}|[،؛؟!:».«]`,
);

const NO_SPACE_BEFORE = new Set(['،', '؛', '؟', '!', '»', ')']);
const isLetterOrDigit = (c: string): boolean => /[\u0620-\u06D5\u06F0-\u06F90-9\u06FA-\u06FC]/.test(c);

export function normalizeSpacing(input: string): StepResult {
  if (!QUICK.test(input)) return unchanged(input);
  const b = new EditBuilder(input);
  let pos = 0;
  RE.lastIndex = 0;
  for (let m = RE.exec(input); m !== null; m = RE.exec(input)) {
    const start = m.index;
    const end = start + m[0].length;
    const first = m[0].charCodeAt(0);
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
      } else if (m[0] !== ' ') {
        b.copy(pos, start);
        b.replace(start, end, ' ');
        pos = end;
      }
    } else if (m[0] === '«') {
      b.copy(pos, start);
      b.replace(start, start, ' ');
      pos = start;
    } else {
      // Punctuation glued to a following word: a space goes after it.
      b.copy(pos, end);
      b.replace(end, end, ' ');
      pos = end;
    }
  }
  if (b.edits === 0) return unchanged(input);
  b.copy(pos, input.length);
  return { text: b.text(), map: b.map(), edits: b.edits };
}
