// Events as CSV (RFC 4180: CRLF line ends, fields with comma, quote or newline quoted, quotes doubled).
import type { StoredActor, StoredEvent } from '../types.js';

export const CSV_COLUMNS = [
  'id',
  'date',
  'type',
  'mode',
  'cameo',
  'quad',
  'actor_codes',
  'actor_names',
  'recipient_codes',
  'recipient_names',
  'reported_by',
  'negated',
  'future',
  'confidence',
  'num_mentions',
  'num_articles',
  'num_sources',
  'article',
  'url',
  'trigger',
  'evidence',
] as const;

export function csvField(value: unknown): string {
  const s = value == null ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const codes = (list: StoredActor[]) => list.map((a) => a.code ?? '').join(';');
const names = (list: StoredActor[]) => list.map((a) => a.name).join(';');

export function csvHeader(): string {
  return `${CSV_COLUMNS.join(',')}\r\n`;
}

export function csvRow(e: StoredEvent): string {
  const values = [
    e.id,
    e.date,
    e.type,
    e.mode,
    e.cameo,
    e.quad,
    codes(e.actor),
    names(e.actor),
    codes(e.recipient),
    names(e.recipient),
    names(e.reported_by),
    e.negated,
    e.future,
    e.confidence,
    e.num_mentions,
    e.num_articles,
    e.num_sources,
    e.article,
    e.url,
    e.trigger.text,
    e.evidence,
  ];
  return `${values.map(csvField).join(',')}\r\n`;
}
