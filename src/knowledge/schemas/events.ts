// Schemas of lexicon/events/*.json (docs/events.md): trigger files, the pattern grammar, verbs, speech
// verbs and the argument stage's word lists.
import { Type } from '@sinclair/typebox';
import { Code, Int, NonEmpty, Opt, OrNull, Str, Strings, Words } from './common.js';

const Upgrade = Type.Object({
  words: Type.Array(NonEmpty, { minItems: 1 }),
  cameo: Opt(Code),
  mode: Opt(Str),
});

/** One trigger (docs/events.md). `null` reads as absent where the loader always allowed it. */
export const Trigger = Type.Object({
  id: NonEmpty,
  patterns: Type.Array(NonEmpty, { minItems: 1 }),
  cameo: Code,
  mode: Opt(OrNull(Str)),
  actor: Opt(Strings),
  recipient: Opt(Strings),
  requires: Opt(Type.Array(Type.Union([Type.Literal('actor'), Type.Literal('recipient')]))),
  upgrade: Opt(Type.Array(Upgrade)),
  future: Opt(OrNull(Code)),
  sports: Opt(Type.Boolean()),
  mutual: Opt(Type.Boolean()),
  presentIsFuture: Opt(Type.Boolean()),
  recipientFromEvent: Opt(OrNull(Type.String({ pattern: '^[A-Z]+$' }))),
  merge: Opt(OrNull(Str)),
  inGap: Opt(OrNull(Type.Union([Type.Literal('actor'), Type.Literal('recipient')]))),
  destinationGap: Opt(Type.Boolean()),
  confidence: Opt(OrNull(Type.Number({ minimum: 0, maximum: 1 }))),
});

export const TriggersFile = Type.Object({
  triggers: Type.Array(Trigger),
  eventAnaphors: Opt(Type.Record(Type.String({ pattern: '^[A-Z]+$' }), Words)),
});

export const GrammarFile = Type.Object({
  prepositions: Words,
  verbParticles: Opt(Words),
  clauseOpeners: Opt(Words),
  clausePunctuation: Opt(Strings),
  finiteWords: Opt(Words),
  objectMarker: Opt(NonEmpty),
  coordinator: Opt(NonEmpty),
  compounds: Opt(Words),
  futureAuxiliary: Opt(NonEmpty),
  futureMarkers: Opt(Words),
  sportsContext: Opt(Words),
});

export const VerbsFile = Type.Object({
  verbs: Type.Record(Type.String(), Type.Array(NonEmpty, { minItems: 1 })),
});

export const SpeechVerbsFile = Type.Object({
  patterns: Type.Array(NonEmpty, { minItems: 1 }),
  sources: Opt(Type.Record(Type.String(), Words)),
  emphasisMaxWords: Opt(Int),
  unattributedMinWords: Opt(Int),
});

const OneSide = Type.Object({ always: Opt(Strings), never: Opt(Strings) });
export const ArgumentsFile = Type.Object({
  partitiveHeads: Opt(Words),
  bothParties: Opt(Words),
  unidentifiedCodes: Opt(Strings),
  attributionPhrases: Opt(Words),
  destinationCameos: Opt(Type.Array(Code)),
  agentPhrases: Opt(Words),
  oneSided: Opt(Type.Object({ noActor: Opt(OneSide), noRecipient: Opt(OneSide) })),
});

/** coreference.json: the anaphors an event argument may be (src/resolve/coreference). */
export const CoreferenceFile = Type.Object({
  person: Words,
  plural: Words,
  state: Words,
  group: Words,
  speaker: Words,
  sentenceReach: Type.Integer({ minimum: 0 }),
  pluralSentenceReach: Type.Integer({ minimum: 0 }),
  before: Words,
  notAntecedent: Words,
});

export const EVENT_SCHEMAS = {
  'lexicon/events/coreference.json': CoreferenceFile,
  'lexicon/events/grammar.json': GrammarFile,
  'lexicon/events/verbs.json': VerbsFile,
  'lexicon/events/speech-verbs.json': SpeechVerbsFile,
  'lexicon/events/arguments.json': ArgumentsFile,
} as const;
