// The CAMEO → Goldstein values behind the `gdelt` output format (the ontology, lexicon/ontology/plover.json).
// Expected values are rows of GDELT's CAMEO.goldsteinscale.txt as found in mpiccirilli/UNDP-BCPR-Project
// (commit 08d29bb45bd64d999e6212382fb7cf145f9eb37d); see the file's _sources.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ploverOntology } from '../../src/knowledge/ontology.js';
import { goldstein } from '../../src/store/formats/goldstein.js';

const EVENTS_DIR = new URL('../../lexicon/events/', import.meta.url);

function readJson(name: string): unknown {
  return JSON.parse(readFileSync(new URL(name, EVENTS_DIR), 'utf8'));
}

/** Every string under a `cameo` key, at any depth. */
function cameoCodes(node: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const item of node) cameoCodes(item, out);
  else if (node && typeof node === 'object')
    for (const [key, value] of Object.entries(node)) {
      if (key === 'cameo' && typeof value === 'string') out.add(value);
      else cameoCodes(value, out);
    }
  return out;
}

describe('Goldstein scale table', () => {
  it('holds all 311 published rows: codes of 2–4 digits, values within -10 … +10 in tenths', () => {
    const scale = ploverOntology().goldstein;
    expect(scale.size).toBe(311);
    for (const [code, value] of scale) {
      expect(code).toMatch(/^\d{2,4}$/);
      expect(Math.abs(value)).toBeLessThanOrEqual(10);
      expect(Math.round(value * 10) / 10).toBe(value);
    }
  });

  it.each([
    ['010', 0.0],
    ['011', -0.1],
    ['013', 0.4],
    ['016', -2.0],
    ['018', 3.4],
    ['022', 3.2],
    ['0334', 6.0],
    ['042', 1.9],
    ['043', 2.8],
    ['051', 3.4],
    ['057', 8.0],
    ['061', 6.4],
    ['072', 8.3],
    ['074', 8.5],
    ['0874', 10.0],
    ['124', -4.0],
    ['1246', -4.0],
    ['130', -4.4],
    ['163', -8.0],
    ['165', -6.5],
    ['171', -9.2],
    ['182', -9.5],
    ['1821', -9.0],
    ['1823', -10.0],
    ['190', -10.0],
    ['196', -9.5],
    ['201', -9.5],
    ['2042', -10.0],
  ])('%s is %s as published', (code, value) => {
    expect(goldstein(code)).toBe(value);
  });

  it('gives two-digit root codes their own published value, which can differ from the xx0 code', () => {
    expect(goldstein('13')).toBe(-6.0);
    expect(goldstein('130')).toBe(-4.4);
    expect(goldstein('04')).toBe(1.0);
    expect(goldstein('20')).toBe(-10.0);
  });

  it('falls back from an unlisted four-digit code to its three-digit base, then to the root xx0 code', () => {
    // 1213 and 1214 are CAMEO codes GDELT's table does not list: they take 121's -4.0.
    expect(goldstein('1213')).toBe(-4.0);
    expect(goldstein('1214')).toBe(-4.0);
    // 109 is not listed either: its root's 100.
    expect(goldstein('109')).toBe(-5.0);
    expect(goldstein('')).toBeNull();
    expect(goldstein(null)).toBeNull();
    expect(goldstein('99')).toBeNull();
  });

  it('has a value for every CAMEO code the event lexicon uses', () => {
    const triggerFiles = readdirSync(EVENTS_DIR).filter((f) => /^triggers.*\.json$/.test(f));
    expect(triggerFiles).toContain('triggers.json');
    const codes = new Set<string>();
    for (const file of triggerFiles) cameoCodes(readJson(file), codes);
    for (const code of ploverOntology().cameo.keys()) codes.add(code);
    expect(codes.size).toBeGreaterThan(40);
    const missing = [...codes].filter((code) => typeof goldstein(code) !== 'number');
    expect(missing).toEqual([]);
  });
});
