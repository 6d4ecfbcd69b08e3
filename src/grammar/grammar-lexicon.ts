// Loads the function-word and verb lexicons (lexicon/events/grammar.json, verbs.json) once, at first
// use, through the knowledge module (src/knowledge/).
import { knowledgeUrl, readKnowledgeJson } from '../knowledge/files.js';
import { GrammarFile, VerbsFile } from '../knowledge/schemas/events.js';
import { readCheckedJson } from '../knowledge/schemas/index.js';
import { errorAt } from '../knowledge/validate.js';
import { buildCompounds, type CompoundLexicon } from './compounds.js';
import { buildVerbLexicon, type VerbLexicon } from './verb-forms.js';
import { wordKey } from './word-key.js';

export const EVENTS_LEXICON_DIR = knowledgeUrl('lexicon/events/');

export interface GrammarLexicon {
  verbs: VerbLexicon;
  prepositions: Set<string>;
  /** Particle → lemmas of the verbs it makes with («روی» → دادن): before them it is no preposition. */
  verbParticles: Map<string, Set<string>>;
  clauseOpeners: Set<string>;
  clausePunctuation: Set<string>;
  finiteWords: Set<string>;
  /** Words whose verb reading news text almost never means («شدید» severe): never verbs. */
  notVerbs: Set<string>;
  objectMarker: string;
  coordinator: string;
  /** Two-stem compounds read as one word in every spelling («گفت و گو»): see compounds.ts. */
  compounds: CompoundLexicon;
  futureMarkers: string[][];
  intentModals: string[];
  hypotheticalMarkers: Set<string>;
  negativeQuantifiers: Set<string>;
  /** Phrases (word keys) that, right before a noun trigger, make it not a happening. */
  nonFactualBefore: string[][];
  /** Words after which «با» is no companion («مبارزه با داعش»). */
  notCompanionBefore: Set<string>;
  /** Preposition → the words before it that, followed by a numeral, make it part of a quantity («بیش از 1500»). */
  quantityBefore: Map<string, Set<string>>;
  /** Number words that count as a numeral besides digits. */
  numerals: Set<string>;
  /**
   * Preposition → the word keys after it of the discourse adverbials it opens («در این رابطه»، «از سوی
   * دیگر»): the phrase is complete with them and never takes the name that follows.
   */
  closedAdverbials: Map<string, string[][]>;
  sportsContext: Set<string>;
}

/** Reads a JSON data file from lexicon/events/, naming the file in any error. */
export function readLexiconJson(name: string): unknown {
  return readKnowledgeJson(`lexicon/events/${name}`);
}

const GRAMMAR_FILE = 'lexicon/events/grammar.json';

let cached: GrammarLexicon | null = null;

export function grammarLexicon(): GrammarLexicon {
  if (cached) return cached;
  const g = readCheckedJson(GRAMMAR_FILE, GrammarFile);
  const v = readCheckedJson('lexicon/events/verbs.json', VerbsFile);
  const keys = (words: string[]) => words.map(wordKey);
  const verbs = buildVerbLexicon(v.verbs);
  const verbParticles = new Map<string, Set<string>>();
  (g.verbParticles ?? []).forEach((pair, i) => {
    const [particle, lemma, ...rest] = pair.trim().split(/\s+/).map(wordKey);
    if (!lemma || rest.length > 0 || !verbs.lemmas.has(lemma))
      throw errorAt(
        GRAMMAR_FILE,
        g,
        ['verbParticles', `${i}`],
        `«${pair}» must be a particle and a verb of verbs.json`,
      );
    const set = verbParticles.get(particle) ?? new Set<string>();
    set.add(lemma);
    verbParticles.set(particle, set);
  });
  const quantityBefore = new Map<string, Set<string>>();
  (g.quantityBefore ?? []).forEach((phrase, i) => {
    const parts = phrase.trim().split(/\s+/).map(wordKey);
    if (parts.length !== 2)
      throw errorAt(
        GRAMMAR_FILE,
        g,
        ['quantityBefore', `${i}`],
        `«${phrase}» must be a word and a preposition`,
      );
    const set = quantityBefore.get(parts[1]) ?? new Set<string>();
    set.add(parts[0]);
    quantityBefore.set(parts[1], set);
  });
  const closedAdverbials = new Map<string, string[][]>();
  (g.closedAdverbials ?? []).forEach((phrase, i) => {
    const [head, ...rest] = phrase.trim().split(/\s+/).map(wordKey);
    if (!head || rest.length === 0 || !g.prepositions.map(wordKey).includes(head))
      throw errorAt(
        GRAMMAR_FILE,
        g,
        ['closedAdverbials', `${i}`],
        'a preposition of `prepositions` followed by at least one word',
      );
    closedAdverbials.set(head, [...(closedAdverbials.get(head) ?? []), rest]);
  });
  cached = {
    verbs,
    closedAdverbials,
    quantityBefore,
    numerals: new Set(keys(g.numerals ?? [])),
    verbParticles,
    prepositions: new Set(keys(g.prepositions)),
    clauseOpeners: new Set(keys(g.clauseOpeners)),
    clausePunctuation: new Set(g.clausePunctuation),
    finiteWords: new Set(keys(g.finiteWords)),
    notVerbs: new Set(keys(g.notVerbs ?? [])),
    objectMarker: wordKey(g.objectMarker ?? 'را'),
    coordinator: wordKey(g.coordinator ?? 'و'),
    compounds: buildCompounds(g.compounds ?? []),
    futureMarkers: g.futureMarkers.map((m) => m.split(/\s+/).map(wordKey)),
    intentModals: keys(g.intentModals),
    hypotheticalMarkers: new Set(keys(g.hypotheticalMarkers)),
    negativeQuantifiers: new Set(keys(g.negativeQuantifiers)),
    notCompanionBefore: new Set(keys(g.notCompanionBefore ?? [])),
    nonFactualBefore: (g.nonFactualBefore ?? []).map((m) => m.split(/\s+/).map(wordKey)),
    sportsContext: new Set(keys(g.sportsContext)),
  };
  return cached;
}
