// Every Doc token carries its lookup key, made once by the one fold (src/text/fold.ts), so the stages
// that look tokens up (places now) read it instead of folding the text again.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';
import { foldKey } from '../../src/text/fold.js';

describe('token keys', () => {
  it('each token’s key is the fold of its text', () => {
    const { tokens } = segment('رئيس‌جمهور آمريكا در كابل گفت: «مذاكرات ادامه دارد».');
    expect(tokens.length).toBeGreaterThan(8);
    for (const t of tokens) expect(t.key).toBe(foldKey(t.text));
  });
  it('folds Arabic letters and drops the ZWNJ, as the actor and place keys do', () => {
    const { tokens } = segment('رئيس‌جمهور كابل');
    expect(tokens.map((t) => t.key)).toEqual([foldKey('رئیس جمهور'), foldKey('کابل')]);
    expect(tokens[1]?.key).not.toContain('ك');
  });
});
