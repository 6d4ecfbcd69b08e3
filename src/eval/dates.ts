// Scores date recognition and resolution against a gold file (layout: docs/eval-dates.md).
// Each gold line is run through rasad's pipeline (the components of src/pipeline.ts, in order, up to
// and including the date recognizer: what comes after cannot change doc.dates); predicted mentions are mapped back to
// the input text (doc.map) and matched to gold mentions by overlapping spans, one to one, in order.
// Detection is scored per calendar (P/R/F1); resolution as the share of gold dates that were found
// with the right value (and the right last day, where the gold gives one).
import { createDoc, type DateMention, type Doc } from '../doc.js';
import { COMPONENTS } from '../pipeline.js';
import { articleText } from '../read/article.js';
import type { Counts } from './score.js';

export interface DateEvalReport {
  byLabel: Map<string, Counts>;
  /** Share of gold dates found with the right span whose value is also right. */
  accuracy: number;
  /** Share of the matched (found) gold dates whose value is right. */
  matchedAccuracy: number;
  gold: number;
  predicted: number;
  /** Gold dates missed or resolved wrongly, and predictions with no gold: for error analysis. */
  errors: DateEvalError[];
}

export interface DateEvalError {
  id: string;
  kind: 'missed' | 'spurious' | 'wrong-value';
  text: string;
  gold?: string;
  predicted?: string;
}

interface GoldDate {
  text: string;
  value: string;
  granularity?: string;
  until?: string;
  calendar?: string;
}

interface GoldLine {
  id: string;
  published: string | null;
  text: string;
  dates: GoldDate[];
}

export class GoldFormatError extends Error {}

/** rasad's pipeline up to the date layer (repair, segmentation, dates …) on one article. */
function runThroughDates(input: { id: string; text: string; published: string | null }): Doc {
  const { meta, text } = articleText(input);
  const doc = createDoc(meta, text);
  for (const [name, component] of COMPONENTS) {
    component(doc, { tagger: false });
    if (name === 'dates') break;
  }
  return doc;
}

function parseGold(jsonl: string): GoldLine[] {
  const out: GoldLine[] = [];
  jsonl.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    let o: unknown;
    try {
      o = JSON.parse(line);
    } catch {
      throw new GoldFormatError(`dates gold line ${i + 1}: not JSON`);
    }
    const g = o as Partial<GoldLine>;
    if (typeof g.text !== 'string') throw new GoldFormatError(`dates gold line ${i + 1}: "text" missing`);
    if (!Array.isArray(g.dates)) throw new GoldFormatError(`dates gold line ${i + 1}: "dates" missing`);
    for (const d of g.dates) {
      if (typeof d?.text !== 'string' || typeof d?.value !== 'string') {
        throw new GoldFormatError(`dates gold line ${i + 1}: every date needs "text" and "value"`);
      }
    }
    out.push({
      id: String(g.id ?? `line-${i + 1}`),
      published: g.published ?? null,
      text: g.text,
      dates: g.dates,
    });
  });
  return out;
}

const bump = (m: Map<string, Counts>, label: string, k: keyof Counts) => {
  const c = m.get(label) ?? { tp: 0, fp: 0, fn: 0 };
  c[k]++;
  m.set(label, c);
};

/** Gold spans in the input text: each surface found after the previous one (or from the start). */
function locate(text: string, dates: GoldDate[]): Array<{ start: number; end: number } | null> {
  let from = 0;
  return dates.map((d) => {
    let at = text.indexOf(d.text, from);
    if (at < 0) at = text.indexOf(d.text);
    if (at < 0) return null;
    from = at + d.text.length;
    return { start: at, end: at + d.text.length };
  });
}

export function evalDates(goldJsonl: string): DateEvalReport {
  const byLabel = new Map<string, Counts>();
  const errors: DateEvalError[] = [];
  let gold = 0;
  let predicted = 0;
  let found = 0;
  let right = 0;
  for (const line of parseGold(goldJsonl)) {
    const doc = runThroughDates({ id: line.id, text: line.text, published: line.published });
    const preds = doc.dates.map((m) => ({ m, span: doc.map.toOriginal(m.start, m.end) }));
    const used = new Set<number>();
    const spans = locate(doc.original, line.dates);
    gold += line.dates.length;
    predicted += preds.length;
    line.dates.forEach((g, gi) => {
      const span = spans[gi];
      let best = -1;
      let bestOverlap = 0;
      if (span) {
        preds.forEach((p, pi) => {
          if (used.has(pi)) return;
          const overlap = Math.min(span.end, p.span.end) - Math.max(span.start, p.span.start);
          if (overlap > bestOverlap) {
            best = pi;
            bestOverlap = overlap;
          }
        });
      }
      const match: DateMention | undefined = best >= 0 ? preds[best]?.m : undefined;
      const label = g.calendar ?? match?.calendar ?? 'unknown';
      if (!match) {
        bump(byLabel, label, 'fn');
        errors.push({ id: line.id, kind: 'missed', text: g.text, gold: g.value });
        return;
      }
      used.add(best);
      bump(byLabel, label, 'tp');
      found++;
      const ok = match.value === g.value && (g.until === undefined || match.until === g.until);
      if (ok) right++;
      else
        errors.push({
          id: line.id,
          kind: 'wrong-value',
          text: g.text,
          gold: g.until ? `${g.value}..${g.until}` : g.value,
          predicted: match.until ? `${match.value}..${match.until}` : match.value,
        });
    });
    preds.forEach((p, pi) => {
      if (used.has(pi)) return;
      bump(byLabel, p.m.calendar, 'fp');
      errors.push({ id: line.id, kind: 'spurious', text: p.m.text, predicted: p.m.value });
    });
  }
  return {
    byLabel,
    accuracy: gold === 0 ? 0 : right / gold,
    matchedAccuracy: found === 0 ? 0 : right / found,
    gold,
    predicted,
    errors,
  };
}
