// The speech-verb lexicon (lexicon/events/speech-verbs.json), compiled once.
import { type GrammarLexicon, grammarLexicon, readLexiconJson } from '../../grammar/grammar-lexicon.js';
import {
  buildPatternIndex,
  type CompiledPattern,
  compilePattern,
  type PatternIndex,
} from '../../grammar/pattern.js';
import { wordKey } from '../../grammar/word-key.js';

export interface SpeechLexicon {
  patterns: CompiledPattern[];
  index: PatternIndex<null>;
  reportedFrom: string[][];
  accordingTo: string[][];
  emphasisMaxWords: number;
  unattributedMinWords: number;
}

export function compileSpeechLexicon(
  data: unknown,
  g: GrammarLexicon,
  file = 'speech-verbs.json',
): SpeechLexicon {
  const d = data as Record<string, unknown>;
  const fail = (msg: string): never => {
    throw new Error(`lexicon/events/${file}: ${msg}`);
  };
  if (!Array.isArray(d.patterns) || d.patterns.length === 0) fail('"patterns" must be a non-empty list');
  const patterns = (d.patterns as unknown[]).map((p, i) => {
    if (typeof p !== 'string') return fail(`patterns[${i}] must be a string`);
    try {
      return compilePattern(p, g);
    } catch (e) {
      return fail(`patterns[${i}] «${p}»: ${(e as Error).message}`);
    }
  });
  patterns.sort((a, b) => b.weight - a.weight);
  const sources = (d.sources ?? {}) as Record<string, unknown>;
  const phrases = (field: string): string[][] => {
    const v = sources[field] ?? [];
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string'))
      fail(`sources.${field} must be a list of strings`);
    return (v as string[]).map((s) => s.split(/\s+/).map(wordKey));
  };
  const num = (field: string, dflt: number): number => {
    const v = d[field] ?? dflt;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0)
      fail(`"${field}" must be a non-negative integer`);
    return v as number;
  };
  return {
    patterns,
    index: buildPatternIndex(
      patterns.map((pattern) => ({ pattern, item: null })),
      g,
    ),
    reportedFrom: phrases('reportedFrom'),
    accordingTo: phrases('accordingTo'),
    emphasisMaxWords: num('emphasisMaxWords', 3),
    unattributedMinWords: num('unattributedMinWords', 6),
  };
}

let cached: SpeechLexicon | null = null;
export function speechLexicon(): SpeechLexicon {
  cached ??= compileSpeechLexicon(readLexiconJson('speech-verbs.json'), grammarLexicon());
  return cached;
}
