// The one export-format module behind `rasad query events --format` and GET /api/export.
import { describe, expect, it } from 'vitest';
import {
  CONTENT_TYPES,
  EXPORT_FORMATS,
  EXTENSIONS,
  header,
  isExportFormat,
} from '../../src/export/formats.js';

describe('export formats', () => {
  it('GDELT has no header row unless asked for (GDELT 2.0 event files ship without one)', () => {
    expect(header('gdelt')).toBe('');
    const row = header('gdelt', { gdeltHeader: true });
    expect(row.endsWith('\n')).toBe(true);
    // The GDELT 2.0 event table has 61 columns, the first the event id.
    expect(row.trimEnd().split('\t')).toHaveLength(61);
    expect(row.split('\t')[0]).toBe('GlobalEventID');
  });

  it('CSV always starts with its header row; the JSON-lines formats never have one', () => {
    expect(header('csv').split(',')[0]).toBe('id');
    expect(header('csv', { gdeltHeader: false })).toBe(header('csv'));
    expect(header('jsonl', { gdeltHeader: true })).toBe('');
    expect(header('plover', { gdeltHeader: true })).toBe('');
  });

  it('knows exactly the four formats, each with a content type and a file extension', () => {
    expect([...EXPORT_FORMATS]).toEqual(['jsonl', 'csv', 'gdelt', 'plover']);
    expect(isExportFormat('gdelt')).toBe(true);
    expect(isExportFormat('tsv')).toBe(false);
    for (const f of EXPORT_FORMATS) {
      expect(CONTENT_TYPES[f]).toMatch(/charset=utf-8$/);
      expect(EXTENSIONS[f]).toBeTruthy();
    }
  });
});
