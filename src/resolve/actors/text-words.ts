// The words of an article with their offsets, found directly in doc.text so that matching does not
// depend on how the segmenter splits clitics or ZWNJ joins. A word is a run of letters, marks,
// digits and joiners; `gap` is whatever separates it from the previous word (spaces, «،», «.» …).
// One hand-written pass over the text (no regular expression): it runs on every article.
import type { Span } from '../../doc.js';
import { foldUnit } from './letter-key.js';
import { firstEndingAfter } from '../../text/span-index.js';

export interface Word {
  start: number;
  end: number;
  text: string;
  key: string;
  /** The text between the previous word and this one. */
  gap: string;
  /** True when the gap holds anything but white space: a phrase never runs across it. */
  hardBreak: boolean;
  sentence: number;
}

/** Whether a UTF-16 code unit belongs to a word (letters, digits, marks, joiners; not punctuation). */
function isWordUnit(c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  if (c >= 0x0600 && c <= 0x06ff) {
    // Arabic-script punctuation and signs are not word material: ، ؛ ؟ ٪ ٫ ٬ ٭ ۔ and the number signs.
    return !(
      c <= 0x060f ||
      c === 0x061b ||
      c === 0x061e ||
      c === 0x061f ||
      (c >= 0x066a && c <= 0x066d) ||
      c === 0x06d4 ||
      c === 0x06dd ||
      c === 0x06de ||
      c === 0x06e9
    );
  }
  if (c === 0x200c || c === 0x200d) return true;
  return (
    (c >= 0x00c0 && c <= 0x024f) ||
    (c >= 0x0750 && c <= 0x077f) ||
    (c >= 0x08a0 && c <= 0x08ff) ||
    (c >= 0xfb50 && c <= 0xfdff) ||
    (c >= 0xfe70 && c <= 0xfefc) ||
    (c >= 0x0400 && c <= 0x04ff)
  );
}

function isSpace(c: number): boolean {
  return (
    c === 0x20 ||
    c === 0x09 ||
    c === 0xa0 ||
    c === 0x200f ||
    c === 0x200e ||
    c === 0x202f ||
    c === 0x2009 ||
    c === 0x0d
  );
}

/** Class of every code unit, computed once: 1 word material, 2 white space, 0 anything else. */
const CLASS = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) CLASS[c] = isWordUnit(c) ? 1 : isSpace(c) ? 2 : 0;

/** Hyphen-minus and the Unicode hyphen: a name's joint when set tight between words. */
const HYPHENS = new Set([0x2d, 0x2010]);

/** Scratch buffer for folded keys: words are short, and reusing it keeps matching allocation-light. */
let buf = new Uint16Array(256);

export function textWords(text: string, sentences: Span[]): Word[] {
  // A text built by concatenation is a rope in V8, where every charCodeAt walks the rope; converting
  // it to a number forces one flat copy first (the flatstr trick), after which access is direct.
  void Number(text);
  const words: Word[] = [];
  const n = text.length;
  let i = 0;
  let prevEnd = 0;
  let s = 0;
  let nextSentenceStart = sentences.length > 1 ? (sentences[1] as Span).start : Number.POSITIVE_INFINITY;
  while (i < n) {
    if (CLASS[text.charCodeAt(i)] !== 1) {
      i++;
      continue;
    }
    const start = i;
    let len = 0;
    let changed = false;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (CLASS[c] !== 1) break;
      const f = foldUnit(c);
      if (f !== c) changed = true;
      if (f !== 0) {
        if (len === buf.length) {
          const bigger = new Uint16Array(buf.length * 2);
          bigger.set(buf);
          buf = bigger;
        }
        buf[len++] = f;
      }
      i++;
    }
    const wordText = text.slice(start, i);
    // Most words need no folding: then the key is the word itself, with no new string.
    const key = changed
      ? String.fromCharCode.apply(null, buf.subarray(0, len) as unknown as number[])
      : wordText;
    let hard = false;
    for (let g = prevEnd; g < start; g++) {
      if (CLASS[text.charCodeAt(g)] !== 2) {
        hard = true;
        break;
      }
    }
    // «کیم جونگ-اون»، «ری یونگ-هو»: a hyphen set tight between two words (no space either side) joins
    // the parts of one name as a space would; spaced («ایران - عراق») it stays a break.
    if (hard && start === prevEnd + 1 && prevEnd > 0 && HYPHENS.has(text.charCodeAt(prevEnd))) hard = false;
    while (start >= nextSentenceStart) {
      s++;
      nextSentenceStart =
        s + 1 < sentences.length ? (sentences[s + 1] as Span).start : Number.POSITIVE_INFINITY;
      hard = true;
    }
    // A gap of white space only is recorded as one space: nothing reads more than that from it.
    words.push({
      start,
      end: i,
      text: wordText,
      key,
      gap: hard ? text.slice(prevEnd, start) : ' ',
      hardBreak: hard,
      sentence: s,
    });
    prevEnd = i;
  }
  return words;
}

/** Index of the first word whose end is after `pos` (binary search). */
export function wordAt(words: Word[], pos: number): number {
  return firstEndingAfter(words, pos);
}
