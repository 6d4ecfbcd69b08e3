// Site boilerplate lines ("Read More", share buttons, reading time, «انتهای پیام» …) are removed. The
// patterns are data (lexicon/repair/boilerplate.json), so users extend them without touching code.
// A pattern must match a whole line; only short lines are tested, which also bounds the time any
// user-written pattern can take.

import { BoilerplateFile as BoilerplateSchema } from '../knowledge/schemas/others.js';
import { checkKnowledge, errorAt } from '../knowledge/validate.js';
import { isRegexSpace } from '../text/spaces.js';
import { readRepairLexicon } from './lexicon-path.js';
import { EditBuilder, type StepResult, unchanged } from './offset-map.js';

const FILE = 'lexicon/repair/boilerplate.json';

export interface BoilerplatePattern {
  id: string;
  pattern: string;
  note?: string;
}

export interface BoilerplateFile {
  description?: string;
  maxLineLength: number;
  patterns: BoilerplatePattern[];
}

/** Checks the file's shape and compiles its patterns; throws naming the bad entry. */
export function compileBoilerplate(file: unknown): { maxLineLength: number; matcher: RegExp } {
  const f = checkKnowledge(BoilerplateSchema, file, FILE);
  const ids = new Map<string, number>();
  for (const [i, p] of f.patterns.entries()) {
    const at = (message: string) => errorAt(FILE, f, ['patterns', `${i}`, 'pattern'], message);
    const first = ids.get(p.id);
    if (first !== undefined)
      throw errorAt(FILE, f, ['patterns', `${i}`, 'id'], `duplicates patterns entry ${first + 1}`);
    ids.set(p.id, i);
    try {
      new RegExp(p.pattern, 'iu');
    } catch (e) {
      throw at(`not a valid regular expression: ${(e as Error).message}`);
    }
  }
  const matcher = new RegExp(`^(?:${f.patterns.map((p) => `(?:${p.pattern})`).join('|')})$`, 'iu');
  return { maxLineLength: f.maxLineLength, matcher };
}

let compiled: { maxLineLength: number; matcher: RegExp } | undefined;
const boilerplate = () => {
  compiled ??= compileBoilerplate(JSON.parse(readRepairLexicon('boilerplate.json')));
  return compiled;
};

/** The form a line is compared in: trimmed, blanks collapsed, yeh/kaf unified, ZWNJ and kashida gone. */
const NEEDS_KEY = /[\u200c\u200b\u200e\u200f\u0640\ufeff\u064A\u0649\u0643]|\s\s|^\s|\s$|[\t\n\r\u00a0]/;

export function boilerplateKey(line: string): string {
  if (!NEEDS_KEY.test(line)) return line;
  return line
    .replace(/[\u200c\u200b\u200e\u200f\u0640\ufeff]/g, '')
    .replace(/[\u064A\u0649]/g, 'ی')
    .replace(/\u0643/g, 'ک')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Blanks as the key sees them: JavaScript's \s (and trim), less U+FEFF, which the key drops. */
const isBlank = (c: number): boolean => c !== 0xfeff && isRegexSpace(c);

/**
 * A lower bound of boilerplateKey(line).length: the characters the key neither drops nor collapses
 * (each stays one code unit). Lets a paragraph whose key would be too long skip building the key.
 */
function keptLength(line: string, stopAbove: number): number {
  let n = 0;
  for (let i = 0; i < line.length && n <= stopAbove; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x200c || c === 0x200b || c === 0x200e || c === 0x200f || c === 0x0640 || c === 0xfeff)
      continue;
    if (!isBlank(c)) n++;
  }
  return n;
}

/** Whether one line (without its line break) is boilerplate. */
export function isBoilerplateLine(line: string): boolean {
  const { maxLineLength, matcher } = boilerplate();
  if (line.length > maxLineLength * 2) return false;
  if (line.length > maxLineLength && keptLength(line, maxLineLength) > maxLineLength) return false;
  const key = boilerplateKey(line);
  if (key === '' || key.length > maxLineLength) return false;
  return matcher.test(key);
}

/** Removes boilerplate lines, each with its line break. */
export function cleanBoilerplate(input: string): StepResult {
  const b = new EditBuilder(input);
  let lineStart = 0;
  let pos = 0;
  while (lineStart < input.length) {
    let nl = input.indexOf('\n', lineStart);
    const next = nl === -1 ? input.length : nl + 1;
    if (nl === -1) nl = input.length;
    const lineEnd = nl > lineStart && input.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    if (
      lineEnd - lineStart <= boilerplate().maxLineLength * 2 &&
      isBoilerplateLine(input.slice(lineStart, lineEnd))
    ) {
      b.copy(pos, lineStart);
      b.replace(lineStart, next, '');
      pos = next;
    }
    lineStart = next;
  }
  if (b.edits === 0) return unchanged(input);
  b.copy(pos, input.length);
  return { text: b.text(), map: b.map(), edits: b.edits };
}
