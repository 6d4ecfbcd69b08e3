// Sentences and tokens with offsets into the repaired text, in one pass over its characters.
//
// Tokens: words (Persian or Latin letters, with ZWNJ and diacritics kept inside), numbers (digits of any
// script with inner . , ٫ ٬ / : between digits: ۱۲.۵, 1,000, ۱۴۰۱/۱۰/۲۲), abbreviations with their dots
// (ق.ظ.  U.S.  Dr.), URLs, and each punctuation mark (a run of the same mark, such as "..." or "!!", is one
// token).
// Sentences end after . ؟ ? ! … (and runs of them) and at line breaks; not after an abbreviation, not
// inside «…» (a quote that closes after a final mark ends the sentence after »), and a run of closing
// quotes or brackets right after the final mark belongs to the sentence it closes.
import type { Span, Token } from '../doc.js';
import { foldKey } from '../text/fold.js';
import { abbreviations } from './abbreviations.js';

export interface Segmented {
  sentences: Span[];
  tokens: Token[];
}

const isArabicLetter = (c: number): boolean =>
  (c >= 0x0620 && c <= 0x065f) ||
  (c >= 0x066e && c <= 0x06d5) ||
  c === 0x0670 ||
  (c >= 0x06fa && c <= 0x06fc);
const isLatinLetter = (c: number): boolean =>
  (c >= 0x41 && c <= 0x5a) ||
  (c >= 0x61 && c <= 0x7a) ||
  (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
const isDigit = (c: number): boolean =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x06f0 && c <= 0x06f9) || (c >= 0x0660 && c <= 0x0669);
const isWordChar = (c: number): boolean =>
  isArabicLetter(c) || isLatinLetter(c) || c === 0x200c || c === 0x200d || (c >= 0x0300 && c <= 0x036f);
const isSpace = (c: number): boolean =>
  c === 0x20 ||
  c === 0x09 ||
  c === 0x0a ||
  c === 0x0d ||
  c === 0xa0 ||
  c === 0x0b ||
  c === 0x0c ||
  (c >= 0x2000 && c <= 0x200b) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x3000 ||
  c === 0xfeff ||
  c === 0x202f;
const isNumberInner = (c: number): boolean =>
  c === 0x2e || c === 0x2c || c === 0x066b || c === 0x066c || c === 0x2f || c === 0x3a;

const TERMINATORS = new Set(['.', '؟', '?', '!', '…']);
const CLOSERS = new Set(['»', ')', ']', '"', "'", '”', '’', '›', '}']);

/** A character of TERMINATORS. */
const isTerminatorChar = (c: number): boolean =>
  c === 0x2e || c === 0x061f || c === 0x3f || c === 0x21 || c === 0x2026;
for (const t of TERMINATORS)
  if (t.length !== 1 || !isTerminatorChar(t.charCodeAt(0))) throw new Error('segment: TERMINATORS');

/** A terminator or a run of them ("...", "؟!", "!!"), by character codes (no lookup, no substring). */
function isTerminator(t: string): boolean {
  for (let i = 0; i < t.length; i++) if (!isTerminatorChar(t.charCodeAt(i))) return false;
  return t.length > 0;
}

/** Reads one token starting at i (not a space); returns its end. */
function tokenEnd(text: string, i: number, abbr: Set<string>): number {
  const n = text.length;
  const c = text.charCodeAt(i);
  // URLs
  if ((c === 0x68 || c === 0x77) && /^(?:https?:\/\/|www\.)/i.test(text.slice(i, i + 8))) {
    let j = i;
    while (
      j < n &&
      !isSpace(text.charCodeAt(j)) &&
      !isArabicLetter(text.charCodeAt(j)) &&
      text[j] !== '«' &&
      text[j] !== '»'
    )
      j++;
    // A final punctuation mark belongs to the sentence, not the URL.
    while (j > i + 4 && /[.,;:!?)\]،؛؟]/.test(text[j - 1])) j--;
    return j;
  }
  if (isDigit(c)) {
    let j = i + 1;
    while (j < n) {
      const d = text.charCodeAt(j);
      if (isDigit(d)) j++;
      else if (isNumberInner(d) && j + 1 < n && isDigit(text.charCodeAt(j + 1))) j += 2;
      else break;
    }
    return j;
  }
  if (isWordChar(c) && c !== 0x200c) {
    let j = i + 1;
    while (j < n && isWordChar(text.charCodeAt(j))) j++;
    // Latin words may carry digits (COVID19, A4); Persian words do not.
    if (isLatinLetter(c))
      while (j < n && (isLatinLetter(text.charCodeAt(j)) || isDigit(text.charCodeAt(j)))) j++;
    // Abbreviations keep their dots: a single letter or a listed word, directly followed by "."; then
    // further short segments (ج.ا.ا.  U.S.A.).
    if (j < n && text.charCodeAt(j) === 0x2e) {
      const word = text.slice(i, j);
      if (word.length === 1 || abbr.has(word.toLowerCase())) {
        let k = j + 1;
        for (;;) {
          let m = k;
          while (m < n && m - k < 3 && isWordChar(text.charCodeAt(m)) && text.charCodeAt(m) !== 0x200c) m++;
          const short = m > k && m - k <= 2;
          if (short && m < n && text.charCodeAt(m) === 0x2e) k = m + 1;
          else {
            // «ق.ظ» without a final dot takes its last letter
            if (short && (m >= n || !isWordChar(text.charCodeAt(m)))) k = m;
            break;
          }
        }
        return k;
      }
    }
    return j;
  }
  // Punctuation: a run of the same mark is one token ("...", "!!").
  let j = i + 1;
  const ch = text[i];
  if (TERMINATORS.has(ch)) while (j < n && TERMINATORS.has(text[j])) j++;
  else if (ch === '-' || ch === '_' || ch === '=' || ch === '*') while (j < n && text[j] === ch) j++;
  else if (c >= 0xd800 && c <= 0xdbff && j < n) j++; // keep a surrogate pair together
  return j;
}

const isAbbreviationToken = (t: string): boolean => t.length >= 2 && t.endsWith('.') && /[^.]/.test(t);

export function segment(text: string): Segmented {
  const abbr = abbreviations();
  const sentences: Span[] = [];
  const tokens: Token[] = [];
  const n = text.length;
  let sentStart = -1; // index into tokens of the current sentence's first token
  let quoteDepth = 0;
  let endPending = false; // a terminator was seen; the sentence ends after any closers

  const close = () => {
    if (sentStart >= 0 && sentStart < tokens.length) {
      sentences.push({ start: tokens[sentStart].start, end: tokens[tokens.length - 1].end });
    }
    sentStart = -1;
    endPending = false;
  };

  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      if (c === 0x0a || c === 0x2029 || c === 0x2028) {
        close();
        quoteDepth = 0;
      }
      i++;
      continue;
    }
    const end = tokenEnd(text, i, abbr);
    const t = text.slice(i, end);
    if (endPending && !CLOSERS.has(t)) {
      close();
    }
    if (sentStart < 0) sentStart = tokens.length;
    tokens.push({ start: i, end, text: t, key: foldKey(t), sentence: sentences.length });
    if (t === '«') quoteDepth++;
    else if (t === '»') {
      if (quoteDepth > 0) quoteDepth--;
      const prev = tokens.length >= 2 ? tokens[tokens.length - 2].text : '';
      if (quoteDepth === 0 && isTerminator(prev)) endPending = true;
    } else if (quoteDepth === 0 && isTerminator(t) && !isAbbreviationToken(t)) endPending = true;
    i = end;
  }
  close();
  return { sentences, tokens };
}
