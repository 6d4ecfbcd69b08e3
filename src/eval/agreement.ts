// Dari–Farsi agreement (issue 12 item 7): NTREX gives the same news sentences in Dari (prs) and Farsi
// (fas), line-aligned. Both versions of each document go through rasad; for each sentence the events
// found in either version are compared as (type, actor codes, recipient codes). A coder that reads both
// varieties alike gives the same events for the two versions of a sentence.
import type { ExtractResult } from '../result.js';
import { partitionPoint } from '../text/span-index.js';
import { type ScoredEvent, scoredEvents } from './events.js';

export interface AlignedDocument {
  /** NTREX document id (DOCUMENT_IDS.tsv). */
  id: string;
  /** Position of the document in order of first appearance (0-based). */
  index: number;
  fas: string[];
  prs: string[];
}

export interface AgreementCounts {
  documents: number;
  sentences: number;
  /** Sentences where at least one version gives an event. */
  withEvents: number;
  /** … of which both versions give exactly the same events. */
  same: number;
  /** … of which both versions give the same event types (any arguments). */
  sameTypes: number;
  /** Events of each version, and events paired one to one across versions (same type and codes). */
  fasEvents: number;
  prsEvents: number;
  paired: number;
}

export interface SentenceDisagreement {
  document: string;
  line: number;
  fas: string[];
  prs: string[];
}

/** Splits documents of line-aligned files: `ids[i]` is the document of line i. */
export function alignDocuments(
  ids: readonly string[],
  fas: readonly string[],
  prs: readonly string[],
): AlignedDocument[] {
  if (fas.length !== ids.length || prs.length !== ids.length)
    throw new Error(
      `NTREX files are not line-aligned: ${ids.length} ids, ${fas.length} fas, ${prs.length} prs lines`,
    );
  const docs = new Map<string, AlignedDocument>();
  ids.forEach((id, i) => {
    let d = docs.get(id);
    if (!d) {
      d = { id, index: docs.size, fas: [], prs: [] };
      docs.set(id, d);
    }
    d.fas.push(fas[i]);
    d.prs.push(prs[i]);
  });
  return [...docs.values()];
}

const eventKey = (e: ScoredEvent) =>
  `${e.type} ${[...e.actor].sort().join('+')}>${[...e.recipient].sort().join('+')}`;

/** The events of a result by line of its text (the text keeps the input's line breaks). */
export function eventsByLine(result: ExtractResult, lines: number): string[][] {
  const out: string[][] = Array.from({ length: lines }, () => []);
  const starts: number[] = [0];
  for (let i = 0; i < result.text.length; i++) if (result.text.charCodeAt(i) === 10) starts.push(i + 1);
  // Actors without a code or country are compared as «?»: their spelling differs between the
  // varieties («اوو مورالس»، «ایوو مورالیس»), and codes are what the measure is about.
  const coded = new Set(result.actors.filter((a) => a.code ?? a.country).map((a) => a.id));
  const scored = scoredEvents({
    ...result,
    events: result.events.map((e) => ({
      ...e,
      actor: e.actor.map((id) => (coded.has(id) ? id : '?')),
      recipient: e.recipient.map((id) => (coded.has(id) ? id : '?')),
    })),
  });
  const live = result.events.filter((e) => !e.negated);
  live.forEach((e, k) => {
    // The line holding the trigger: the last line starting at or before it.
    const lo = Math.max(
      0,
      partitionPoint(starts.length, (i) => (starts[i] as number) <= e.trigger.start) - 1,
    );
    if (lo < lines) out[lo].push(eventKey(scored[k]));
  });
  return out;
}

function multisetPairs(a: readonly string[], b: readonly string[]): number {
  const left = new Map<string, number>();
  for (const k of a) left.set(k, (left.get(k) ?? 0) + 1);
  let n = 0;
  for (const k of b) {
    const c = left.get(k) ?? 0;
    if (c > 0) {
      n++;
      left.set(k, c - 1);
    }
  }
  return n;
}

const typesOf = (keys: readonly string[]) => [...new Set(keys.map((k) => k.split(' ')[0]))].sort().join(',');

export function emptyCounts(): AgreementCounts {
  return {
    documents: 0,
    sentences: 0,
    withEvents: 0,
    same: 0,
    sameTypes: 0,
    fasEvents: 0,
    prsEvents: 0,
    paired: 0,
  };
}

/**
 * Adds one document's comparison to `into`. `fas` and `prs` are the events of each line of each
 * version; disagreements are handed to `onDisagreement` (callers keep frozen-test documents unseen).
 */
export function compareDocument(
  into: AgreementCounts,
  id: string,
  fas: readonly string[][],
  prs: readonly string[][],
  onDisagreement?: (d: SentenceDisagreement) => void,
): void {
  into.documents++;
  for (let line = 0; line < fas.length; line++) {
    const f = [...fas[line]].sort();
    const p = [...(prs[line] ?? [])].sort();
    into.sentences++;
    into.fasEvents += f.length;
    into.prsEvents += p.length;
    if (f.length === 0 && p.length === 0) continue;
    into.withEvents++;
    const pairs = multisetPairs(f, p);
    into.paired += pairs;
    if (pairs === f.length && pairs === p.length) into.same++;
    else onDisagreement?.({ document: id, line, fas: f, prs: p });
    if (typesOf(f) === typesOf(p)) into.sameTypes++;
  }
}

/** Shares derived from the counts: sentence agreement, type agreement and the event-level Dice. */
export function agreementRates(c: AgreementCounts): { sentence: number; types: number; dice: number } {
  return {
    sentence: c.withEvents ? c.same / c.withEvents : 1,
    types: c.withEvents ? c.sameTypes / c.withEvents : 1,
    dice: c.fasEvents + c.prsEvents ? (2 * c.paired) / (c.fasEvents + c.prsEvents) : 1,
  };
}
