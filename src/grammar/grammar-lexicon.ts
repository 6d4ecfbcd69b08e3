// Loads the function-word and verb lexicons (lexicon/events/grammar.json, verbs.json) once, at first
// use, through the knowledge module (src/knowledge/).
import { knowledgeUrl, readKnowledgeJson } from '../knowledge/files.js';
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
  sportsContext: Set<string>;
}

/** Reads a JSON data file from lexicon/events/, naming the file in any error. */
export function readLexiconJson(name: string): unknown {
  return readKnowledgeJson(`lexicon/events/${name}`);
}

function stringList(file: string, value: unknown, field: string): string[] {
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
    throw new Error(`lexicon/events/${file}: "${field}" must be a list of strings`);
  }
  return value as string[];
}

let cached: GrammarLexicon | null = null;

export function grammarLexicon(): GrammarLexicon {
  if (cached) return cached;
  const g = readLexiconJson('grammar.json') as Record<string, unknown>;
  const v = readLexiconJson('verbs.json') as { verbs?: Record<string, string[]> };
  if (!v.verbs || typeof v.verbs !== 'object')
    throw new Error('lexicon/events/verbs.json: "verbs" must be an object');
  for (const [lemma, stems] of Object.entries(v.verbs)) stringList('verbs.json', stems, `verbs.${lemma}`);
  const keys = (field: string) => stringList('grammar.json', g[field], field).map(wordKey);
  const verbs = buildVerbLexicon(v.verbs);
  const verbParticles = new Map<string, Set<string>>();
  for (const pair of stringList('grammar.json', g.verbParticles ?? [], 'verbParticles')) {
    const [particle, lemma, ...rest] = pair.trim().split(/\s+/).map(wordKey);
    if (!lemma || rest.length > 0 || !verbs.lemmas.has(lemma))
      throw new Error(
        `lexicon/events/grammar.json: verbParticles «${pair}» must be a particle and a verb of verbs.json`,
      );
    const set = verbParticles.get(particle) ?? new Set<string>();
    set.add(lemma);
    verbParticles.set(particle, set);
  }
  const quantityBefore = new Map<string, Set<string>>();
  for (const phrase of stringList('grammar.json', g.quantityBefore ?? [], 'quantityBefore')) {
    const parts = phrase.trim().split(/\s+/).map(wordKey);
    if (parts.length !== 2)
      throw new Error(
        `lexicon/events/grammar.json: quantityBefore «${phrase}» must be a word and a preposition`,
      );
    const set = quantityBefore.get(parts[1]) ?? new Set<string>();
    set.add(parts[0]);
    quantityBefore.set(parts[1], set);
  }
  cached = {
    verbs,
    quantityBefore,
    numerals: new Set(stringList('grammar.json', g.numerals ?? [], 'numerals').map(wordKey)),
    verbParticles,
    prepositions: new Set(keys('prepositions')),
    clauseOpeners: new Set(keys('clauseOpeners')),
    clausePunctuation: new Set(stringList('grammar.json', g.clausePunctuation, 'clausePunctuation')),
    finiteWords: new Set(keys('finiteWords')),
    notVerbs: new Set(stringList('grammar.json', g.notVerbs ?? [], 'notVerbs').map(wordKey)),
    objectMarker: wordKey(String(g.objectMarker ?? 'را')),
    coordinator: wordKey(String(g.coordinator ?? 'و')),
    compounds: buildCompounds(stringList('grammar.json', g.compounds ?? [], 'compounds')),
    futureMarkers: stringList('grammar.json', g.futureMarkers, 'futureMarkers').map((m) =>
      m.split(/\s+/).map(wordKey),
    ),
    intentModals: keys('intentModals'),
    hypotheticalMarkers: new Set(keys('hypotheticalMarkers')),
    negativeQuantifiers: new Set(keys('negativeQuantifiers')),
    notCompanionBefore: new Set(
      stringList('grammar.json', g.notCompanionBefore ?? [], 'notCompanionBefore').map(wordKey),
    ),
    nonFactualBefore: stringList('grammar.json', g.nonFactualBefore ?? [], 'nonFactualBefore').map((m) =>
      m.split(/\s+/).map(wordKey),
    ),
    sportsContext: new Set(keys('sportsContext')),
  };
  return cached;
}
