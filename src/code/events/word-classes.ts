// Word classes of the trigger patterns (lexicon/events/word-classes.json, docs/events.md "Pattern
// syntax"): «$evaluative-negative @خواندن|دانستن» stands for one pattern per word of the class, so a
// polarity lexicon of evaluative adjectives is written once and serves every predicative verb
// («X را غیرقانونی خواند / دانست / توصیف کرد / ارزیابی کرد»), and a user grows the class without
// touching the patterns. Expansion happens before compilation: the compiled patterns, the index and
// the matcher do not know about classes. One pattern per word (not one alternation) keeps each
// pattern's ZWNJ spellings few (patternVariants caps them) and the index keyed by the class words.
import { readLexiconJson } from '../../grammar/grammar-lexicon.js';
import { listKnowledge } from '../../knowledge/files.js';
import { WordClassesFile } from '../../knowledge/schemas/events.js';
import { checkKnowledge } from '../../knowledge/validate.js';

export type WordClasses = ReadonlyMap<string, readonly string[]>;

const FILE = 'word-classes.json';
const CLASS_TOKEN = /^\$([a-z][a-z0-9-]*)$/;

/** Validates word-classes.json's data. */
export function compileWordClasses(data: unknown, where = `lexicon/events/${FILE}`): WordClasses {
  const d = checkKnowledge(WordClassesFile, data, where);
  return new Map(Object.entries(d.classes).map(([name, words]) => [name, [...new Set(words)]]));
}

let cached: WordClasses | null = null;
/** The classes of lexicon/events/word-classes.json (none when the file is absent). */
export function wordClasses(): WordClasses {
  cached ??= listKnowledge('lexicon/events/', /^word-classes\.json$/).includes(FILE)
    ? compileWordClasses(readLexiconJson(FILE))
    : new Map();
  return cached;
}

/**
 * The patterns a source stands for: every «$name» token replaced by each word of its class (the
 * product when a pattern holds two). Throws on a class the file does not define.
 */
export function expandWordClasses(source: string, classes: WordClasses): string[] {
  let out: string[][] = [[]];
  for (const part of source.trim().split(/\s+/)) {
    const m = CLASS_TOKEN.exec(part);
    let choices: readonly string[] = [part];
    if (m) {
      const words = classes.get(m[1]);
      if (words === undefined) throw new Error(`no word class "${m[1]}" in lexicon/events/${FILE}`);
      choices = words;
    }
    out = out.flatMap((prefix) => choices.map((c) => [...prefix, c]));
  }
  return out.map((words) => words.join(' '));
}
