// The actor lexicon's entry types and their validation. The files under lexicon/actors/ and users'
// own dictionaries (PipelineOptions.dictionaries) are read through these checks, so a bad entry is
// reported as "<file>: <where>: <what is wrong>" instead of surfacing later as a wrong code.
// Schema documentation for humans: lexicon/actors/README.md and docs/lexicon.md.
import type { Static } from '@sinclair/typebox';
import {
  Country,
  type ORG_KIND_NAMES,
  type Organization,
  type Person,
  type Title,
} from '../../knowledge/schemas/actors.js';
import { checkEntry, entryError } from '../../knowledge/validate.js';

/** A code valid over a date range (ISO days, both ends inclusive, either end open). */
export interface DatedCode {
  code: string | null;
  from?: string;
  until?: string;
}

export interface CountryEntry {
  /** ISO 3166 alpha-3 (or XKX for Kosovo), also the CAMEO country code. */
  code: string;
  name_en: string;
  wikidata: string | null;
  /** Persian/Dari names; the first is the display name. */
  names: string[];
  adjectives: string[];
  /** Capitals and seats of power that stand for the state when they act (مسکو، کرملین). */
  capitals: string[];
}

/** `place`: a name that contains a state or capital but is a region or place (آذربایجان شرقی, غرب آسیا): a LOC, no actor. */
export type OrgKind = (typeof ORG_KIND_NAMES)[number];

export interface OrgEntry {
  id: string;
  kind: OrgKind;
  names: string[];
  name_en: string | null;
  /** Codes by date; a single `code` in the file becomes one open-ended range. */
  codes: DatedCode[];
  country: string | null;
  wikidata: string | null;
  /** Only an actor when it acts (not after در/به/از): «غرب», «اروپا». */
  acts_only: boolean;
  /** Mentions join the actor of this other entry id (غرب → کشورهای غربی). */
  same_as: string | null;
}

export interface PersonRole {
  /** The office as Persian text, e.g. «وزیر خارجه طالبان»; parsed like a title phrase in text. */
  role: string;
  code: string | null;
  from?: string;
  until?: string;
}

export interface PersonEntry {
  id: string;
  /** Full names and safe stand-alone forms; matched anywhere. */
  names: string[];
  /** Surnames and short forms; matched only once the person has been named in the article. */
  short: string[];
  name_en: string | null;
  country: string | null;
  gender: 'm' | 'f' | null;
  wikidata: string | null;
  roles: PersonRole[];
}

export type TitleKind = 'person' | 'office' | 'side';

export interface TitleEntry {
  title: string;
  variants: string[];
  kind: TitleKind;
  sector: string | null;
  /** May be followed by up to two words not in the lexicon (وزیر اقتصاد ایران). */
  open: boolean;
  /** Takes a «در X» tail that belongs to the office (سفیر ایران در کابل). */
  takes_in: boolean;
  /** Country when the phrase names none (مجلس شورای اسلامی → IRN). */
  country: string | null;
  /** Named bare («وزارت خارجه», «مجلس»), the office of the country the article is written in. */
  domestic: boolean;
  /**
   * Named bare («ارتش», «پلیس», «شبه‌نظامیان», «نمایندگان مجلس»), the body of the state the text places
   * it in («ارتش در جنوب موصل» → IRQMIL): the nearest place's country, else nobody.
   */
  context: boolean;
  /**
   * Like `context`, and when its sentence names no place, the body of the state the whole article is
   * about («پلیس گفت …» in a report from Belfast → GBRCOP; src/resolve/actors/article-state.ts).
   */
  article: boolean;
  en: string | null;
}

export interface ReferenceEntry {
  phrase: string;
  variants: string[];
  /** Org kinds, 'country', or 'office:<title>' that this phrase can point back to. */
  refers_to: string[];
}

export interface CorefData {
  pronouns: string[];
  honorifics_before: string[];
  honorifics_after: string[];
  female_honorifics: string[];
  references: ReferenceEntry[];
  own_country: string[];
}

export interface LexiconData {
  countries: CountryEntry[];
  organizations: OrgEntry[];
  people: PersonEntry[];
  titles: TitleEntry[];
  fillers: string[];
  coref: CorefData;
}

/** A bad dictionary file: the knowledge loaders' one error (one line, exit status 1). */
export { KnowledgeError as LexiconError } from '../../knowledge/validate.js';

// The entries below arrive checked against their schemas (src/knowledge/schemas/actors.ts); these
// functions only give them their compiled shape: absent lists become empty, «» and absent become null.
const orNull = (v: string | null | undefined): string | null => (v === undefined || v === '' ? null : v);
const range = (r: { from?: string | null; until?: string | null }) => ({
  ...(r.from ? { from: r.from } : {}),
  ...(r.until ? { until: r.until } : {}),
});

export function toOrg(o: Static<typeof Organization>): OrgEntry {
  return {
    id: o.id,
    kind: o.kind as OrgKind,
    names: o.names,
    name_en: orNull(o.name_en),
    codes: o.codes ? o.codes.map((c) => ({ code: orNull(c.code), ...range(c) })) : [{ code: orNull(o.code) }],
    country: orNull(o.country),
    wikidata: orNull(o.wikidata),
    acts_only: o.acts_only === true,
    same_as: orNull(o.same_as),
  };
}

export function toPerson(p: Static<typeof Person>): PersonEntry {
  return {
    id: p.id,
    names: p.names,
    short: p.short ?? [],
    name_en: orNull(p.name_en),
    country: orNull(p.country),
    gender: (orNull(p.gender) as 'm' | 'f' | null) ?? null,
    wikidata: orNull(p.wikidata),
    roles: p.roles.map((r) => ({ role: r.role, code: orNull(r.code), ...range(r) })),
  };
}

export function toTitle(t: Static<typeof Title>): TitleEntry {
  return {
    title: t.title,
    variants: t.variants ?? [],
    kind: t.kind as TitleKind,
    sector: orNull(t.sector),
    open: t.open === true,
    takes_in: t.takes_in === true,
    country: orNull(t.country),
    domestic: t.domestic === true,
    context: t.context === true,
    article: t.article === true,
    en: orNull(t.en),
  };
}

const splitList = (v: string | string[] | null | undefined): string[] =>
  (Array.isArray(v) ? v : (v ?? '').split('|')).map((x) => x.trim()).filter(Boolean);

export function toCountry(c: Static<typeof Country>): CountryEntry {
  return {
    code: c.code,
    name_en: c.name_en ?? '',
    wikidata: orNull(c.wikidata),
    names: splitList(c.names),
    adjectives: splitList(c.adjectives),
    capitals: splitList(c.capitals),
  };
}

const COUNTRY_COLUMNS = ['code', 'name_en', 'wikidata', 'names', 'adjectives', 'capitals'] as const;

/** One line of countries.tsv: code, name_en, wikidata, names, adjectives, capitals (lists split on |). */
export function readCountryLine(file: string, lineNo: number, line: string): CountryEntry {
  const cols = line.split('\t').map((c) => c.trim());
  if (cols.length < 4 || cols.length > 6)
    throw entryError(
      file,
      `line ${lineNo}`,
      null,
      `expected 4 to 6 tab-separated columns (${COUNTRY_COLUMNS.join(', ')}), got ${cols.length}`,
    );
  const row = Object.fromEntries(COUNTRY_COLUMNS.map((k, i) => [k, cols[i] ?? '']));
  return toCountry(checkEntry(Country, { ...row, names: splitList(row.names) }, file, `line ${lineNo}`));
}

/** Code roots that are not states: CAMEO's international, regional and unknown-actor prefixes. */
export const NON_STATE_ROOTS: ReadonlySet<string> = new Set([
  'IGO',
  'NGO',
  'IMG',
  'MNC',
  'UIS',
  'UAF',
  'INT',
  'WST',
  'EUR',
  'CAS',
  'ARB',
  'MOS',
  'AFR',
  'ASA',
  'SEA',
  'MEA',
  'PGS',
  'BAL',
  'CAU',
  'LAM',
  'NAF',
  'SAF',
  'WAF',
  'EAF',
  'SAS',
  'NMR',
  'CRB',
  'SCN',
  'EEU',
  'SAM',
  'NAM',
  'OCE',
  'CFR',
  'CEU',
  'CMN',
  'BLK',
  'DEV',
  'UNK',
]);

/** Why a CAMEO code is not one rasad can use (its first three letters name no state or known prefix), or null. */
export function unknownCode(code: string, isState: (root: string) => boolean): string | null {
  if (code.length % 3 !== 0) return `"${code}" is not made of three-letter parts`;
  const root = code.slice(0, 3);
  if (!isState(root) && !NON_STATE_ROOTS.has(root))
    return `"${code}" starts with "${root}", which is neither a state in the lexicon nor a CAMEO prefix (IGO, NGO, IMG …)`;
  return null;
}
