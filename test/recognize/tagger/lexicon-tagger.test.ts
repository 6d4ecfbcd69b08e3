// lexicon/tagger: the tagger's own word lists (names.tsv for the names group, org-heads.txt for the head
// group) must parse: known kinds, no duplicate names, Persian script, no stray whitespace.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NAME_KINDS } from '../../../src/recognize/tagger/features.js';

const lines = (file: string) =>
  readFileSync(new URL(`../../../lexicon/tagger/${file}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'));

describe('lexicon/tagger', () => {
  it('names.tsv: name<TAB>kind, kinds of NAME_KINDS, each name once', () => {
    const rows = lines('names.tsv');
    expect(rows.length).toBeGreaterThan(100);
    const seen = new Set<string>();
    for (const row of rows) {
      const cols = row.split('\t');
      expect(cols, row).toHaveLength(2);
      const [name, kind] = cols;
      expect(name, row).toBe(name.trim());
      expect(name, row).toMatch(/^[\u0600-\u06ff\u200c ]+$/);
      expect((NAME_KINDS as readonly string[]).includes(kind), row).toBe(true);
      expect(seen.has(name), `${name} twice`).toBe(false);
      seen.add(name);
    }
  });

  it('org-heads.txt: one Persian word a line, each once', () => {
    const words = lines('org-heads.txt');
    expect(words.length).toBeGreaterThan(30);
    for (const w of words) expect(w).toMatch(/^[\u0600-\u06ff\u200c]+$/);
    expect(new Set(words).size).toBe(words.length);
  });
});
