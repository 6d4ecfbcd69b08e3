// The event export formats, chosen in one place for `rasad query events|export --format` and
// GET /api/export, so the CLI and the API write the same bytes. The rows themselves are the store's
// formatters (src/store/formats). GDELT 2.0 event files ship without a header row, so `gdelt` has
// none unless asked for (`--header`); CSV always starts with its header row.
import { EXPORT_FORMATS, type ExportFormat } from '../api-types.js';
import { csvHeader, csvRow } from '../store/formats/csv.js';
import { gdeltHeader, gdeltRow } from '../store/formats/gdelt.js';
import { ploverLine } from '../store/formats/plover.js';
import type { StoredEvent } from '../store/types.js';

export { EXPORT_FORMATS, type ExportFormat };

export function isExportFormat(s: string): s is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(s);
}

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

/** What comes before the first row: CSV's header row; GDELT's column names only when asked for. */
export function header(format: ExportFormat, options: { gdeltHeader?: boolean } = {}): string {
  if (format === 'csv') return csvHeader();
  if (format === 'gdelt' && options.gdeltHeader) return gdeltHeader();
  return '';
}

/** One event as one row (one line) of the format. */
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
