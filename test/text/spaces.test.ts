// isRegexSpace stands in for «\s» in hot loops (the quote trimmer, the boilerplate key's length
// bound): it must agree with the regular expression on every UTF-16 code unit, or a trimmed quote
// or a boilerplate line would differ from what the regular-expression version gave.
import { describe, expect, it } from 'vitest';
import { isRegexSpace } from '../../src/text/spaces.js';

describe('isRegexSpace', () => {
  it('agrees with /\\s/ on every code unit, and ZWNJ is no space', () => {
    const disagree: number[] = [];
    for (let c = 0; c <= 0xffff; c++)
      if (isRegexSpace(c) !== /\s/.test(String.fromCharCode(c))) disagree.push(c);
    expect(disagree).toEqual([]);
    expect(isRegexSpace(0x200c)).toBe(false);
  });
});
