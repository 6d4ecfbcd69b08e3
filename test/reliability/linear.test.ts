// Every stage linear in its input (issue 10): each adversarial family is run at n and at 4n, and
// each stage's CPU time and the retained memory must grow about 4× (at most 10×; a quadratic stage
// grows 16×). Ratios against the same machine's own smaller run, never absolute times; the least of
// several runs, CPU time rather than the wall clock, so other processes do not count
// (adversarial.ts, superLinear).
import { beforeAll, describe, expect, it } from 'vitest';
import { FAMILIES, measure, superLinearConfirmed } from './adversarial.js';

beforeAll(() => {
  // Lexicons, models and tables load on first use: not part of any article's cost.
  for (const f of FAMILIES) measure(f.text(20), 1);
}, 120_000);

describe('every stage is linear in its input', () => {
  for (const family of FAMILIES) {
    it(`${family.name}: ${family.what}`, () => {
      // Longer looks before failing (the least of more runs, up to three attempts): another process's burst can
      // slow some runs, never all, while a quadratic stage is over the ratio every time.
      const over = superLinearConfirmed(family.text, family.base);
      expect(over).toEqual([]);
    }, 180_000);
  }
});
