// Every stage linear in its input (issue 10): each adversarial family is run at n and at 4n, and
// time and retained memory must grow about 4× (at most 8×; a quadratic stage grows 16×). Ratios
// against the same machine's own smaller run, never absolute times; the fastest of two runs each,
// so another process's burst does not count.
import { beforeAll, describe, expect, it } from 'vitest';
import { FAMILIES, measure } from './adversarial.js';

const FACTOR = 4;
/** Growth allowed for 4× the input: linear is 4, n log n about 5, quadratic 16. */
const MAX_RATIO = 10;
/** Stages faster than this at 4n are below timer noise: only the total is judged for them. */
const JUDGED_MS = 40;
/** Floors for the small run, so a stage that takes almost nothing there cannot make a ratio of noise. */
const FLOOR_MS = 3;
const FLOOR_BYTES = 512 * 1024;

beforeAll(() => {
  // Lexicons, models and tables load on first use: not part of any article's cost.
  for (const f of FAMILIES) measure(f.text(20), 1);
}, 120_000);

/** What grew more than MAX_RATIO from n to 4n (empty when all is linear). */
function superLinear(text: (n: number) => string, base: number): string[] {
  // Once at the small size first: the JIT compiles what this family exercises.
  measure(text(base), 1);
  const small = measure(text(base), 3);
  const large = measure(text(base * FACTOR), 2);
  const over: string[] = [];
  for (const [stage, ms] of Object.entries(large.ms)) {
    if (stage !== 'total' && ms < JUDGED_MS) continue;
    const r = ms / Math.max(small.ms[stage] ?? 0, FLOOR_MS);
    if (r > MAX_RATIO) over.push(`${stage}: CPU time ×${r.toFixed(1)} for ×${FACTOR} input`);
  }
  const m = large.retained / Math.max(small.retained, FLOOR_BYTES);
  if (m > MAX_RATIO) over.push(`retained memory ×${m.toFixed(1)} for ×${FACTOR} input`);
  return over;
}

describe('every stage is linear in its input', () => {
  for (const family of FAMILIES) {
    it(`${family.name}: ${family.what}`, () => {
      // A second look before failing: another process's burst can slow one run, never both, while
      // a quadratic stage is over the ratio every time.
      let over = superLinear(family.text, family.base);
      if (over.length > 0) over = superLinear(family.text, family.base);
      expect(over).toEqual([]);
    }, 60_000);
  }
});
