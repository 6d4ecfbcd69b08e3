// Repair: clean boilerplate → normalize letters, digits, kashida, diacritics → fix spacing → restore
// ZWNJ. Each step is its own module returning its text and the map back to its input; the maps compose,
// so every character of the repaired text leads back to its span in the original input.
import type { OffsetMap } from '../doc.js';
import { cleanBoilerplate, isBoilerplateLine } from './clean-boilerplate.js';
import { normalizeLetters } from './normalize-letters.js';
import { normalizeSpacing } from './normalize-spacing.js';
import { compose, identity, type StepResult } from './offset-map.js';
import { restoreZwnj } from './restore-zwnj.js';

export interface Repaired {
  text: string;
  map: OffsetMap;
  /** Edits made by each step (0: the step changed nothing). */
  edits: { boilerplate: number; letters: number; spacing: number; zwnj: number };
}

const STEPS = [
  ['boilerplate', cleanBoilerplate],
  ['letters', normalizeLetters],
  ['spacing', normalizeSpacing],
  ['zwnj', restoreZwnj],
] as const satisfies ReadonlyArray<readonly [string, (s: string) => StepResult]>;

export function repair(input: string): Repaired {
  let text = input;
  let map: OffsetMap = identity(input.length);
  const edits = { boilerplate: 0, letters: 0, spacing: 0, zwnj: 0 };
  for (const [name, step] of STEPS) {
    const r = step(text);
    edits[name] = r.edits;
    if (r.edits === 0) continue;
    map = compose(map, r.map);
    text = r.text;
  }
  return { text, map, edits };
}

/**
 * Repairs one line for `rasad normalize` (line in, line out): a boilerplate line becomes an empty
 * line instead of disappearing, and no offset map is kept.
 */
/** Boilerplate lines are short; longer lines skip the test (blanks around them included). */
const BOILERPLATE_MAX = 240;

export function repairLine(line: string): string {
  if (line.length <= BOILERPLATE_MAX && isBoilerplateLine(line)) return '';
  let text = line;
  for (const [name, step] of STEPS) {
    if (name === 'boilerplate') continue;
    const r = step(text);
    if (r.edits !== 0) text = r.text;
  }
  return text;
}

export { DecodeError, decodeBytes } from './decode.js';
