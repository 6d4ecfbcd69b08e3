// Protects the compiled ZWNJ lexicon: both files parse, are compact, hold the forms the restorer relies
// on, and the parser rejects a malformed line naming it.
import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { repairLexiconUrl } from '../../src/repair/lexicon-path.js';
import { parseZwnjLexicon, STEM_ONLY, zwnjLexicon } from '../../src/repair/zwnj-lexicon.js';

describe('compiled ZWNJ lexicon', () => {
  it('loads and holds verb forms, compounds and whole words', () => {
    const lex = zwnjLexicon();
    expect(lex.glued.get('میشود')).toBe('می\u200cشود');
    expect(lex.glued.get('رئیسجمهور')).toBe('رئیس\u200cجمهور');
    expect(lex.spaced.get('میشود')).toBe('می\u200cشود');
    expect(((lex.whole.get('تهران') ?? STEM_ONLY) & STEM_ONLY) === 0).toBe(true);
    expect(lex.glued.size).toBeGreaterThan(20_000);
  });
  it('is compact (a few MB at most)', () => {
    let total = 0;
    for (const f of ['zwnj-forms.tsv', 'whole-words.tsv']) total += statSync(repairLexiconUrl(f)).size;
    expect(total).toBeLessThan(5_000_000);
  });
  it('rejects malformed lines with their line number', () => {
    expect(() => parseZwnjLexicon('کتاب\tg\n', '')).toThrow(/line 1/);
    expect(() => parseZwnjLexicon('', 'ok\nبا\u200cهم\n')).toThrow(/line 2/);
  });
});
