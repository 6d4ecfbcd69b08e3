// Reads the shipped actor lexicon (lexicon/actors/, located by the knowledge module, src/knowledge/)
// and users' own dictionaries, merged on top.
import type { Static, TArray, TSchema } from '@sinclair/typebox';
import { type KnowledgeName, knowledgePath, readDataText } from '../../knowledge/files.js';
import {
  DictionaryObject,
  listEntrySchema,
  Organization,
  Person,
  Title,
} from '../../knowledge/schemas/actors.js';
import { jsonSchemaFor } from '../../knowledge/schemas/index.js';
import { COUNTRIES_CLDR, readRows } from '../../knowledge/schemas/tables.js';
import { checkEntry, checkKnowledge, entryError, entryName } from '../../knowledge/validate.js';
import {
  type CorefData,
  type CountryEntry,
  type DatedCode,
  type LexiconData,
  LexiconError,
  type OrgEntry,
  type PersonEntry,
  type PersonRole,
  readCountryLine,
  type TitleEntry,
  toCountry,
  toOrg,
  toPerson,
  toTitle,
  unknownCode,
} from './lexicon-schema.js';

function readText(file: string): string {
  try {
    return readDataText(file);
  } catch (err) {
    const cause = (err as Error).cause as NodeJS.ErrnoException | undefined;
    throw new LexiconError(`${file}: cannot read actor dictionary (${cause?.code ?? 'error'})`);
  }
}

/**
 * The line of a JSON syntax error. V8 says either "at position N" or quotes the text around the bad
 * token ('Unexpected token }, ..."names": [}..." is not valid JSON', ten characters each side).
 */
function jsonErrorLine(text: string, msg: string): number | null {
  const pos = /position (\d+)/.exec(msg);
  if (pos) return text.slice(0, Number(pos[1])).split('\n').length;
  const quoted = /, (\.\.\.)?"([\s\S]*?)"(\.\.\.)? is not valid JSON/.exec(msg);
  if (!quoted) return null;
  const snippet = quoted[2] as string;
  const at = text.indexOf(snippet);
  if (at < 0) return null;
  const tokenOffset = quoted[1] ? Math.min(10, snippet.length - 1) : 0;
  return text.slice(0, at + tokenOffset).split('\n').length;
}

function readJson(file: string): unknown {
  const text = readText(file);
  try {
    return JSON.parse(text);
  } catch (err) {
    const msg = (err as Error).message;
    // V8 reports "at position N"; turn it into a line number the user can find.
    const line = jsonErrorLine(text, msg);
    throw new LexiconError(`${file}${line ? `: line ${line}` : ''}: not valid JSON (${msg.split('\n')[0]})`);
  }
}

export function readCountriesTsv(file: string): CountryEntry[] {
  const out: CountryEntry[] = [];
  readText(file)
    .split('\n')
    .forEach((line, i) => {
      if (line.trim() === '' || line.startsWith('#')) return;
      out.push(readCountryLine(file, i + 1, line.replace(/\r$/, '')));
    });
  return out;
}

/** A partial lexicon: what one file contributes. */
export type LexiconPart = Partial<Omit<LexiconData, 'coref'>> & { coref?: Partial<CorefData> };

/** Each entry's name in its file («entry 3 ("p1")», «people entry 2»), for errors found after the schema. */
const entryNames = new WeakMap<object, string>();
const nameOf = (e: object, list: string, i: number): string => entryNames.get(e) ?? entryName(list, i, e);

function named<T extends object>(entry: T, name: string): T {
  entryNames.set(entry, name);
  return entry;
}

/**
 * Reads one dictionary file: `.tsv` in the countries layout, or `.json` holding either a list of
 * entries (people, organizations, titles, told apart by their fields) or an object with any of the
 * keys countries, organizations, people, titles, fillers, coref. Every entry is checked against its
 * schema (src/knowledge/schemas/actors.ts; `schema`: a shipped file's own), then its date ranges and
 * ids; the first error is one line naming the file, the entry and the field.
 */
export function readDictionary(file: string, schema?: TSchema): LexiconPart {
  const part = readDictionaryEntries(file, schema);
  const ranges = (e: object, list: string, i: number, field: string, rs: DatedCode[] | PersonRole[]) =>
    rs.forEach((r, j) => {
      if (r.from && r.until && r.until < r.from)
        throw entryError(
          file,
          nameOf(e, list, i),
          `${field}[${j}].until`,
          `ends (${r.until}) before the range begins (${r.from})`,
        );
    });
  part.people?.forEach((p, i) => {
    ranges(p, 'people', i, 'roles', p.roles);
  });
  part.organizations?.forEach((o, i) => {
    if (o.codes.length > 1 || o.codes[0]?.from || o.codes[0]?.until)
      ranges(o, 'organizations', i, 'codes', o.codes);
  });
  noDuplicates(file, 'people', part.people, 'id');
  noDuplicates(file, 'organizations', part.organizations, 'id');
  noDuplicates(file, 'countries', part.countries, 'code');
  return part;
}

function readDictionaryEntries(file: string, schema?: TSchema): LexiconPart {
  if (file.endsWith('.tsv')) return { countries: readCountriesTsv(file) };
  const json = readJson(file);
  if (Array.isArray(json)) {
    // A shipped list file's entries all have its one schema; a user's list mixes the three kinds.
    const only = schema && (schema as TArray).items ? (schema as TArray).items : null;
    if (schema) checkKnowledge(schema, json, file);
    const part: Required<Pick<LexiconPart, 'people' | 'organizations' | 'titles'>> = {
      people: [],
      organizations: [],
      titles: [],
    };
    json.forEach((raw, i) => {
      const entrySchema = only ?? listEntrySchema(raw);
      const name = entryName(null, i, raw);
      const entry = only ? raw : checkEntry(entrySchema, raw, file, name);
      if (entrySchema === Person) part.people.push(named(toPerson(entry as Static<typeof Person>), name));
      else if (entrySchema === Title) part.titles.push(named(toTitle(entry as Static<typeof Title>), name));
      else if (entrySchema === Organization)
        part.organizations.push(named(toOrg(entry as Static<typeof Organization>), name));
      else throw new LexiconError(`${file}: no reader for its entries' schema`);
    });
    return part;
  }
  if (typeof json !== 'object' || json === null)
    throw new LexiconError(`${file}: must hold a JSON list or object`);
  const o = checkKnowledge(schema ?? DictionaryObject, json, file) as Static<typeof DictionaryObject>;
  const part: LexiconPart = {
    countries: (o.countries ?? []).map(toCountry),
    organizations: (o.organizations ?? []).map(toOrg),
    people: (o.people ?? []).map(toPerson),
    titles: (o.titles ?? []).map(toTitle),
    fillers: o.fillers ?? [],
  };
  if (o.coref !== undefined) {
    const c = o.coref;
    part.coref = {
      pronouns: c.pronouns,
      honorifics_before: c.honorifics_before,
      honorifics_after: c.honorifics_after,
      female_honorifics: c.female_honorifics,
      own_country: c.own_country,
      references: c.references?.map((r) => ({
        phrase: r.phrase,
        variants: r.variants ?? [],
        refers_to: r.refers_to ?? [],
      })),
    };
  }
  return part;
}

/** One line for the first duplicate key of one kind inside one file. */
function noDuplicates<T extends object>(
  file: string,
  list: string,
  entries: T[] | undefined,
  key: 'id' | 'code',
): void {
  const seen = new Map<string, T>();
  entries?.forEach((e, i) => {
    const k = (e as Record<string, unknown>)[key] as string;
    const prev = seen.get(k);
    if (prev !== undefined)
      throw entryError(
        file,
        nameOf(e, list, i),
        key,
        `duplicates ${nameOf(prev, list, entries.indexOf(prev))}`,
      );
    seen.set(k, e);
  });
}

/**
 * Checks what a file's entries refer to: every code must start with a state of the (merged) lexicon
 * or a CAMEO prefix, and a same_as must name an organization. Run before anything is compiled, so a
 * bad dictionary loads nothing.
 */
export function checkReferences(
  file: string,
  part: LexiconPart,
  isState: (root: string) => boolean,
  isOrg: (id: string) => boolean,
): void {
  const fail = (e: object, list: string, i: number, field: string, message: string): never => {
    throw entryError(file, nameOf(e, list, i), field, message);
  };
  part.organizations?.forEach((o, i) => {
    o.codes.forEach((c, j) => {
      const why = c.code ? unknownCode(c.code, isState) : null;
      if (why)
        fail(
          o,
          'organizations',
          i,
          o.codes.length > 1 || c.from || c.until ? `codes[${j}].code` : 'code',
          `unknown code ${why}`,
        );
    });
    if (o.country && !isState(o.country))
      fail(o, 'organizations', i, 'country', `unknown state "${o.country}"`);
    if (o.same_as && !isOrg(o.same_as))
      fail(o, 'organizations', i, 'same_as', `no organization "${o.same_as}"`);
  });
  part.people?.forEach((p, i) => {
    p.roles.forEach((r, j) => {
      const why = r.code ? unknownCode(r.code, isState) : null;
      if (why) fail(p, 'people', i, `roles[${j}].code`, `unknown code ${why}`);
    });
    if (p.country && !isState(p.country)) fail(p, 'people', i, 'country', `unknown state "${p.country}"`);
  });
  part.titles?.forEach((t, i) => {
    if (t.country && !isState(t.country)) fail(t, 'titles', i, 'country', `unknown state "${t.country}"`);
  });
}

function shippedPath(name: string): string {
  return knowledgePath(`lexicon/actors/${name}`);
}

/** A shipped file read through its own schema (src/knowledge/schemas/actors.ts). */
function readShipped(name: string): LexiconPart {
  const knowledge: KnowledgeName = `lexicon/actors/${name}`;
  return readDictionary(shippedPath(name), jsonSchemaFor(knowledge) ?? undefined);
}

/**
 * countries-cldr.tsv (derived by scripts/build-actors.ts; rows read by its format COUNTRIES_CLDR): code,
 * Farsi names, Dari names. The names are
 * appended to the curated entry's, so its display name and adjectives stay as written by hand.
 */
export function addCldrNames(countries: CountryEntry[], file: string): CountryEntry[] {
  const extra = new Map<string, string[]>();
  readRows(file, readText(file), COUNTRIES_CLDR, ({ code, fa, fa_AF }) => {
    extra.set(code, [...fa, ...fa_AF]);
  });
  return countries.map((c) => {
    const more = extra.get(c.code);
    return more ? { ...c, names: [...c.names, ...more.filter((n) => !c.names.includes(n))] } : c;
  });
}

/** Shipped entries of one kind from several files: an id used twice is an error, not a silent override. */
function uniqueIds<T extends { id: string }>(parts: Array<[string, T[]]>): T[] {
  const seen = new Map<string, string>();
  const out: T[] = [];
  for (const [file, list] of parts)
    list.forEach((e, i) => {
      const prev = seen.get(e.id);
      if (prev !== undefined)
        throw entryError(file, nameOf(e, '', i), 'id', `duplicates an entry of ${prev}`);
      seen.set(e.id, file);
      out.push(e);
    });
  return out;
}

/** The person and office titles of lexicon/actors/titles.json, checked through its schema. */
export function shippedTitles(): TitleEntry[] {
  return readShipped('titles.json').titles ?? [];
}

/** The lexicon shipped with rasad. */
export function readShippedLexicon(): LexiconData {
  const titles = readShipped('titles.json');
  // Generic groups and institutions («کارگران», «دانشگاه», «بیمارستان»): titles and groups of their own file.
  const generic = readShipped('generic-groups.json');
  const coref = readShipped('coreference.json').coref ?? {};
  const files = (names: string[], kind: 'organizations' | 'people') =>
    names.map((n) => [shippedPath(n), readShipped(n)[kind] ?? []] as [string, never[]]);
  return {
    countries: addCldrNames(
      readCountriesTsv(shippedPath('countries.tsv')),
      shippedPath('countries-cldr.tsv'),
    ),
    organizations: uniqueIds<OrgEntry>(
      files(['organizations.json', 'organizations-compiled.json', 'generic-groups.json'], 'organizations'),
    ),
    people: uniqueIds<PersonEntry>(files(['people.json', 'people-compiled.json'], 'people')),
    titles: [...(titles.titles ?? []), ...(generic.titles ?? [])],
    fillers: [...(titles.fillers ?? []), ...(generic.fillers ?? [])],
    coref: {
      pronouns: coref.pronouns ?? [],
      honorifics_before: coref.honorifics_before ?? [],
      honorifics_after: coref.honorifics_after ?? [],
      female_honorifics: coref.female_honorifics ?? [],
      references: coref.references ?? [],
      own_country: coref.own_country ?? [],
    },
  };
}

function mergeBy<T>(base: T[], extra: T[] | undefined, key: (t: T) => string): T[] {
  if (!extra || extra.length === 0) return base;
  const byKey = new Map(base.map((t) => [key(t), t] as const));
  for (const t of extra) byKey.set(key(t), t); // a user's entry replaces the shipped one with the same id
  return [...byKey.values()];
}

/** Lays user dictionaries over the shipped lexicon: same id/code/title replaces, new ones add. */
export function mergeLexicon(base: LexiconData, parts: LexiconPart[]): LexiconData {
  let out = base;
  for (const p of parts) {
    out = {
      countries: mergeBy(out.countries, p.countries, (c) => c.code),
      organizations: mergeBy(out.organizations, p.organizations, (o) => o.id),
      people: mergeBy(out.people, p.people, (x) => x.id),
      titles: mergeBy(out.titles, p.titles, (t) => t.title),
      fillers: [...new Set([...out.fillers, ...(p.fillers ?? [])])],
      coref: {
        pronouns: [...new Set([...out.coref.pronouns, ...(p.coref?.pronouns ?? [])])],
        honorifics_before: [
          ...new Set([...out.coref.honorifics_before, ...(p.coref?.honorifics_before ?? [])]),
        ],
        honorifics_after: [...new Set([...out.coref.honorifics_after, ...(p.coref?.honorifics_after ?? [])])],
        female_honorifics: [
          ...new Set([...out.coref.female_honorifics, ...(p.coref?.female_honorifics ?? [])]),
        ],
        references: [...out.coref.references, ...(p.coref?.references ?? [])],
        own_country: [...new Set([...out.coref.own_country, ...(p.coref?.own_country ?? [])])],
      },
    };
  }
  return out;
}

export { LexiconError };
