// Schemas of lexicon/actors/*.json (lexicon/actors/README.md): people, organizations, titles, the
// coreference words and the entity ruler's function words. Users' dictionaries (--dictionary,
// $RASAD_DICTIONARIES) have the people or organizations shape.
import { Type } from '@sinclair/typebox';
import { NonEmpty, Opt, OrNull, Str, Words } from './common.js';

/** A string with a letter in it (not empty, not only blanks). */
const Text = Type.String({ pattern: '\\S', errorMessage: 'must be a non-empty string' });
const Texts = Type.Array(Text, { errorMessage: 'must be a list of non-empty strings' });
const NameList = Type.Array(Text, {
  minItems: 1,
  errorMessage: 'must be a non-empty list of non-empty strings',
});
/** Absent, null or a list of non-empty strings. */
const OptTexts = Opt(OrNull(Texts));
/** Absent, null or a string («» reads as null). */
const OptStr = Opt(OrNull(Str));
const Flag = Opt(Type.Union([Type.Boolean(), Type.Null()], { errorMessage: 'must be true or false' }));
/** A CAMEO actor code (upper-case, 3–15 letters), null or absent. */
const CameoCode = Opt(
  Type.Union([Type.String({ pattern: '^(?:[A-Z]{3,15})?$' }), Type.Null()], {
    errorMessage: 'must be an upper-case CAMEO code or null',
  }),
);
/** An ISO day (both ends of a date range are inclusive; either may be absent). */
const Day = Opt(
  Type.Union([Type.String({ pattern: '^(?:\\d{4}-\\d{2}-\\d{2})?$' }), Type.Null()], {
    errorMessage: 'must be an ISO day YYYY-MM-DD',
  }),
);

export const ORG_KIND_NAMES = [
  'igo',
  'ngo',
  'group',
  'military',
  'collective',
  'party',
  'institution',
  'place',
] as const;
const oneOf = (names: readonly string[]) =>
  Type.Union(
    names.map((n) => Type.Literal(n)),
    { errorMessage: `must be one of ${names.join(', ')}` },
  );

export const Person = Type.Object({
  id: Text,
  names: NameList,
  short: OptTexts,
  name_en: OptStr,
  country: CameoCode,
  gender: Opt(
    Type.Union([Type.Literal('m'), Type.Literal('f'), Type.Literal(''), Type.Null()], {
      errorMessage: 'must be "m", "f" or null',
    }),
  ),
  wikidata: OptStr,
  roles: Type.Array(Type.Object({ role: Text, code: CameoCode, from: Day, until: Day }), {
    errorMessage: 'must be a list (possibly empty)',
  }),
});

export const Organization = Type.Object({
  id: Text,
  kind: oneOf(ORG_KIND_NAMES),
  names: NameList,
  name_en: OptStr,
  country: CameoCode,
  /** One code for all time (null: no actor); or `codes`, codes by date. */
  code: CameoCode,
  codes: Opt(
    Type.Array(Type.Object({ code: CameoCode, from: Day, until: Day }), {
      minItems: 1,
      errorMessage: 'must be a non-empty list',
    }),
  ),
  acts_only: Flag,
  wikidata: OptStr,
  same_as: OptStr,
});

export const Title = Type.Object({
  title: Text,
  variants: OptTexts,
  kind: oneOf(['person', 'office', 'side']),
  sector: OptStr,
  en: OptStr,
  open: Flag,
  takes_in: Flag,
  context: Flag,
  article: Flag,
  domestic: Flag,
  country: CameoCode,
});

/** A country of a user's JSON dictionary (the columns of countries.tsv; lists as lists or «|» text). */
export const Country = Type.Object({
  code: Type.String({ pattern: '^[A-Z]{3}$', errorMessage: 'must be three upper-case letters' }),
  name_en: OptStr,
  wikidata: Opt(
    Type.Union([Type.String({ pattern: '^(?:Q\\d+)?$' }), Type.Null()], {
      errorMessage: 'must look like Q123',
    }),
  ),
  names: Type.Union([NameList, Text], { errorMessage: 'must hold at least one name' }),
  adjectives: Opt(Type.Union([Texts, Str, Type.Null()])),
  capitals: Opt(Type.Union([Texts, Str, Type.Null()])),
});

const Strs = Type.Array(Str, { errorMessage: 'must be a list of strings' });
const Coref = Type.Object({
  pronouns: Opt(Strs),
  honorifics_before: Opt(Strs),
  honorifics_after: Opt(Strs),
  female_honorifics: Opt(Strs),
  references: Opt(Type.Array(Type.Object({ phrase: Str, variants: Opt(Strs), refers_to: Opt(Strs) }))),
  own_country: Opt(Strs),
});

/** A dictionary as an object: any of these lists, nothing else. */
export const DictionaryObject = Type.Object(
  {
    countries: Opt(Type.Array(Country)),
    organizations: Opt(Type.Array(Organization)),
    people: Opt(Type.Array(Person)),
    titles: Opt(Type.Array(Title)),
    fillers: Opt(Strs),
    coref: Opt(Coref),
  },
  { additionalProperties: false },
);

/**
 * Which schema an entry of a dictionary that is a bare list has: people have roles, titles a title,
 * the rest are organizations.
 */
export function listEntrySchema(entry: unknown): typeof Person | typeof Title | typeof Organization {
  const o = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
  return 'roles' in o ? Person : 'title' in o ? Title : Organization;
}

export const PeopleFile = Type.Array(Person);
export const OrganizationsFile = Type.Array(Organization);

export const TitlesFile = Type.Object(
  { titles: Type.Array(Title), fillers: Opt(Strs) },
  { additionalProperties: false },
);

export const CoreferenceFile = Type.Object(
  {
    coref: Type.Object({
      ...Coref.properties,
      pronouns: Strs,
      honorifics_before: Strs,
      honorifics_after: Strs,
    }),
  },
  { additionalProperties: false },
);

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
  'facilityNouns',
  'objectMarkers',
  'conjunctionPrepositions',
  'reflexives',
] as const;

/** lexicon/actors/ruler-words.json: every list required and non-empty, as the loader requires. */
export const RulerWordsFile = Type.Object(
  Object.fromEntries(
    RULER_WORD_LISTS.map((k) => [
      k,
      Type.Array(Type.String({ pattern: '\\S', errorMessage: 'must be a non-empty word' }), {
        minItems: 1,
        errorMessage: 'must be a non-empty list of words',
      }),
    ]),
  ),
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

/** lexicon/actors/org-heads.json: head words of uncoded organizations and the sector they give (src/resolve/actors/org-heads.ts). */
export const OrgHeadsFile = Type.Object({
  $comment: Opt(Str),
  heads: Type.Array(
    Type.Object({
      head: NonEmpty,
      sector: Type.String({ pattern: '^[A-Z]{3}$', errorMessage: 'must be a three-letter CAMEO sector' }),
    }),
    { minItems: 1 },
  ),
});

export const ACTOR_SCHEMAS = {
  'lexicon/actors/org-heads.json': OrgHeadsFile,
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
