// The tense of a date's sentence: which words tell a future, a scheduled present, a past, a
// subjunctive passive, a perfect, or «now». The words are data (lexicon/calendars/tense.json, schema in
// its README.md); the grammar of how they are matched — whole words, an auxiliary's endings, «می»
// before a subjunctive — stays here. Loaded and validated once; a bad file fails with one line
// naming the file and the field.
import { readKnowledgeJson } from '../../knowledge/files.js';
import { TenseFile as TenseSchema } from '../../knowledge/schemas/calendars.js';
import { checkKnowledge } from '../../knowledge/validate.js';

export interface TenseFile {
  future: { auxiliary: { stem: string; endings: string[] }; phrases: string[] };
  scheduledPresent: string[];
  past: string[];
  subjunctivePassive: string[];
  perfectEndings: string[];
  now: string[];
}

export interface TensePatterns {
  /** A future verb or word anywhere in the sentence (خواهد, قرار است, آینده …). */
  future: RegExp;
  /** A present verb of a scheduled event (برگزار می‌شود). */
  present: RegExp;
  /** A past verb as a whole word (شد, کرد …). */
  past: RegExp;
  /** A subjunctive passive not after «می» (موکول شود). */
  subjunctive: RegExp;
  /** A perfect form (دیده‌ایم, گفته است). */
  perfect: RegExp;
  /** A word of the day itself (امروز, دیروز …). */
  now: RegExp;
}

const FILE = 'lexicon/calendars/tense.json';

/** Checks a parsed tense.json against its schema; throws one line naming the file and the field. */
export function validateTense(raw: unknown): TenseFile {
  return checkKnowledge(TenseSchema, raw, FILE);
}

/** A word as a pattern: a space matches a space or ZWNJ, a ZWNJ an optional one of them. */
const pattern = (w: string): string => w.replace(/ /g, '[\\u200c ]').replace(/\u200c/g, '[\\u200c ]?');
const alt = (ws: string[]): string => ws.map(pattern).join('|');
const WORD_END = '(?![\\p{L}])';

/** The tense patterns of a (validated) tense file. */
export function compileTense(t: TenseFile): TensePatterns {
  const aux = `${pattern(t.future.auxiliary.stem)}(?:${alt(t.future.auxiliary.endings)})${WORD_END}`;
  return {
    future: new RegExp(`${aux}|${alt(t.future.phrases)}`, 'u'),
    present: new RegExp(`(?:${alt(t.scheduledPresent)})${WORD_END}`, 'u'),
    past: new RegExp(`(?<![\\p{L}])(?:${alt(t.past)})${WORD_END}`, 'u'),
    subjunctive: new RegExp(`(?<![\\p{L}\\u200c])(?<!می )(?:${alt(t.subjunctivePassive)})${WORD_END}`, 'u'),
    perfect: new RegExp(`\\p{L}ه[\\u200c ]?(?:${alt(t.perfectEndings)})${WORD_END}`, 'u'),
    now: new RegExp(alt(t.now), 'u'),
  };
}

let cached: TensePatterns | null = null;

/** The shipped tense patterns, loaded on first use. */
export function tensePatterns(): TensePatterns {
  cached ??= compileTense(validateTense(readKnowledgeJson(FILE)));
  return cached;
}
