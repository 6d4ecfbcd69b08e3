// Scores rasad's events against a gold file of expected (type, actor, recipient, date) tuples
// (layout: docs/eval.md). Matching is on actor *codes*, one-to-one and greedy; four scores are kept:
// strict (codes equal, dates equal when both are given), lenient (a code also matches another with the
// same three-letter country prefix, e.g. RUS ~ RUSGOV), and both of these ignoring dates.
import { PLOVER_TYPES, type PloverType } from '../doc.js';
import { extract } from '../pipeline.js';
import type { ExtractResult } from '../result.js';
import { addCounts, type Counts, formatScores, prf, type Scores } from './score.js';

export { PLOVER_TYPES };

/** One expected event of a gold article. */
export interface GoldEvent {
  type: PloverType;
  mode?: string | null;
  cameo?: string;
  actor: string[];
  recipient: string[];
  date?: string | null;
  negated?: boolean;
  /** A reading two annotators could defend: missing it is no error, predicting it is no error either. */
  optional?: boolean;
  evidence?: string;
  note?: string;
}

export interface GoldDate {
  text: string;
  value: string;
  granularity?: string;
  until?: string;
}

/** One line of a gold file. */
export interface GoldArticle {
  id: string;
  published: string | null;
  title?: string | null;
  paragraphs?: string[];
  text?: string;
  events: GoldEvent[];
  dates?: GoldDate[];
  /** Traps documented by the annotator (a negation, a hypothetical, a phone interview): not scored. */
  not_events?: unknown[];
  note?: string;
}

/** A predicted event reduced to what is scored: codes instead of actor ids. */
export interface ScoredEvent {
  type: string;
  actor: string[];
  recipient: string[];
  date: string | null;
  evidence?: string;
  /** The predicted event's confidence, for the calibration table. */
  confidence?: number;
  /** Gold only: an optional event. */
  optional?: boolean;
}

export type MatchMode = 'strict' | 'lenient' | 'strictNoDate' | 'lenientNoDate';
export const MATCH_MODES: readonly MatchMode[] = ['strict', 'lenient', 'strictNoDate', 'lenientNoDate'];

export interface ArticleErrors {
  id: string;
  /** Gold events not matched (strict). */
  missed: ScoredEvent[];
  /** Predicted events not matched (strict). */
  spurious: ScoredEvent[];
  matched: number;
}

export interface EventEvalReport {
  articles: number;
  goldEvents: number;
  predictedEvents: number;
  /** Counts per PLOVER type for each matching mode. */
  byType: Record<MatchMode, Map<string, Counts>>;
  overall: Record<MatchMode, Scores & Counts>;
  /** Per-article strict errors, for developers (`rasad eval --events FILE --verbose`). */
  errors: ArticleErrors[];
  /** Gold events marked optional, and predictions that matched one (counted neither way). */
  optionalGold: number;
  optionalMatched: number;
  /** Every scored prediction's confidence and whether it was right (a strict match). */
  calibration: Array<{ confidence: number; right: boolean }>;
}

export interface EventEvalOptions {
  /** Name of the gold file, for error messages. */
  file?: string;
  /**
   * Predicts the events of one gold article. Defaults to rasad's pipeline (`extract`), with the text
   * being the paragraphs joined by "\n" and the gold's publication date.
   */
  predict?: (article: GoldArticle) => ScoredEvent[];
}

/** Bad gold input: names the file and line. */
export class GoldError extends Error {}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Parses a gold JSONL file; blank lines and lines starting with `//` are skipped. */
export function parseGold(goldJsonl: string, file = 'gold'): GoldArticle[] {
  const articles: GoldArticle[] = [];
  const lines = goldJsonl.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '' || line.startsWith('//')) continue;
    const where = `${file}:${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new GoldError(`${where}: not a JSON object`);
    }
    articles.push(checkArticle(value, where));
  }
  return articles;
}

function checkArticle(value: unknown, where: string): GoldArticle {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new GoldError(`${where}: not a JSON object`);
  }
  const a = value as Record<string, unknown>;
  if (typeof a.id !== 'string' || a.id === '')
    throw new GoldError(`${where}: field "id" missing or not a string`);
  if (a.published != null && (typeof a.published !== 'string' || !ISO_DAY.test(a.published))) {
    throw new GoldError(`${where}: field "published" is not YYYY-MM-DD or null`);
  }
  if (
    a.paragraphs != null &&
    (!Array.isArray(a.paragraphs) || a.paragraphs.some((p) => typeof p !== 'string'))
  ) {
    throw new GoldError(`${where}: field "paragraphs" is not a list of strings`);
  }
  if (a.paragraphs == null && typeof a.text !== 'string') {
    throw new GoldError(`${where}: needs "paragraphs" or "text"`);
  }
  if (!Array.isArray(a.events)) throw new GoldError(`${where}: field "events" missing or not a list`);
  if (a.not_events != null && !Array.isArray(a.not_events))
    throw new GoldError(`${where}: field "not_events" is not a list`);
  a.events.forEach((e, k) => {
    checkEvent(e, `${where}: events[${k}]`);
  });
  return a as unknown as GoldArticle;
}

function checkEvent(value: unknown, where: string): void {
  if (typeof value !== 'object' || value === null) throw new GoldError(`${where}: not an object`);
  const e = value as Record<string, unknown>;
  if (typeof e.type !== 'string' || !(PLOVER_TYPES as readonly string[]).includes(e.type)) {
    throw new GoldError(`${where}: field "type" is not a PLOVER type`);
  }
  for (const f of ['actor', 'recipient'] as const) {
    if (!Array.isArray(e[f]) || (e[f] as unknown[]).some((c) => typeof c !== 'string')) {
      throw new GoldError(`${where}: field "${f}" is not a list of codes`);
    }
  }
  if (e.date != null && (typeof e.date !== 'string' || !ISO_DAY.test(e.date))) {
    throw new GoldError(`${where}: field "date" is not YYYY-MM-DD or null`);
  }
  if (e.optional != null && typeof e.optional !== 'boolean') {
    throw new GoldError(`${where}: field "optional" is not true or false`);
  }
}

/** The text rasad reads for a gold article. */
export function goldText(article: GoldArticle): string {
  return article.paragraphs ? article.paragraphs.join('\n') : (article.text ?? '');
}

/** Reduces a contract result's events to codes; negated events are dropped. */
export function scoredEvents(result: ExtractResult): ScoredEvent[] {
  const codeOf = new Map(result.actors.map((a) => [a.id, a.code ?? a.country ?? a.name]));
  const codes = (ids: string[]) => [...new Set(ids.map((id) => codeOf.get(id) ?? id))];
  return result.events
    .filter((e) => !e.negated)
    .map((e) => ({
      type: e.type,
      actor: codes(e.actor),
      recipient: codes(e.recipient),
      date: e.date,
      evidence: e.trigger?.text,
      confidence: e.confidence,
    }));
}

export function predictWithRasad(article: GoldArticle): ScoredEvent[] {
  const result = extract({
    id: article.id,
    title: article.title ?? null,
    text: goldText(article),
    published: article.published,
  });
  return scoredEvents(result);
}

/** Three-letter prefixes that are not countries: IGOs, militant and non-governmental groups, regions. */
const NON_STATE = new Set([
  'IGO',
  'IMG',
  'NGO',
  'NGM',
  'MNC',
  'UIS',
  'INT',
  'WST',
  'MEA',
  'AFR',
  'EUR',
  'ASA',
  'LAM',
  'SAS',
  'SEA',
  'CAS',
]);

/**
 * The lenient relation between two codes: the same country (RUS ~ RUSGOV ~ RUSMIL); for non-state codes,
 * one a prefix of the other (IGOUNO ~ IGOUNOIAE, but IGOUNO ≁ IGOEUREEC).
 */
export function sameCountry(a: string, b: string): boolean {
  if (a === b) return true;
  const pa = a.slice(0, 3);
  if (pa !== b.slice(0, 3)) return false;
  if (!NON_STATE.has(pa)) return true;
  return a.startsWith(b) || b.startsWith(a);
}

/** Set comparison of two code lists: equal sets (strict), or a one-to-one pairing where codes are equal or share their country prefix (lenient). */
export function codesMatch(gold: readonly string[], predicted: readonly string[], lenient: boolean): boolean {
  const g = [...new Set(gold)];
  const p = [...new Set(predicted)];
  if (g.length !== p.length) return false;
  if (!lenient) return g.every((c) => p.includes(c));
  // Exact codes first, then country prefixes, greedily; lists are tiny.
  const rest = p.filter((c) => !g.includes(c));
  const gRest = g.filter((c) => !p.includes(c));
  for (const c of gRest) {
    const k = rest.findIndex((q) => sameCountry(q, c));
    if (k < 0) return false;
    rest.splice(k, 1);
  }
  return true;
}

export function eventsMatch(gold: ScoredEvent, predicted: ScoredEvent, mode: MatchMode): boolean {
  if (gold.type !== predicted.type) return false;
  const lenient = mode === 'lenient' || mode === 'lenientNoDate';
  const dated = mode === 'strict' || mode === 'lenient';
  if (dated && gold.date && predicted.date && gold.date !== predicted.date) return false;
  return (
    codesMatch(gold.actor, predicted.actor, lenient) &&
    codesMatch(gold.recipient, predicted.recipient, lenient)
  );
}

export interface MatchResult {
  /** Pairs of (gold index, predicted index). */
  pairs: Array<[number, number]>;
  missed: number[];
  spurious: number[];
}

/**
 * One-to-one greedy matching: each gold event in order takes the first unused predicted event that
 * matches it (predicted events whose codes are exactly equal are preferred over lenient ones).
 */
export function matchEvents(
  gold: readonly ScoredEvent[],
  predicted: readonly ScoredEvent[],
  mode: MatchMode,
): MatchResult {
  const used = new Set<number>();
  const pairs: Array<[number, number]> = [];
  const missed: number[] = [];
  const strictFirst: MatchMode =
    mode === 'lenient' ? 'strict' : mode === 'lenientNoDate' ? 'strictNoDate' : mode;
  gold.forEach((g, gi) => {
    let pi = predicted.findIndex((p, k) => !used.has(k) && eventsMatch(g, p, strictFirst));
    if (pi < 0 && strictFirst !== mode)
      pi = predicted.findIndex((p, k) => !used.has(k) && eventsMatch(g, p, mode));
    if (pi < 0) missed.push(gi);
    else {
      used.add(pi);
      pairs.push([gi, pi]);
    }
  });
  const spurious = predicted.map((_, k) => k).filter((k) => !used.has(k));
  return { pairs, missed, spurious };
}

function bump(byType: Map<string, Counts>, type: string, field: keyof Counts): void {
  let c = byType.get(type);
  if (!c) {
    c = { tp: 0, fp: 0, fn: 0 };
    byType.set(type, c);
  }
  c[field]++;
}

export function goldToScored(e: GoldEvent): ScoredEvent {
  return {
    type: e.type,
    actor: e.actor,
    recipient: e.recipient,
    date: e.date ?? null,
    evidence: e.evidence,
    ...(e.optional ? { optional: true } : {}),
  };
}

/**
 * Matches the required gold events first; the optional ones then take what is left, so a prediction
 * matching an optional event is neither a true nor a false positive, and a missed optional event is
 * no false negative. Pairs and missed indices refer to `required` and `optional` separately.
 */
export function matchWithOptional(
  required: readonly ScoredEvent[],
  optional: readonly ScoredEvent[],
  predicted: readonly ScoredEvent[],
  mode: MatchMode,
): MatchResult & { optionalTaken: number[] } {
  const m = matchEvents(required, predicted, mode);
  if (optional.length === 0) return { ...m, optionalTaken: [] };
  const left = m.spurious;
  const o = matchEvents(
    optional,
    left.map((k) => predicted[k]),
    mode,
  );
  const taken = new Set(o.pairs.map(([, k]) => left[k]));
  return { ...m, spurious: left.filter((k) => !taken.has(k)), optionalTaken: [...taken] };
}

/** Scores predicted events against gold articles already parsed. */
export function scoreArticles(
  articles: readonly GoldArticle[],
  predict: (article: GoldArticle) => ScoredEvent[],
): EventEvalReport {
  const byType = Object.fromEntries(MATCH_MODES.map((m) => [m, new Map<string, Counts>()])) as Record<
    MatchMode,
    Map<string, Counts>
  >;
  const errors: ArticleErrors[] = [];
  let goldEvents = 0;
  let predictedEvents = 0;
  let optionalGold = 0;
  let optionalMatched = 0;
  const calibration: EventEvalReport['calibration'] = [];
  for (const article of articles) {
    const all = article.events.filter((e) => !e.negated).map(goldToScored);
    const gold = all.filter((e) => !e.optional);
    const optional = all.filter((e) => e.optional);
    const predicted = predict(article);
    goldEvents += gold.length;
    optionalGold += optional.length;
    predictedEvents += predicted.length;
    for (const mode of MATCH_MODES) {
      const m = matchWithOptional(gold, optional, predicted, mode);
      for (const [gi] of m.pairs) bump(byType[mode], gold[gi].type, 'tp');
      for (const gi of m.missed) bump(byType[mode], gold[gi].type, 'fn');
      for (const pi of m.spurious) bump(byType[mode], predicted[pi].type, 'fp');
      if (mode === 'strict') {
        optionalMatched += m.optionalTaken.length;
        const right = new Set(m.pairs.map(([, pi]) => pi));
        const neither = new Set(m.optionalTaken);
        predicted.forEach((p, pi) => {
          if (!neither.has(pi)) calibration.push({ confidence: p.confidence ?? 0, right: right.has(pi) });
        });
        errors.push({
          id: article.id,
          matched: m.pairs.length,
          missed: m.missed.map((i) => gold[i]),
          spurious: m.spurious.map((i) => predicted[i]),
        });
      }
    }
  }
  const overall = Object.fromEntries(
    MATCH_MODES.map((m) => {
      const total: Counts = { tp: 0, fp: 0, fn: 0 };
      for (const c of byType[m].values()) addCounts(total, c);
      return [m, { ...total, ...prf(total) }];
    }),
  ) as EventEvalReport['overall'];
  return {
    articles: articles.length,
    goldEvents,
    predictedEvents,
    byType,
    overall,
    errors,
    optionalGold,
    optionalMatched,
    calibration,
  };
}

/** Runs rasad (or `options.predict`) over every gold article of a JSONL file and scores its events. */
export function evalEvents(goldJsonl: string, options: EventEvalOptions = {}): EventEvalReport {
  const articles = parseGold(goldJsonl, options.file);
  return scoreArticles(articles, options.predict ?? predictWithRasad);
}

const fmtEvent = (e: ScoredEvent) =>
  `${e.type} [${e.actor.join(',')}] -> [${e.recipient.join(',')}] ${e.date ?? '-'}${e.evidence ? ` «${e.evidence}»` : ''}`;

/** The report as tables: strict and lenient per type, then the date-agnostic overall rows. */
export function formatEventReport(report: EventEvalReport, verbose = false): string {
  const out: string[] = [];
  out.push(
    `articles ${report.articles}, gold events ${report.goldEvents}, predicted events ${report.predictedEvents}` +
      (report.optionalGold
        ? `; optional gold events ${report.optionalGold} (predictions matching them ${report.optionalMatched}, not scored)`
        : ''),
  );
  const titles: Record<MatchMode, string> = {
    strict: 'strict (codes equal; dates equal when both given)',
    lenient: 'lenient (codes equal or same country prefix; dates equal when both given)',
    strictNoDate: 'strict, date-agnostic',
    lenientNoDate: 'lenient, date-agnostic',
  };
  for (const mode of MATCH_MODES) {
    out.push('', `## ${titles[mode]}`, formatScores(report.byType[mode]));
  }
  if (verbose) {
    out.push('', '## errors per article (strict)');
    for (const a of report.errors) {
      if (a.missed.length === 0 && a.spurious.length === 0) continue;
      out.push(`${a.id}: matched ${a.matched}, missed ${a.missed.length}, spurious ${a.spurious.length}`);
      for (const e of a.missed) out.push(`  missed   ${fmtEvent(e)}`);
      for (const e of a.spurious) out.push(`  spurious ${fmtEvent(e)}`);
    }
  }
  return out.join('\n');
}

/** Bins of the calibration table: [from, to) of confidence, the last one closed. */
export const CALIBRATION_BINS: ReadonlyArray<readonly [number, number]> = [
  [0, 0.5],
  [0.5, 0.6],
  [0.6, 0.7],
  [0.7, 0.8],
  [0.8, 0.9],
  [0.9, 1.0001],
];
export const CALIBRATION_THRESHOLDS = [0.5, 0.6, 0.7, 0.8, 0.9];

export interface CalibrationRow {
  label: string;
  predicted: number;
  right: number;
  /** Share of the predictions in the row that are right (strict matches); null when the row is empty. */
  precision: number | null;
}

/** Precision of the predictions per confidence bin and at or above each threshold. */
export function calibrationTable(report: EventEvalReport): {
  bins: CalibrationRow[];
  atLeast: CalibrationRow[];
} {
  const row = (label: string, keep: (c: number) => boolean): CalibrationRow => {
    const rows = report.calibration.filter((p) => keep(p.confidence));
    const right = rows.filter((p) => p.right).length;
    return { label, predicted: rows.length, right, precision: rows.length ? right / rows.length : null };
  };
  return {
    bins: CALIBRATION_BINS.map(([lo, hi]) =>
      row(`[${lo.toFixed(1)}, ${Math.min(hi, 1).toFixed(1)}${hi > 1 ? ']' : ')'}`, (c) => c >= lo && c < hi),
    ),
    atLeast: CALIBRATION_THRESHOLDS.map((t) => row(`>= ${t.toFixed(1)}`, (c) => c >= t)),
  };
}

export function formatCalibration(report: EventEvalReport): string {
  const t = calibrationTable(report);
  const pct = (x: number | null) => (x === null ? '-' : (100 * x).toFixed(1));
  const lines = ['confidence	predicted	right	precision'];
  for (const r of [...t.bins, ...t.atLeast])
    lines.push(`${r.label}	${r.predicted}	${r.right}	${pct(r.precision)}`);
  return lines.join('\n');
}

/** The report as plain JSON (maps become objects). */
export function eventReportJson(report: EventEvalReport, verbose = false, calibration = false): unknown {
  const byType = Object.fromEntries(
    MATCH_MODES.map((m) => [
      m,
      Object.fromEntries(
        [...report.byType[m]]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([t, c]) => [t, { ...c, ...prf(c) }]),
      ),
    ]),
  );
  return {
    articles: report.articles,
    goldEvents: report.goldEvents,
    predictedEvents: report.predictedEvents,
    overall: report.overall,
    optionalGold: report.optionalGold,
    optionalMatched: report.optionalMatched,
    byType,
    ...(calibration ? { calibration: calibrationTable(report) } : {}),
    ...(verbose ? { errors: report.errors } : {}),
  };
}
