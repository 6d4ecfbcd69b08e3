// The entity ruler's function words are data (lexicon/actors/ruler-words.json): the shipped file must
// parse, a bad list must fail with one line naming the file and the field, and a multi-word entry
// must be matched as its two words read together.
import { describe, expect, it } from 'vitest';
import { letterKey } from '../../../src/resolve/actors/letter-key.js';
import { parseRulerWords, rulerWords } from '../../../src/recognize/ruler/ruler-words.js';

describe('lexicon/actors/ruler-words.json', () => {
  it('the shipped lists load, keyed as the actor lexicon keys words', () => {
    const w = rulerWords();
    expect(w.placePrepositions.has(letterKey('در'))).toBe(true);
    expect(w.clauseOpeners.has(letterKey('زیرا'))).toBe(true);
    expect(w.agentNouns.has(letterKey('میانجی‌گری'))).toBe(true);
    expect(w.fromReasons.has(letterKey('به') + letterKey('دلیل'))).toBe(true);
  });

  it('a list that is missing, empty or not of words fails with one line naming the file and field', () => {
    const base = JSON.parse(
      JSON.stringify({ ...Object.fromEntries([...Object.keys(rulerWords())].map((k) => [k, ['x']])) }),
    );
    expect(() => parseRulerWords({ ...base, agentNouns: [] }, 'f.json')).toThrow(
      'f.json: field "agentNouns": must be a non-empty list of words (got [])',
    );
    expect(() => parseRulerWords({ ...base, byNouns: [3] }, 'f.json')).toThrow('f.json: byNouns entry 1: must be a non-empty word (got 3)');
    const { reflexives: _, ...missing } = base;
    expect(() => parseRulerWords(missing, 'f.json')).toThrow('f.json: field "reflexives": is missing');
    expect(() => parseRulerWords([], 'f.json')).toThrow('f.json: expected object');
  });
});
