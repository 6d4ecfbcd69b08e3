// Schemas of the smaller knowledge families: lexicon/places/cues.json, lexicon/repair/*.json,
// lexicon/modality/modality.json and lexicon/confidence/event-confidence.json.
import { Type } from '@sinclair/typebox';
import { Code, NonEmpty, Opt, Str, Strings, Words } from './common.js';

export const PlaceCuesFile = Type.Object({
  heads: Words,
  headKinds: Opt(Type.Record(Type.String(), Words)),
  topicNouns: Opt(Words),
  in: Opt(Words),
  to: Opt(Words),
  from: Opt(Words),
});

export const AbbreviationsFile = Type.Object({ abbreviations: Words });
export const BoilerplateFile = Type.Object({
  maxLineLength: Opt(Type.Integer({ minimum: 1 })),
  patterns: Type.Array(Type.Object({ id: NonEmpty, pattern: NonEmpty, note: Opt(Str) })),
});
export const MayWordsFile = Type.Object({ month: Opt(Words), names: Opt(Words) });

export const ModalityFile = Type.Object({
  realization: Opt(Type.Array(Type.Object({ noun: NonEmpty, lemma: NonEmpty }))),
  conditions: Opt(Strings),
  responses: Opt(Strings),
  background: Opt(Strings),
  threatOf: Opt(Type.Record(Type.String({ pattern: '^[A-Z]+$' }), Code)),
  conditionalThreatOf: Opt(Type.Record(Type.String({ pattern: '^[A-Z]+$' }), Code)),
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

export const OTHER_SCHEMAS = {
  'lexicon/places/cues.json': PlaceCuesFile,
  'lexicon/repair/abbreviations.json': AbbreviationsFile,
  'lexicon/repair/boilerplate.json': BoilerplateFile,
  'lexicon/repair/may-words.json': MayWordsFile,
  'lexicon/modality/modality.json': ModalityFile,
  'lexicon/confidence/event-confidence.json': EventConfidenceFile,
} as const;
