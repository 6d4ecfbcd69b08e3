// Schemas of the smaller knowledge families: lexicon/places/cues.json, lexicon/repair/*.json,
// lexicon/modality/modality.json and lexicon/confidence/event-confidence.json.
import { Type } from '@sinclair/typebox';
import { NonEmpty, Opt, Str, Strings, Words } from './common.js';

/** cues.json: every list required and non-empty (src/resolve/places/cues.ts compiles them). */
const CueWords = Type.Array(Type.String({ pattern: '\\S', errorMessage: 'must be a non-empty word' }), {
  minItems: 1,
  errorMessage: 'must be a non-empty list of words',
});
export const PlaceCuesFile = Type.Object({
  heads: CueWords,
  headKinds: Type.Object(
    { admin1: CueWords, city: CueWords, admin2: CueWords, country: CueWords },
    { additionalProperties: false },
  ),
  topicNouns: CueWords,
  nounPhraseAdverbs: CueWords,
  topicPrepositions: CueWords,
  quotes: CueWords,
  in: CueWords,
  to: CueWords,
  from: CueWords,
  notPlaceBefore: CueWords,
  localOffice: Type.Object({ ranks: CueWords, offices: CueWords }),
  visitWords: Type.Object({ words: CueWords }),
  visitedFrom: Type.Object({ nouns: CueWords, verbs: CueWords }),
  seatObject: CueWords,
  continues: Type.Object({ words: CueWords }),
  remote: Type.Object({ words: CueWords, refer: CueWords }),
});

/** abbreviations.json: each a word without blanks or a final dot. */
export const AbbreviationsFile = Type.Object({
  abbreviations: Type.Array(
    Type.String({ pattern: '^\\S*[^\\s.]$', errorMessage: 'must be a word without blanks or a final dot' }),
  ),
});
export const BoilerplateFile = Type.Object({
  maxLineLength: Type.Integer({ minimum: 1 }),
  patterns: Type.Array(Type.Object({ id: NonEmpty, pattern: NonEmpty, note: Opt(Str) })),
});
const MayWord = Type.String({ pattern: '^[\\u0620-\\u06FF]+$', errorMessage: 'must be one Persian word' });
export const MayWordsFile = Type.Object({ month: Type.Array(MayWord), names: Type.Array(MayWord) });

const PloverName = Type.String({ pattern: '^[A-Z]+$' });
const CameoOf = Type.Record(PloverName, Type.String({ pattern: '^\\d{3,4}$' }));
/** modality.json (src/code/events/modality.ts). */
export const ModalityFile = Type.Object({
  realization: Type.Array(Type.Object({ noun: Str, lemma: Str })),
  conditions: Strings,
  responses: Strings,
  background: Strings,
  backgroundOpeners: Opt(Strings),
  stanceCopulas: Opt(Strings),
  stanceTypes: Opt(Type.Array(PloverName)),
  threatOf: CameoOf,
  conditionalThreatOf: Opt(CameoOf),
  indicativeBare: Opt(Strings),
  mannerBefore: Opt(Strings),
});

export const EventConfidenceFile = Type.Object({
  bias: Type.Number(),
  weights: Type.Record(Type.String(), Type.Number()),
  /** Smoothing of the trigger precision table: pseudo-counts of the back-off estimate. */
  prior: Opt(Type.Number({ minimum: 0 })),
  /** Strict-right and predicted counts on dev, per trigger id and per PLOVER type. */
  triggers: Opt(Type.Record(Type.String(), Type.Tuple([Type.Integer(), Type.Integer()]))),
  types: Opt(Type.Record(Type.String(), Type.Tuple([Type.Integer(), Type.Integer()]))),
  overall: Opt(Type.Tuple([Type.Integer(), Type.Integer()])),
});

/**
 * One line of lexicon/places/gazetteer.tsv (and of a user's gazetteer in its layout), as the loader
 * (src/resolve/places/gazetteer.ts) reads it: the columns it checks, `names` split on «|».
 */
export const GazetteerRow = Type.Object({
  id: Type.String({ minLength: 1, errorMessage: 'must not be empty' }),
  kind: Type.Union(
    ['country', 'admin1', 'admin2', 'city'].map((k) => Type.Literal(k)),
    { errorMessage: 'must be one of country, admin1, admin2, city' },
  ),
  country: Type.String({ pattern: '^[A-Z]{3}$', errorMessage: 'must be an ISO 3166 alpha-3 code' }),
  names: Type.Array(NonEmpty, { minItems: 1, errorMessage: 'must hold at least one name' }),
  lat: Type.Number({ minimum: -90, maximum: 90, errorMessage: 'must be a latitude (-90 to 90)' }),
  lon: Type.Number({ minimum: -180, maximum: 180, errorMessage: 'must be a longitude (-180 to 180)' }),
});

export const OTHER_SCHEMAS = {
  'lexicon/places/cues.json': PlaceCuesFile,
  'lexicon/repair/abbreviations.json': AbbreviationsFile,
  'lexicon/repair/boilerplate.json': BoilerplateFile,
  'lexicon/repair/may-words.json': MayWordsFile,
  'lexicon/modality/modality.json': ModalityFile,
  'lexicon/confidence/event-confidence.json': EventConfidenceFile,
} as const;
