// Export of exactly the events the analyst has filtered on screen, as CSV or JSON lines, built in
// the browser from the same list the table shows (no second query that could disagree).
import type { StoredActor, StoredEvent } from './api.js';

export interface ExportMark {
  /** 'wrong', 'corrected' or '' — a correction's flag beside the machine's row. */
  correction: string;
}

const codes = (actors: StoredActor[]) => actors.map((a) => a.code ?? a.name).join(';');

function csvCell(v: unknown): string {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const CSV_COLUMNS = [
  'id',
  'date',
  'type',
  'mode',
  'cameo',
  'quad',
  'actor',
  'recipient',
  'trigger',
  'evidence',
  'confidence',
  'negated',
  'future',
  'article',
  'source',
  'location',
  'correction',
] as const;

export function toCsv(events: StoredEvent[], mark: (e: StoredEvent) => string = () => ''): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const e of events) {
    const loc = (e as { location?: { name?: string } | null }).location;
    const row = [
      e.id,
      e.date,
      e.type,
      e.mode,
      e.cameo,
      e.quad,
      codes(e.actor),
      codes(e.recipient),
      e.trigger.text,
      e.evidence ?? '',
      e.confidence,
      e.negated,
      e.future,
      e.article,
      e.source ?? '',
      loc?.name ?? '',
      mark(e),
    ];
    lines.push(row.map(csvCell).join(','));
  }
  return `${lines.join('\n')}\n`;
}

export function toJsonl(events: StoredEvent[], mark: (e: StoredEvent) => string = () => ''): string {
  return events
    .map((e) => {
      const m = mark(e);
      return `${JSON.stringify(m ? { ...e, correction: m } : e)}\n`;
    })
    .join('');
}
