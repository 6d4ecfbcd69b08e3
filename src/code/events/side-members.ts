// One side, one party: «نوجوان لبنانی را که در خاک لبنان چوپانی می‌کرد … کشته‌اند» reads both the
// youth (LBNCVL) and the place's state (LBN) as the ones struck, «با تبریک … به جمهوری اسلامی ایران و
// ظریف» both the state (IRN) and its minister (IRNGOV). A bare state beside an actor of its own in one
// side names no second party: the state is where its member is, or the whole the member stands for.
// The coding convention names the most specific party (dev gold never lists a state with one of its
// own sectors on one side), so the bare state is left out.

import { isBareStateCode } from '../../resolve/actors/dated-codes.js';

/**
 * The side `ids` without the actors coded as a bare state when another actor of the side is coded
 * as a sector of that state (its code starts with the state's). Order is kept; a side with no such
 * pair is returned as is.
 */
export function withoutContainingStates(ids: readonly string[], codeOf: (id: string) => string): string[] {
  if (ids.length < 2) return [...ids];
  const codes = ids.map(codeOf);
  return ids.filter((_, i) => {
    const code = codes[i];
    if (!isBareStateCode(code)) return true;
    return !codes.some((other, j) => j !== i && other.length > code.length && other.startsWith(code));
  });
}
