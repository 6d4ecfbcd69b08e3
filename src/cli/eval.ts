// `rasad eval`: scores rasad against a gold file (docs/eval.md). Exactly one of --events, --dates,
// --entities; tables by default (formatScores), JSON with --json.
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { evalActors, formatActorReport } from '../eval/actors.js';
import { evalConll } from '../eval/conll.js';
import { evalDates } from '../eval/dates.js';
import {
  evalEvents,
  eventReportJson,
  formatCalibration,
  formatEventReport,
  GoldError,
  type ScoredEvent,
  scoredEvents,
} from '../eval/events.js';
import { type Counts, formatScores, prf } from '../eval/score.js';
import type { ExtractResult } from '../result.js';
import { UserError } from './errors.js';

const USAGE =
  'usage: rasad eval (--events GOLD.jsonl... [--predicted RESULTS.jsonl] [--calibration] | --dates GOLD.jsonl | --entities GOLD.conll [--predicted PRED.conll] | --actors GOLD.jsonl) [--json] [--verbose]';

interface EvalOptions {
  events?: string[];
  calibration?: boolean;
  dates?: string;
  entities?: string;
  actors?: string;
  predicted?: string;
  json?: boolean;
  verbose?: boolean;
}

export function readGoldFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : 'cannot be read';
    throw new UserError(`${path}: ${why}`, 1);
  }
}

/** Checks each non-blank line of a JSONL gold file is JSON, naming file:line when it is not. */
function checkJsonl(text: string, file: string): void {
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '' || line.startsWith('//')) continue;
    try {
      JSON.parse(line);
    } catch {
      throw new UserError(`${file}:${i + 1}: not a JSON object`, 1);
    }
  }
}

/** Calls a scorer that may not be implemented yet or may reject its input: one line, never a stack. */
function run<T>(what: string, file: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof UserError) throw e;
    const message = e instanceof Error ? e.message : String(e);
    const line = message.split('\n')[0];
    throw new UserError(line.startsWith(file) ? line : `${file}: ${what}: ${line}`, 1);
  }
}

/**
 * The date gold carries each article's `text`; the event gold (test/gold/events/dev.jsonl) carries
 * `paragraphs`. Either is accepted: paragraphs are joined by "\n", as rasad reads them.
 */
function withText(jsonl: string): string {
  return jsonl
    .split(/\r?\n/)
    .map((line) => {
      if (line.trim() === '' || line.trim().startsWith('//')) return '';
      const o = JSON.parse(line) as { text?: unknown; paragraphs?: unknown };
      if (typeof o.text !== 'string' && Array.isArray(o.paragraphs)) o.text = o.paragraphs.join('\n');
      return JSON.stringify(o);
    })
    .join('\n');
}

/** Saved extract results (one contract result object a line), by article id. */
function readResults(path: string): Map<string, ScoredEvent[]> {
  const byId = new Map<string, ScoredEvent[]>();
  readGoldFile(path)
    .split(/\r?\n/)
    .forEach((raw, i) => {
      const line = raw.trim();
      if (line === '') return;
      let o: Partial<ExtractResult>;
      try {
        o = JSON.parse(line);
      } catch {
        throw new UserError(`${path}:${i + 1}: not a JSON object`, 1);
      }
      if (typeof o?.id !== 'string') throw new UserError(`${path}:${i + 1}: field "id" missing`, 1);
      if (!Array.isArray(o.events) || !Array.isArray(o.actors)) {
        throw new UserError(`${path}:${i + 1}: not an extract result (needs "events" and "actors")`, 1);
      }
      byId.set(o.id, scoredEvents(o as ExtractResult));
    });
  return byId;
}

const countsJson = (m: Map<string, Counts>) =>
  Object.fromEntries([...m].sort(([a], [b]) => a.localeCompare(b)).map(([k, c]) => [k, { ...c, ...prf(c) }]));

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description(
      'score rasad against a gold file: events (JSONL), dates (JSONL) or entities (CoNLL); P/R/F1 per type',
    )
    .option(
      '--events <files...>',
      'gold events, one article a line (docs/eval.md); several files (dev, test) are scored separately',
    )
    .option('--dates <file>', 'gold dates, one article a line (docs/eval.md)')
    .option('--entities <file>', 'gold entity tags, CoNLL (token|TAG or token<TAB>TAG)')
    .option('--actors <file>', 'gold actor mentions and event locations, one article a line (docs/eval.md)')
    .option(
      '--predicted <file>',
      'with --entities: predicted tags in the same layout (default: tag with rasad); with --events: saved `rasad extract --input jsonl` results, matched by id (default: run rasad)',
    )
    .option('--json', 'print the scores as JSON')
    .option('--verbose', 'with --events: list missed and spurious events per article')
    .option('--calibration', 'with --events: precision of the predictions per confidence band')
    .action((opts: EvalOptions) => {
      const chosen = [opts.events, opts.dates, opts.entities, opts.actors].filter((x) => x !== undefined);
      if (chosen.length !== 1)
        throw new UserError(`eval: give exactly one of --events, --dates, --entities, --actors; ${USAGE}`, 2);
      if (opts.predicted !== undefined && (opts.dates !== undefined || opts.actors !== undefined)) {
        throw new UserError(`eval: --predicted goes with --entities or --events; ${USAGE}`, 2);
      }
      if (opts.calibration && opts.events === undefined) {
        throw new UserError(`eval: --calibration goes with --events; ${USAGE}`, 2);
      }
      let out: string;
      if (opts.events !== undefined) {
        const files = opts.events;
        const predicted = opts.predicted !== undefined ? readResults(opts.predicted) : undefined;
        const reports = files.map((file) => {
          const text = readGoldFile(file);
          checkJsonl(text, file);
          const report = run('events', file, () => {
            try {
              return evalEvents(
                text,
                predicted ? { file, predict: (a) => predicted.get(a.id) ?? [] } : { file },
              );
            } catch (e) {
              if (e instanceof GoldError) throw new UserError(e.message, 1);
              throw e;
            }
          });
          return { file, report };
        });
        if (opts.json) {
          const json = reports.map(({ file, report }) => ({
            file,
            ...(eventReportJson(report, opts.verbose, opts.calibration) as object),
          }));
          // One file keeps the single-report layout scripts already read.
          out = JSON.stringify(json.length === 1 ? json[0] : { reports: json }, null, 2);
        } else {
          out = reports
            .map(({ file, report }) => {
              const body = formatEventReport(report, opts.verbose);
              const cal = opts.calibration
                ? `\n\n## calibration (strict matches)\n${formatCalibration(report)}`
                : '';
              return `${files.length > 1 ? `# ${file}\n` : ''}${body}${cal}`;
            })
            .join('\n\n');
        }
      } else if (opts.actors !== undefined) {
        const file = opts.actors;
        const text = readGoldFile(file);
        checkJsonl(text, file);
        const report = run('actors', file, () => {
          try {
            return evalActors(text, { file });
          } catch (e) {
            if (e instanceof GoldError) throw new UserError(e.message, 1);
            throw e;
          }
        });
        out = opts.json ? JSON.stringify(report, null, 2) : formatActorReport(report, opts.verbose);
      } else if (opts.dates !== undefined) {
        const file = opts.dates;
        const text = readGoldFile(file);
        checkJsonl(text, file);
        const report = run('dates', file, () => evalDates(withText(text)));
        out = opts.json
          ? JSON.stringify({ accuracy: report.accuracy, byLabel: countsJson(report.byLabel) }, null, 2)
          : `${formatScores(report.byLabel)}\naccuracy\t${(100 * report.accuracy).toFixed(2)}`;
      } else {
        const file = opts.entities as string;
        const gold = readGoldFile(file);
        const predicted = opts.predicted !== undefined ? readGoldFile(opts.predicted) : undefined;
        const byLabel = run('entities', file, () => evalConll(gold, predicted));
        out = opts.json ? JSON.stringify(countsJson(byLabel), null, 2) : formatScores(byLabel);
      }
      process.stdout.write(`${out}\n`);
    });
}
