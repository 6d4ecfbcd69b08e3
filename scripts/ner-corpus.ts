// Training-time data for the tagger: PEYMA (labeled) and the Fars News corpus (unlabeled, for word
// clusters). Reads ../shared; nothing here runs when rasad itself runs.
import { readFileSync } from 'node:fs';
import { type ConllSentence, readConll } from '../src/eval/conll.js';
import { normalizeToken } from '../src/recognize/tagger/normalize.js';

export const SHARED = new URL('../../shared/', import.meta.url);

export const readPeyma = (split: 'train' | 'dev'): ConllSentence[] =>
  readConll(readFileSync(new URL(`data/peyma/${split}.txt`, SHARED), 'utf8'));

interface FarsArticle {
  title?: string;
  abstract?: string;
  paragraphs?: string[];
}

// Words (ZWNJ kept inside them) and single punctuation marks, as PEYMA splits them.
export const TOKEN_RE = /[^\s.,،؛;:!?؟«»()[\]"'\-/*]+|[.,،؛;:!?؟«»()[\]"'\-/*]/g;
const SENTENCE_RE = /[^.!?؟\n]+[.!?؟]*/g;

/** Sentences of the Fars News corpus as normalized tokens. */
export function farsSentences(): string[][] {
  const out: string[][] = [];
  for (const k of [1, 2, 3]) {
    const articles = JSON.parse(
      readFileSync(new URL(`corpus/fars-news-${k}.json`, SHARED), 'utf8'),
    ) as FarsArticle[];
    for (const a of articles) {
      for (const text of [a.title ?? '', a.abstract ?? '', ...(a.paragraphs ?? [])]) {
        for (const m of text.matchAll(SENTENCE_RE)) {
          const tokens = (m[0].match(TOKEN_RE) ?? []).map(normalizeToken).filter((t) => t !== '');
          if (tokens.length > 0) out.push(tokens);
        }
      }
    }
  }
  return out;
}
