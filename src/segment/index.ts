// STUB (owned by the repair work): sentences and tokens with offsets.
import type { Span, Token } from '../doc.js';

export interface Segmented {
  sentences: Span[];
  tokens: Token[];
}

export function segment(text: string): Segmented {
  const sentences: Span[] = [];
  const tokens: Token[] = [];
  const sentenceRe = /[^.؟?!\n]+[.؟?!]*/g;
  for (const m of text.matchAll(sentenceRe)) {
    const s = sentences.length;
    sentences.push({ start: m.index, end: m.index + m[0].length });
    for (const t of m[0].matchAll(/[^\s.،؛:!?؟«»()]+|[.،؛:!?؟«»()]/g)) {
      tokens.push({ start: m.index + t.index, end: m.index + t.index + t[0].length, text: t[0], sentence: s });
    }
  }
  return { sentences, tokens };
}
