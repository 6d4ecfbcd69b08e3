// Event export formats for GET /api/export. The formatting itself is the store's (src/store/formats),
// the same code `rasad query events --format` prints with, so the API and the CLI export the same bytes.
import { csvHeader, csvRow } from '../store/formats/csv.js';
import { gdeltRow } from '../store/formats/gdelt.js';
import { ploverLine } from '../store/formats/plover.js';
import type { StoredEvent } from '../store/types.js';

export const EXPORT_FORMATS = ['jsonl', 'csv', 'gdelt', 'plover'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  jsonl: 'application/x-ndjson; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  gdelt: 'text/tab-separated-values; charset=utf-8',
  plover: 'application/x-ndjson; charset=utf-8',
};

export const EXTENSIONS: Record<ExportFormat, string> = {
  jsonl: 'jsonl',
  csv: 'csv',
  gdelt: 'tsv',
  plover: 'plover.jsonl',
};

/** The first line of a download: CSV has a header row; GDELT ships without one, as GDELT does. */
export function header(format: ExportFormat): string {
  return format === 'csv' ? csvHeader() : '';
}

export function formatEvent(format: ExportFormat, event: StoredEvent): string {
  switch (format) {
    case 'csv':
      return csvRow(event);
    case 'gdelt':
      return gdeltRow(event);
    case 'plover':
      return ploverLine(event);
    default:
      return `${JSON.stringify(event)}\n`;
  }
}
