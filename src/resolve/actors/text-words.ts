// The words of an article with their offsets, found directly in doc.text so that matching does not
// depend on how the segmenter splits clitics or ZWNJ joins. A word is a run of letters, marks,
// digits and joiners; `gap` is whatever separates it from the previous word (spaces, «،», «.» …).
import type { Span } from '../../doc.js';
import { letterKey } from './letter-key.js';

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

const WORD = /[\p{L}\p{M}\p{N}\u200c\u200d]+/gu;

function sentenceOf(sentences: Span[], pos: number, hint: number): number {
  let s = hint;
  while (s + 1 < sentences.length && (sentences[s + 1] as Span).start <= pos) s++;
  return s;
}

export function textWords(text: string, sentences: Span[]): Word[] {
  const words: Word[] = [];
  let prevEnd = 0;
  let s = 0;
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const gap = text.slice(prevEnd, start);
    s = sentences.length ? sentenceOf(sentences, start, s) : 0;
    const prev = words[words.length - 1];
    words.push({
      start,
      end: start + m[0].length,
      text: m[0],
      key: letterKey(m[0]),
      gap,
      hardBreak: /\S/.test(gap) || (prev !== undefined && prev.sentence !== s),
      sentence: s,
    });
    prevEnd = start + m[0].length;
  }
  return words;
}

/** Index of the first word whose end is after `pos` (binary search). */
export function wordAt(words: Word[], pos: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((words[mid] as Word).end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
