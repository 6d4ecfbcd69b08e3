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
  /** «انداختند», «رسیدند»: a word ending in one of them is a third-person plural past … */
  pastPluralEndings?: string[];
  /** … except these present forms (هستند). */
  presentPlurals?: string[];
  subjunctivePassive: string[];
  perfectEndings: string[];
  now: string[];
  /** «روز جمعه تیم … میزبان … است»: a copula that, as a weekday's only verb, looks forward. */
  weekdayCopula?: { words: string[]; notAfter: string[] };
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
  /** A present copula as a whole word (است, می‌باشد); never matches when the file lists none. */
  copula: RegExp;
  /** A participle right before a weekday («منتشر شده در روز سه‌شنبه»): the weekday is past. */
  participleBefore: RegExp;
}

const FILE = 'lexicon/calendars/tense.json';

/** Checks a parsed tense.json against its schema; throws one line naming the file and the field. */
export function validateTense(raw: unknown): TenseFile {
  const d = checkKnowledge(TenseSchema, raw, FILE);
  return { ...d, pastPluralEndings: d.pastPluralEndings ?? [], presentPlurals: d.presentPlurals ?? [] };
}

/**
 * A word as a pattern: a space matches a space or ZWNJ, a ZWNJ an optional one of them, and after a
 * letter that never joins the next one (ا د ذ ر ز ژ و) a stray ZWNJ inside the word is allowed, as
 * typists put it there unseen («برگزار می‌شو‌د»).
 */
const NON_JOINING = new Set('اآدذرزژو');
const pattern = (w: string): string =>
  [...w]
    .map((c, i) => {
      if (c === ' ') return '[\\u200c ]';
      if (c === '\u200c') return '[\\u200c ]?';
      const next = w[i + 1];
      return NON_JOINING.has(c) && next !== undefined && next !== ' ' && next !== '\u200c'
        ? `${c}\\u200c?`
        : c;
    })
    .join('');
const alt = (ws: string[]): string => ws.map(pattern).join('|');
const WORD_END = '(?![\\p{L}])';

/** «… را به راه انداختند»: any word with a plural past ending, not a present plural (هستند). */
function pastPlural(t: TenseFile): string {
  const endings = t.pastPluralEndings ?? [];
  if (endings.length === 0) return '';
  const except = t.presentPlurals?.length ? `(?!(?:${alt(t.presentPlurals)})${WORD_END})` : '';
  return `|(?<![\\p{L}\\u200c])${except}\\p{L}{1,12}(?:${alt(endings)})${WORD_END}`;
}

/** The tense patterns of a (validated) tense file. */
export function compileTense(t: TenseFile): TensePatterns {
  const aux = `${pattern(t.future.auxiliary.stem)}(?:${alt(t.future.auxiliary.endings)})${WORD_END}`;
  return {
    future: new RegExp(`${aux}|${alt(t.future.phrases)}`, 'u'),
    present: new RegExp(`(?:${alt(t.scheduledPresent)})${WORD_END}`, 'u'),
    past: new RegExp(`(?<![\\p{L}])(?:${alt(t.past)})${WORD_END}${pastPlural(t)}`, 'u'),
    subjunctive: new RegExp(`(?<![\\p{L}\\u200c])(?<!می )(?:${alt(t.subjunctivePassive)})${WORD_END}`, 'u'),
    perfect: new RegExp(`\\p{L}ه[\\u200c ]?(?:${alt(t.perfectEndings)})${WORD_END}`, 'u'),
    now: new RegExp(alt(t.now), 'u'),
    copula: t.weekdayCopula
      ? new RegExp(`(?<![\\p{L}\\u200c])(?:${alt(t.weekdayCopula.words)})${WORD_END}`, 'u')
      : /(?!)/u,
    participleBefore: t.weekdayCopula?.notAfter.length
      ? new RegExp(`(?<![\\p{L}\\u200c])(?:${alt(t.weekdayCopula.notAfter)})${WORD_END}`, 'u')
      : /(?!)/u,
  };
}

let cached: TensePatterns | null = null;

/** The shipped tense patterns, loaded on first use. */
export function tensePatterns(): TensePatterns {
  cached ??= compileTense(validateTense(readKnowledgeJson(FILE)));
  return cached;
}
