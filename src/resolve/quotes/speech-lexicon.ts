// The speech-verb lexicon (lexicon/events/speech-verbs.json), compiled once.
import { type GrammarLexicon, grammarLexicon, readLexiconJson } from '../../grammar/grammar-lexicon.js';
import {
  buildPatternIndex,
  type CompiledPattern,
  compilePattern,
  type PatternIndex,
} from '../../grammar/pattern.js';
import { wordKey } from '../../grammar/word-key.js';
import { SpeechVerbsFile } from '../../knowledge/schemas/events.js';
import { checkKnowledge, errorAt } from '../../knowledge/validate.js';

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
  const where = `lexicon/events/${file}`;
  const d = checkKnowledge(SpeechVerbsFile, data, where);
  const patterns = d.patterns.map((p, i) => {
    try {
      return compilePattern(p, g);
    } catch (e) {
      throw errorAt(where, d, ['patterns', `${i}`], `«${p}»: ${(e as Error).message}`);
    }
  });
  patterns.sort((a, b) => b.weight - a.weight);
  const phrases = (field: 'reportedFrom' | 'accordingTo'): string[][] =>
    (d.sources?.[field] ?? []).map((s) => s.split(/\s+/).map(wordKey));
  return {
    patterns,
    index: buildPatternIndex(
      patterns.map((pattern) => ({ pattern, item: null })),
      g,
    ),
    reportedFrom: phrases('reportedFrom'),
    accordingTo: phrases('accordingTo'),
    emphasisMaxWords: d.emphasisMaxWords ?? 3,
    unattributedMinWords: d.unattributedMinWords ?? 6,
  };
}

let cached: SpeechLexicon | null = null;
export function speechLexicon(): SpeechLexicon {
  cached ??= compileSpeechLexicon(readLexiconJson('speech-verbs.json'), grammarLexicon());
  return cached;
}
