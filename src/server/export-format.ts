// Event export formats for GET /api/export: jsonl (the `rasad query events` line), csv (one row per
// event, actors joined by `;`), and gdelt (tab-separated, the 61 GDELT 2.0 event columns, filled
// where rasad has the value and empty where it does not).
import type { StoredActor, StoredEvent } from '../store/types.js';

export type ExportFormat = 'jsonl' | 'csv' | 'gdelt';

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  jsonl: 'application/x-ndjson; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  gdelt: 'text/tab-separated-values; charset=utf-8',
};

const CSV_COLUMNS = [
  'id',
  'article',
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
  'trigger',
  'num_articles',
  'num_sources',
];

function csvCell(value: unknown): string {
  const s = value == null ? '' : String(value);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
const codes = (actors: StoredActor[]) => actors.map((a) => a.code ?? '').join(';');
const names = (actors: StoredActor[]) => actors.map((a) => a.name).join(';');

export function header(format: ExportFormat): string {
  if (format === 'csv') return `${CSV_COLUMNS.join(',')}\n`;
  if (format === 'gdelt') return `${GDELT_COLUMNS.join('\t')}\n`;
  return '';
}

export function formatEvent(format: ExportFormat, event: StoredEvent, sourceUrl: string | null): string {
  if (format === 'jsonl') return `${JSON.stringify(event)}\n`;
  if (format === 'csv') {
    const row = [
      event.id,
      event.article,
      event.date,
      event.type,
      event.mode,
      event.cameo,
      event.quad,
      codes(event.actor),
      names(event.actor),
      codes(event.recipient),
      names(event.recipient),
      names(event.reported_by),
      event.negated,
      event.future,
      event.confidence,
      event.trigger.text,
      event.num_articles,
      event.num_sources,
    ];
    return `${row.map(csvCell).join(',')}\n`;
  }
  return `${gdeltRow(event, sourceUrl).map(tsvCell).join('\t')}\n`;
}

const tsvCell = (v: string | number | null) => (v == null ? '' : String(v).replace(/[\t\r\n]+/g, ' '));

export const GDELT_COLUMNS = [
  'GLOBALEVENTID',
  'SQLDATE',
  'MonthYear',
  'Year',
  'FractionDate',
  ...actorColumns('Actor1'),
  ...actorColumns('Actor2'),
  'IsRootEvent',
  'EventCode',
  'EventBaseCode',
  'EventRootCode',
  'QuadClass',
  'GoldsteinScale',
  'NumMentions',
  'NumSources',
  'NumArticles',
  'AvgTone',
  ...geoColumns('Actor1Geo'),
  ...geoColumns('Actor2Geo'),
  ...geoColumns('ActionGeo'),
  'DATEADDED',
  'SOURCEURL',
];
function actorColumns(p: string): string[] {
  return [
    'Code',
    'Name',
    'CountryCode',
    'KnownGroupCode',
    'EthnicCode',
    'Religion1Code',
    'Religion2Code',
    'Type1Code',
    'Type2Code',
    'Type3Code',
  ].map((c) => p + c);
}
function geoColumns(p: string): string[] {
  return ['_Type', '_FullName', '_CountryCode', '_ADM1Code', '_ADM2Code', '_Lat', '_Long', '_FeatureID'].map(
    (c) => p + c,
  );
}

function actorCells(actors: StoredActor[]): Array<string | null> {
  const a = actors[0];
  const cells: Array<string | null> = new Array(10).fill(null);
  if (!a) return cells;
  cells[0] = a.code;
  cells[1] = a.name_en ?? a.name;
  cells[2] = a.country;
  cells[7] = a.sector;
  return cells;
}

function gdeltRow(event: StoredEvent, sourceUrl: string | null): Array<string | number | null> {
  const day = event.date ?? '';
  const sqlDate = day.replace(/-/g, '');
  const year = day.slice(0, 4);
  const yearNum = Number(year);
  const start = Date.UTC(yearNum, 0, 1);
  const fraction = day
    ? (yearNum + (Date.parse(`${day}T00:00:00Z`) - start) / (365 * 86_400_000)).toFixed(4)
    : null;
  const cameo = event.cameo ?? '';
  return [
    event.id,
    sqlDate || null,
    sqlDate ? sqlDate.slice(0, 6) : null,
    year || null,
    fraction,
    ...actorCells(event.actor),
    ...actorCells(event.recipient),
    1,
    cameo,
    cameo.slice(0, 3),
    cameo.slice(0, 2),
    event.quad,
    null,
    event.num_articles,
    event.num_sources,
    event.num_articles,
    null,
    ...new Array(24).fill(null),
    sqlDate || null,
    sourceUrl,
  ];
}
