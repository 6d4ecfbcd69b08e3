// Protects the abbreviation data file (lexicon/repair/abbreviations.json): valid shape, and the
// parser rejects bad entries naming them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAbbreviations } from '../../src/segment/abbreviations.js';

describe('lexicon/repair/abbreviations.json', () => {
  it('is valid', () => {
    const file = JSON.parse(
      readFileSync(new URL('../../lexicon/repair/abbreviations.json', import.meta.url), 'utf8'),
    );
    const set = parseAbbreviations(file);
    expect(set.has('dr')).toBe(true);
    expect(set.size).toBe(file.abbreviations.length);
  });
  it('rejects entries with blanks or a final dot', () => {
    expect(() => parseAbbreviations({ abbreviations: ['ok', 'bad.'] })).toThrow(/abbreviations\.json: abbreviations entry 2: must be a word without blanks or a final dot/);
    expect(() => parseAbbreviations({ abbreviations: ['a b'] })).toThrow(/abbreviations entry 1: /);
    expect(() => parseAbbreviations({})).toThrow();
  });
});
