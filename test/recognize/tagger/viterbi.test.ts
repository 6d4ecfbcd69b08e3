// The decoder must only ever produce well-formed BIO: no I_X at the start or after anything but B_X/I_X.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entitySpans } from '../../../src/eval/conll.js';
import {
  allowedTransition,
  NUM_TAGS,
  normalizeTag,
  TAGS,
  tagIndex,
} from '../../../src/recognize/tagger/tags.js';
import { viterbi } from '../../../src/recognize/tagger/viterbi.js';

const T = NUM_TAGS;
const zeros = () => ({ transition: new Float32Array(T * T), start: new Float32Array(T) });

describe('viterbi', () => {
  it('never starts a sentence with I_ even when the emission prefers it', () => {
    const e = new Float32Array(T);
    e[tagIndex('I_PER')] = 10;
    e[tagIndex('B_LOC')] = 1;
    const { transition, start } = zeros();
    expect(TAGS[viterbi(1, e, transition, start)[0]]).toBe('B_LOC');
  });

  it('never puts I_X after O or after another type', () => {
    const e = new Float32Array(3 * T);
    e[tagIndex('O')] = 20; // token 0 strongly O
    e[T + tagIndex('I_ORG')] = 10; // token 1 wants I_ORG
    e[T + tagIndex('B_ORG')] = 2;
    e[T + tagIndex('B_PER')] = -20; // so that B_PER I_PER does not win instead
    e[2 * T + tagIndex('I_PER')] = 10; // token 2 wants I_PER after an ORG
    e[2 * T + tagIndex('I_ORG')] = 3;
    const { transition, start } = zeros();
    const tags = Array.from(viterbi(3, e, transition, start), (i) => TAGS[i]);
    expect(tags).toEqual(['O', 'B_ORG', 'I_ORG']);
  });

  it('finds the best-scoring path (checked against brute force on short sentences)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 0, max: 2 ** 31 - 1 }), (n, seed) => {
        let s = seed;
        const rnd = () => {
          s = (Math.imul(s, 1103515245) + 12345) >>> 0;
          return (s % 1000) / 100 - 5;
        };
        const e = Float64Array.from({ length: n * T }, rnd);
        const tr = Float64Array.from({ length: T * T }, rnd);
        const st = Float64Array.from({ length: T }, rnd);
        const path = viterbi(n, e, tr, st);
        const scoreOf = (p: number[]) =>
          p.reduce((acc, t, i) => acc + e[i * T + t] + (i === 0 ? st[t] : tr[p[i - 1] * T + t]), 0);
        let best = -Infinity;
        const walk = (p: number[]) => {
          if (p.length === n) {
            best = Math.max(best, scoreOf(p));
            return;
          }
          for (let t = 0; t < T; t++)
            if (allowedTransition(p.length ? p[p.length - 1] : -1, t)) walk([...p, t]);
        };
        walk([]);
        expect(scoreOf(Array.from(path))).toBeCloseTo(best, 6);
      }),
      { numRuns: 30 },
    );
  });

  it('always yields valid BIO, so every I_ continues an entity of its type', () => {
    fc.assert(
      fc.property(
        fc.array(fc.float({ min: -10, max: 10, noNaN: true }), { minLength: T, maxLength: 40 * T }),
        (xs) => {
          const n = Math.floor(xs.length / T);
          const { transition, start } = zeros();
          const tags = Array.from(
            viterbi(n, Float32Array.from(xs.slice(0, n * T)), transition, start),
            (i) => TAGS[i],
          );
          for (let i = 0; i < n; i++) {
            if (tags[i].startsWith('I_')) expect(tags[i - 1]?.slice(2)).toBe(tags[i].slice(2));
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('handles a 10,000-token sentence', () => {
    const n = 10_000;
    const { transition, start } = zeros();
    expect(viterbi(n, new Float32Array(n * T), transition, start)).toHaveLength(n);
  });
});

describe('tags', () => {
  it('accepts B-PER, B_PER and lower case; unknown tags are O', () => {
    expect(normalizeTag('B-PER')).toBe('B_PER');
    expect(normalizeTag('i_loc')).toBe('I_LOC');
    expect(normalizeTag('B-MISC')).toBe('O');
    expect(entitySpans(['B-PER', 'I_PER', 'O'])).toEqual([{ type: 'PER', start: 0, end: 2 }]);
  });
});
