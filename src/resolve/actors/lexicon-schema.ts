// The actor lexicon's entry types and their validation. The files under lexicon/actors/ and users'
// own dictionaries (PipelineOptions.dictionaries) are read through these checks, so a bad entry is
// reported as "<file>: <where>: <what is wrong>" instead of surfacing later as a wrong code.
// Schema documentation for humans: lexicon/actors/README.md and docs/lexicon.md.
import { UserError } from '../../errors.js';

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
export type OrgKind = 'igo' | 'ngo' | 'group' | 'military' | 'collective' | 'party' | 'institution' | 'place';
export const ORG_KINDS: readonly OrgKind[] = [
  'igo',
  'ngo',
  'group',
  'military',
  'collective',
  'party',
  'institution',
  'place',
];

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

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const CODE = /^[A-Z]{3,15}$/;

/**
 * A bad dictionary file: bad input (exit 1), printed by the CLI as one line. It extends the CLI's
 * UserError (a plain class with no I/O) so every face — extract, ingest, serve — reports it as such
 * without each catching it.
 */
export class LexiconError extends UserError {
  constructor(message: string) {
    super(message, 1);
  }
}

/** Field readers that name the file and the place of a bad value. */
export class FieldReader {
  constructor(
    readonly file: string,
    readonly where: string,
    readonly obj: Record<string, unknown>,
  ) {}

  fail(field: string, what: string): never {
    throw new LexiconError(`${this.file}: ${this.where}: field "${field}" ${what}`);
  }

  string(field: string): string {
    const v = this.obj[field];
    if (typeof v !== 'string' || v.trim() === '') this.fail(field, 'must be a non-empty string');
    return v;
  }

  optString(field: string): string | null {
    const v = this.obj[field];
    if (v === undefined || v === null) return null;
    if (typeof v !== 'string') this.fail(field, 'must be a string or null');
    return v === '' ? null : v;
  }

  strings(field: string, required: boolean): string[] {
    const v = this.obj[field];
    if (v === undefined || v === null) {
      if (required) this.fail(field, 'is missing (a non-empty list of strings)');
      return [];
    }
    if (!Array.isArray(v) || v.some((s) => typeof s !== 'string' || s.trim() === '')) {
      this.fail(field, 'must be a list of non-empty strings');
    }
    if (required && v.length === 0) this.fail(field, 'must not be empty');
    return v as string[];
  }

  bool(field: string): boolean {
    const v = this.obj[field];
    if (v === undefined || v === null) return false;
    if (typeof v !== 'boolean') this.fail(field, 'must be true or false');
    return v;
  }

  code(field: string): string | null {
    const v = this.optString(field);
    if (v !== null && !CODE.test(v)) this.fail(field, `must be an upper-case CAMEO code, got "${v}"`);
    return v;
  }

  /** `from` and `until` (ISO days, either may be absent); a range that ends before it begins is an error. */
  range(): { from?: string; until?: string } {
    const from = this.day('from');
    const until = this.day('until');
    if (from && until && until < from)
      this.fail('until', `ends (${until}) before the range begins (${from})`);
    return { from, until };
  }

  day(field: string): string | undefined {
    const v = this.optString(field);
    if (v === null) return undefined;
    if (!ISO_DAY.test(v)) this.fail(field, `must be an ISO day YYYY-MM-DD, got "${v}"`);
    return v;
  }
}

function asObject(file: string, where: string, v: unknown): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    throw new LexiconError(`${file}: ${where}: must be a JSON object`);
  }
  return v as Record<string, unknown>;
}

function describe(i: number, obj: Record<string, unknown>): string {
  const id = typeof obj.id === 'string' ? obj.id : typeof obj.title === 'string' ? obj.title : null;
  return id ? `entry ${i + 1} ("${id}")` : `entry ${i + 1}`;
}

export function readOrg(file: string, i: number, raw: unknown): OrgEntry {
  const obj = asObject(file, `entry ${i + 1}`, raw);
  const r = new FieldReader(file, describe(i, obj), obj);
  const kind = r.string('kind') as OrgKind;
  if (!ORG_KINDS.includes(kind)) r.fail('kind', `must be one of ${ORG_KINDS.join(', ')}`);
  let codes: DatedCode[];
  if (obj.codes !== undefined) {
    const list = obj.codes;
    if (!Array.isArray(list) || list.length === 0) r.fail('codes', 'must be a non-empty list');
    codes = (list as unknown[]).map((c, j) => {
      const cr = new FieldReader(
        file,
        `${describe(i, obj)} codes[${j}]`,
        asObject(file, `${describe(i, obj)} codes[${j}]`, c),
      );
      return { code: cr.code('code'), ...cr.range() };
    });
  } else {
    if (!('code' in obj)) r.fail('code', 'is missing (a CAMEO code, null, or a "codes" list)');
    codes = [{ code: r.code('code') }];
  }
  return {
    id: r.string('id'),
    kind,
    names: r.strings('names', true),
    name_en: r.optString('name_en'),
    codes,
    country: r.code('country'),
    wikidata: r.optString('wikidata'),
    acts_only: r.bool('acts_only'),
    same_as: r.optString('same_as'),
  };
}

export function readPerson(file: string, i: number, raw: unknown): PersonEntry {
  const obj = asObject(file, `entry ${i + 1}`, raw);
  const r = new FieldReader(file, describe(i, obj), obj);
  if (!Array.isArray(obj.roles)) r.fail('roles', 'must be a list (possibly empty)');
  const gender = r.optString('gender');
  if (gender !== null && gender !== 'm' && gender !== 'f') r.fail('gender', 'must be "m", "f" or null');
  return {
    id: r.string('id'),
    names: r.strings('names', true),
    short: r.strings('short', false),
    name_en: r.optString('name_en'),
    country: r.code('country'),
    gender: gender as 'm' | 'f' | null,
    wikidata: r.optString('wikidata'),
    roles: (obj.roles as unknown[]).map((raw2, j) => {
      const where = `${describe(i, obj)} roles[${j}]`;
      const rr = new FieldReader(file, where, asObject(file, where, raw2));
      return { role: rr.string('role'), code: rr.code('code'), ...rr.range() };
    }),
  };
}

export function readTitle(file: string, i: number, raw: unknown): TitleEntry {
  const obj = asObject(file, `titles[${i}]`, raw);
  const r = new FieldReader(file, `titles[${i}] ("${String(obj.title)}")`, obj);
  const kind = r.string('kind') as TitleKind;
  if (kind !== 'person' && kind !== 'office' && kind !== 'side')
    r.fail('kind', 'must be "person", "office" or "side"');
  return {
    title: r.string('title'),
    variants: r.strings('variants', false),
    kind,
    sector: r.optString('sector'),
    open: r.bool('open'),
    takes_in: r.bool('takes_in'),
    country: r.code('country'),
    domestic: r.bool('domestic'),
    context: r.bool('context'),
    en: r.optString('en'),
  };
}

/** One line of countries.tsv: code, name_en, wikidata, names, adjectives, capitals (lists split on |). */
export function readCountryLine(file: string, lineNo: number, line: string): CountryEntry {
  const cols = line.split('\t');
  const where = `line ${lineNo}`;
  if (cols.length < 4 || cols.length > 6) {
    throw new LexiconError(
      `${file}: ${where}: expected 4 to 6 tab-separated columns (code, name_en, wikidata, names, adjectives, capitals), got ${cols.length}`,
    );
  }
  const [code = '', nameEn = '', wikidata = '', names = '', adjectives = '', capitals = ''] = cols.map((c) =>
    c.trim(),
  );
  if (!/^[A-Z]{3}$/.test(code))
    throw new LexiconError(
      `${file}: ${where}: column "code" must be three upper-case letters, got "${code}"`,
    );
  if (wikidata && !/^Q\d+$/.test(wikidata))
    throw new LexiconError(`${file}: ${where}: column "wikidata" must look like Q123, got "${wikidata}"`);
  const list = (s: string) =>
    s
      .split('|')
      .map((x) => x.trim())
      .filter(Boolean);
  if (list(names).length === 0)
    throw new LexiconError(`${file}: ${where}: column "names" must hold at least one name`);
  return {
    code,
    name_en: nameEn,
    wikidata: wikidata || null,
    names: list(names),
    adjectives: list(adjectives),
    capitals: list(capitals),
  };
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
