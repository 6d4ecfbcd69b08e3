// Persian-aware text for full-text search. Scraped Persian loses its zero-width non-joiners (ZWNJ,
// U+200C) and mixes Arabic ي/ك with Persian ی/ک and Persian/Arabic digits with Latin ones, so the
// same word reaches the index in several spellings. Index and query go through the same folding:
// letters and digits unified, ZWNJ words indexed joined (as scraped text writes them) and, in a
// second column, split into their parts (as a user may type them).

import { foldStored } from '../text/fold.js';

const ZWNJ = /\u200c/g;

/**
 * Letters, digits and case folded; ZWNJ kept (callers decide whether to join or split). The fold is
 * the shared one's persisted form (src/text/fold.ts, foldStored: آ and ئ stay, as stored indexes were
 * written with them).
 */
export function foldForSearch(text: string): string {
  return foldStored(text);
}

export interface SearchText {
  /** The text with every ZWNJ word joined: «می‌رود» → «میرود». */
  body: string;
  /** The parts of the ZWNJ words, space-separated: «می رود». */
  parts: string;
}

/** The folded text an article is found by: its title and body. */
export function articleSearchText(r: { title: string | null; text: string }): SearchText {
  return searchText(`${r.title ?? ''}\n${r.text}`);
}

export function searchText(text: string): SearchText {
  const folded = foldForSearch(text);
  const parts: string[] = [];
  for (const word of folded.match(/\S*\u200c\S*/g) ?? []) {
    parts.push(word.replace(ZWNJ, ' '));
  }
  return { body: folded.replace(ZWNJ, ''), parts: parts.join(' ') };
}

/** The words of a user's query, folded the way the index was: each a term every hit must contain. */
export function queryTerms(query: string): string[] {
  return foldForSearch(query)
    .replace(ZWNJ, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
}
