// Schemas of lexicon/actors/*.json (lexicon/actors/README.md): people, organizations, titles, the
// coreference words and the entity ruler's function words. Users' dictionaries (--dictionary,
// $RASAD_DICTIONARIES) have the people or organizations shape.
import { Type } from '@sinclair/typebox';
import { NonEmpty, Opt, OrNull, Str, Strings, Words } from './common.js';

const Day = Type.String({ pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' });

export const Person = Type.Object({
  id: NonEmpty,
  names: Type.Array(NonEmpty, { minItems: 1 }),
  short: Opt(Words),
  name_en: Opt(Str),
  country: Opt(OrNull(Str)),
  gender: Opt(Str),
  wikidata: Opt(Str),
  roles: Opt(Type.Array(Type.Object({ role: NonEmpty, code: Opt(Str), from: Opt(Day), until: Opt(Day) }))),
});

export const Organization = Type.Object({
  id: NonEmpty,
  kind: NonEmpty,
  names: Type.Array(NonEmpty, { minItems: 1 }),
  name_en: Opt(Str),
  country: Opt(OrNull(Str)),
  code: Opt(OrNull(Str)),
  codes: Opt(Type.Array(Type.Unknown())),
  acts_only: Opt(Type.Boolean()),
  wikidata: Opt(Str),
  same_as: Opt(Str),
});

export const PeopleFile = Type.Array(Person);
export const OrganizationsFile = Type.Array(Organization);

export const TitlesFile = Type.Object({
  titles: Type.Array(
    Type.Object({
      title: NonEmpty,
      variants: Opt(Words),
      kind: NonEmpty,
      sector: Opt(OrNull(Str)),
      en: Opt(Str),
      open: Opt(Type.Boolean()),
      takes_in: Opt(Type.Boolean()),
      context: Opt(Type.Boolean()),
      domestic: Opt(Type.Boolean()),
      country: Opt(Str),
    }),
  ),
  fillers: Opt(Words),
});

export const CoreferenceFile = Type.Object({
  coref: Type.Object({
    pronouns: Words,
    honorifics_before: Words,
    honorifics_after: Words,
    female_honorifics: Opt(Words),
    references: Opt(Type.Array(Type.Object({ phrase: NonEmpty, variants: Opt(Words), refers_to: Strings }))),
    own_country: Opt(Words),
  }),
});

/** The entity ruler's word lists (lexicon/actors/ruler-words.json); its loader reads exactly these. */
export const RULER_WORD_LISTS = [
  'placePrepositions',
  'locativePrepositions',
  'actorPrepositions',
  'clauseOpeners',
  'agentNouns',
  'subjectFollowers',
  'fromRecipientStems',
  'fromReasons',
  'byNouns',
  'placeNouns',
  'objectMarkers',
  'conjunctionPrepositions',
  'reflexives',
] as const;

/** lexicon/actors/ruler-words.json: every list required and non-empty, as the loader requires. */
export const RulerWordsFile = Type.Object(
  Object.fromEntries(RULER_WORD_LISTS.map((k) => [k, Type.Array(NonEmpty, { minItems: 1 })])),
);

/** lexicon/actors/generic-groups.json: group nouns and institutions as titles, and groups as organizations. */
export const GenericGroupsFile = Type.Object({
  titles: TitlesFile.properties.titles,
  organizations: OrganizationsFile,
});

/** lexicon/actors/generic-words.json: the words of the generic-group rules (src/resolve/actors/generic.ts). */
export const GenericWordsFile = Type.Object({
  $comment: Opt(Str),
  numerals: Type.Array(NonEmpty, { minItems: 1 }),
  citizen_title: NonEmpty,
  counted_nouns: Type.Array(Type.Object({ word: NonEmpty, title: NonEmpty })),
  not_people: Words,
  street_nouns: Words,
  institution_sectors: Words,
});

export const ACTOR_SCHEMAS = {
  'lexicon/actors/generic-groups.json': GenericGroupsFile,
  'lexicon/actors/generic-words.json': GenericWordsFile,
  'lexicon/actors/people.json': PeopleFile,
  'lexicon/actors/people-compiled.json': PeopleFile,
  'lexicon/actors/organizations.json': OrganizationsFile,
  'lexicon/actors/organizations-compiled.json': OrganizationsFile,
  'lexicon/actors/titles.json': TitlesFile,
  'lexicon/actors/coreference.json': CoreferenceFile,
  'lexicon/actors/ruler-words.json': RulerWordsFile,
} as const;
