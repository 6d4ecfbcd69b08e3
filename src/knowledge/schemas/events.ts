// Schemas of lexicon/events/*.json (docs/events.md): trigger files, the pattern grammar, verbs, speech
// verbs and the argument stage's word lists.
import { Type } from '@sinclair/typebox';
import { Code, NonEmpty, Opt, OrNull, Str, Strings, Words } from './common.js';

const Upgrade = Type.Object({
  words: Type.Array(NonEmpty, { minItems: 1 }),
  cameo: Opt(Code),
  mode: Opt(Str),
});

const ActorOrRecipient = Type.Union([Type.Literal('actor'), Type.Literal('recipient')], {
  errorMessage: 'must be actor or recipient',
});

/** One trigger (docs/events.md). `null` reads as absent where the loader always allowed it. */
export const Trigger = Type.Object({
  id: NonEmpty,
  patterns: Type.Array(NonEmpty, { minItems: 1 }),
  cameo: Code,
  mode: Opt(OrNull(Str)),
  actor: Opt(Strings),
  recipient: Opt(Strings),
  requires: Opt(Type.Array(ActorOrRecipient)),
  actorSectors: Opt(Type.Array(Type.String({ pattern: '^[A-Z]{3}$', errorMessage: 'must be a three-letter CAMEO sector' }), { minItems: 1 })),
  upgrade: Opt(Type.Array(Upgrade)),
  future: Opt(OrNull(Code)),
  sports: Opt(Type.Boolean()),
  mutual: Opt(Type.Boolean()),
  presentIsFuture: Opt(Type.Boolean()),
  recipientFromEvent: Opt(OrNull(Type.String({ pattern: '^[A-Z]+$' }))),
  merge: Opt(OrNull(Str)),
  inGap: Opt(OrNull(ActorOrRecipient)),
  destinationGap: Opt(Type.Boolean()),
  confidence: Opt(OrNull(Type.Number({ minimum: 0, maximum: 1 }))),
});

export const TriggersFile = Type.Object({
  triggers: Type.Array(Trigger),
  eventAnaphors: Opt(Type.Record(Type.String({ pattern: '^[A-Z]+$' }), Words)),
});

/** grammar.json, with what its loader (src/grammar/grammar-lexicon.ts) requires. */
export const GrammarFile = Type.Object({
  prepositions: Words,
  verbParticles: Opt(Words),
  clauseOpeners: Words,
  clausePunctuation: Strings,
  finiteWords: Words,
  notVerbs: Opt(Words),
  objectMarker: Opt(NonEmpty),
  coordinator: Opt(NonEmpty),
  compounds: Opt(Words),
  futureAuxiliary: Opt(NonEmpty),
  futureMarkers: Words,
  intentModals: Words,
  hypotheticalMarkers: Words,
  negativeQuantifiers: Words,
  sportsContext: Words,
  nonFactualBefore: Opt(Words),
  notCompanionBefore: Opt(Words),
  quantityBefore: Opt(Words),
  numerals: Opt(Words),
  closedAdverbials: Opt(Words),
});

export const VerbsFile = Type.Object({
  verbs: Type.Record(Type.String(), Type.Array(NonEmpty, { minItems: 1 })),
});

export const SpeechVerbsFile = Type.Object({
  patterns: Type.Array(NonEmpty, { minItems: 1 }),
  sources: Opt(Type.Object({ reportedFrom: Opt(Strings), accordingTo: Opt(Strings) })),
  emphasisMaxWords: Opt(Type.Integer({ minimum: 0 })),
  unattributedMinWords: Opt(Type.Integer({ minimum: 0 })),
});

/** A list of non-blank strings (a word, a phrase, a code): what the argument loader requires of a list. */
const NonBlank = Type.String({ pattern: '\\S', errorMessage: 'must be a non-empty string' });
const NonBlanks = Type.Array(NonBlank, { errorMessage: 'must be a list of non-empty strings' });
const PloverTypes = Type.Array(Type.String({ pattern: '^[A-Z]+$' }), {
  errorMessage: 'must be a list of PLOVER types',
});
const OneSide = Type.Object({ always: PloverTypes, never: PloverTypes });
/**
 * arguments.json: the argument reader's word lists (src/code/events/arguments.ts), every list required.
 * A type both `always` and `never` is a check the schema cannot state: the loader makes it.
 */
export const ArgumentsFile = Type.Object({
  partitiveHeads: NonBlanks,
  bothParties: NonBlanks,
  betweenPrepositions: NonBlanks,
  reciprocals: NonBlanks,
  unidentifiedCodes: NonBlanks,
  attributionPhrases: NonBlanks,
  destinationCameos: Type.Array(Code),
  destinationHeads: NonBlanks,
  objectHeadNotIn: NonBlanks,
  titlesBeforeName: NonBlanks,
  agentPhrases: NonBlanks,
  oneSided: Type.Object({ noActor: OneSide, noRecipient: OneSide }),
  prepositionEquivalents: Opt(
    Type.Record(Type.String(), Type.Array(NonBlank, { errorMessage: 'must be a list of prepositions' })),
  ),
});

/** argument-roles.json: which argument a grammatical position is (src/code/events/argument-roles.ts). */
export const ArgumentRolesFile = Type.Object({
  passivePredicates: Words,
  passiveAuxiliaries: Words,
  infinitiveObjects: Words,
  governedPrepositions: Type.Record(NonEmpty, Words),
});

/** coreference.json: the anaphors an event argument may be (src/resolve/coreference). */
const Phrase = Type.String({ pattern: '\\S', errorMessage: 'must be a non-empty string' });
const Phrases = Type.Array(Phrase, {
  minItems: 1,
  errorMessage: 'must be a non-empty list of non-empty strings',
});
const Reach = Type.Integer({ minimum: 0, maximum: 10, errorMessage: 'must be an integer from 0 to 10' });
export const CoreferenceFile = Type.Object({
  person: Phrases,
  plural: Phrases,
  state: Phrases,
  group: Phrases,
  speaker: Phrases,
  sentenceReach: Reach,
  pluralSentenceReach: Reach,
  before: Type.Array(Phrase),
  notAntecedent: Type.Array(Phrase),
});

/** demands.json: demands read from a modal clause in reported speech (src/code/events/modal-demand.ts). */
export const DemandsFile = Type.Object({
  modals: Words,
  cameo: Code,
  verbReach: Type.Integer({ minimum: 1 }),
  notDemands: Words,
  nounClauseOpeners: Words,
  /** Apposition of a role to an uncoded quote speaker (src/code/events/speaker-affiliation.ts). */
  apposition: Type.Object({
    notLinks: Words,
    pronouns: Words,
    institutionLink: Type.String({ minLength: 1 }),
  }),
});

/** generic-parties.json: unnamed parties of arrests, attacks and protests (src/code/events/generic-parties.ts). */
const Sector = Type.String({ pattern: '^[A-Z]{3}$', errorMessage: 'must be a three-letter sector code' });
const PloverTypeName = Type.String({ pattern: '^[A-Z]+$', errorMessage: 'must be a PLOVER type' });
const Side = Type.Union([Type.Literal('actor'), Type.Literal('recipient')], {
  errorMessage: 'must be actor or recipient',
});
export const GenericPartiesFile = Type.Object({
  fill: Type.Record(PloverTypeName, Type.Array(Side, { minItems: 1 })),
  quantifiers: Words,
  counted: Words,
  countedFollowers: Words,
  ageWord: NonEmpty,
  othersWord: NonEmpty,
  demonstratives: Words,
  people: Type.Array(
    Type.Object({
      sector: OrNull(Sector),
      words: Type.Array(NonEmpty, { minItems: 1 }),
      cameos: Opt(Type.Array(Code)),
      types: Opt(Type.Array(PloverTypeName)),
      /** The sides the group may fill (none: both). */
      sides: Opt(Type.Array(Side, { minItems: 1 })),
    }),
    { minItems: 1 },
  ),
  neutralSector: Type.Record(PloverTypeName, Sector),
  protestContext: Type.Object({ sector: Sector, words: Words }),
  countryFromOtherSide: Type.Object({ types: Type.Array(PloverTypeName), sectors: Type.Array(Sector) }),
  soleParty: Type.Array(PloverTypeName),
  /** Per type, the sectors a generic phrase needs to be the act's actor (none listed: any). */
  actorSectors: Type.Record(PloverTypeName, Type.Array(Sector)),
  /** Types whose generic party may take the article's scene country (src/code/events/article-scene.ts). */
  sceneTypes: Type.Array(PloverTypeName),
  casualtyTriggers: Words,
  passivePolice: Type.Object({
    cameos: Type.Array(Code),
    sectors: Type.Array(Sector),
    role: Sector,
    name: NonEmpty,
  }),
});

/**
 * word-classes.json: named lists of pattern words; «$name» in a trigger pattern stands for any one of
 * them (src/code/events/word-classes.ts), so one polarity list serves every predicative verb.
 */
export const WordClassesFile = Type.Object({
  classes: Type.Record(
    Type.String({ pattern: '^[a-z][a-z0-9-]*$' }),
    Type.Array(Type.String({ minLength: 1, pattern: '^[^\\s$…]+$' }), { minItems: 1 }),
  ),
});

/** group-reference.json: plural references to two parties named earlier (src/code/events/group-reference.ts). */
export const GroupReferenceFile = Type.Object({
  cores: Type.Array(Type.Object({ phrase: Phrase, states: Type.Boolean(), alone: Opt(Type.Boolean()) }), {
    minItems: 1,
  }),
  heads: Type.Array(
    Type.Object({
      words: Phrases,
      sector: Type.String({ pattern: '^[A-Z]{3}$', errorMessage: 'must be a three-letter sector code' }),
    }),
  ),
  links: Type.Array(Phrase),
  notAfter: Type.Array(Phrase),
  notBefore: Type.Array(Phrase),
  pairReach: Reach,
  sentenceReach: Reach,
  notParty: Type.Array(Phrase),
  stateSector: Type.String({ pattern: '^[A-Z]{3}$', errorMessage: 'must be a three-letter sector code' }),
  mutualTypes: Type.Array(Type.String({ pattern: '^[A-Z]+$', errorMessage: 'must be a PLOVER type' })),
});

/** target-sectors.json: the sector of a state struck through its installations (src/code/events/target-sector.ts). */
export const TargetSectorsFile = Type.Object({
  _doc: Type.Optional(Type.String()),
  reach: Type.Integer({ minimum: 0, maximum: 3 }),
  heads: Type.Array(
    Type.Object({
      sector: Type.String({ pattern: '^[A-Z]{3}$', errorMessage: 'must be a three-letter sector code' }),
      words: Phrases,
    }),
    { minItems: 1 },
  ),
});

export const EVENT_SCHEMAS = {
  'lexicon/events/word-classes.json': WordClassesFile,
  'lexicon/events/group-reference.json': GroupReferenceFile,
  'lexicon/events/generic-parties.json': GenericPartiesFile,
  'lexicon/events/demands.json': DemandsFile,
  'lexicon/events/coreference.json': CoreferenceFile,
  'lexicon/events/grammar.json': GrammarFile,
  'lexicon/events/verbs.json': VerbsFile,
  'lexicon/events/speech-verbs.json': SpeechVerbsFile,
  'lexicon/events/arguments.json': ArgumentsFile,
  'lexicon/events/argument-roles.json': ArgumentRolesFile,
  'lexicon/events/target-sectors.json': TargetSectorsFile,
} as const;
