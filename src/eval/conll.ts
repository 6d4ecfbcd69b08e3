// The CoNLL layout rasad reads (`rasad tag`, `rasad eval --entities`) and strict entity-level
// scoring of it, as conlleval does: an entity counts only when its type and both boundaries match.
//
// Layout: one token per line, a blank line between sentences. A line may carry a gold tag after a TAB
// or after the last `|` (PEYMA's `token|TAG`). With TABs, a line of more than two columns is an error
// naming the line. With `|`, only a suffix that is a tag (O, B_X, I-X …) is split off, so tokens that
// themselves contain `|` survive («a|b» is one token, «a|b|O» is token «a|b» with tag O).

import { tagTokens } from '../recognize/tagger/index.js';
import { ENTITY_TYPES, normalizeTag } from '../recognize/tagger/tags.js';
import type { Counts } from './score.js';

export interface ConllLine {
  token: string;
  /** The gold tag as written, or null when the line has none. */
  tag: string | null;
}

export class ConllFormatError extends Error {}

const TAG_RE = /^(?:O|[BIbi][-_][A-Za-z]+)$/;

/** One line of the layout; null for a blank line (a sentence break). lineNo is 1-based, for errors. */
export function parseConllLine(line: string, lineNo: number): ConllLine | null {
  if (line.endsWith('\r')) line = line.slice(0, -1);
  if (line.trim() === '') return null;
  if (line.includes('\t')) {
    const cols = line.split('\t');
    if (cols.length > 2)
      throw new ConllFormatError(`line ${lineNo}: ${cols.length} columns, expected TOKEN or TOKEN<TAB>TAG`);
    if (cols[0] === '') throw new ConllFormatError(`line ${lineNo}: empty token`);
    return { token: cols[0], tag: cols[1].trim() === '' ? null : cols[1].trim() };
  }
  const bar = line.lastIndexOf('|');
  if (bar > 0 && TAG_RE.test(line.slice(bar + 1).trim()))
    return { token: line.slice(0, bar), tag: line.slice(bar + 1).trim() };
  return { token: line, tag: null };
}

export interface ConllSentence {
  tokens: string[];
  tags: (string | null)[];
  /** 1-based line number of the sentence's first token */
  line: number;
}

/** All sentences of a CoNLL text (blank lines at the start, doubled or at the end are fine). */
export function readConll(text: string): ConllSentence[] {
  const sentences: ConllSentence[] = [];
  let cur: ConllSentence | null = null;
  const lines = text.split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  for (let i = 0; i < lines.length; i++) {
    const parsed = parseConllLine(i === 0 ? lines[i].replace(/^\uFEFF/, '') : lines[i], i + 1);
    if (parsed === null) {
      if (cur) sentences.push(cur);
      cur = null;
      continue;
    }
    cur ??= { tokens: [], tags: [], line: i + 1 };
    cur.tokens.push(parsed.token);
    cur.tags.push(parsed.tag);
  }
  if (cur) sentences.push(cur);
  return sentences;
}

export interface EntitySpan {
  type: string;
  start: number;
  /** exclusive */
  end: number;
}

/**
 * Entity spans of one sentence's tags, conlleval-style: an entity starts at B_X, or at I_X that does
 * not continue an entity of type X, and runs while I_X follows.
 */
export function entitySpans(tags: readonly (string | null)[]): EntitySpan[] {
  const spans: EntitySpan[] = [];
  let open: EntitySpan | null = null;
  for (let i = 0; i < tags.length; i++) {
    const t = normalizeTag(tags[i] ?? 'O');
    const prefix = t[0];
    const type = t.slice(2);
    if (open && (prefix !== 'I' || type !== open.type)) {
      open.end = i;
      spans.push(open);
      open = null;
    }
    if (prefix === 'B' || (prefix === 'I' && open === null)) open = { type, start: i, end: i + 1 };
  }
  if (open) {
    open.end = tags.length;
    spans.push(open);
  }
  return spans;
}

/** Adds one sentence's strict matches into per-type counts. */
export function countSentence(
  gold: readonly (string | null)[],
  predicted: readonly (string | null)[],
  into: Map<string, Counts>,
): void {
  const key = (s: EntitySpan) => `${s.type}:${s.start}:${s.end}`;
  const g = entitySpans(gold);
  const p = entitySpans(predicted);
  const goldKeys = new Set(g.map(key));
  const predKeys = new Set(p.map(key));
  const at = (type: string): Counts => {
    let c = into.get(type);
    if (!c) {
      c = { tp: 0, fp: 0, fn: 0 };
      into.set(type, c);
    }
    return c;
  };
  for (const s of p) {
    if (goldKeys.has(key(s))) at(s.type).tp++;
    else at(s.type).fp++;
  }
  for (const s of g) if (!predKeys.has(key(s))) at(s.type).fn++;
}

/** Scores predicted tags against gold; with no prediction given, tags the gold tokens with rasad's tagger. */
export function evalConll(gold: string, predicted?: string): Map<string, Counts> {
  const goldSentences = readConll(gold);
  const byType = new Map<string, Counts>(ENTITY_TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  if (predicted === undefined) {
    for (const s of goldSentences) countSentence(s.tags, tagTokens(s.tokens), byType);
  } else {
    const predSentences = readConll(predicted);
    const goldCount = goldSentences.reduce((n, s) => n + s.tokens.length, 0);
    const predTags = predSentences.flatMap((s) => s.tags);
    if (predTags.length !== goldCount) {
      throw new ConllFormatError(`predicted file has ${predTags.length} tokens, gold has ${goldCount}`);
    }
    let k = 0;
    for (const s of goldSentences) {
      const p = predTags.slice(k, k + s.tokens.length);
      k += s.tokens.length;
      countSentence(s.tags, p, byType);
    }
  }
  return byType;
}
