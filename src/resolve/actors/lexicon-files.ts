// Reads the shipped actor lexicon (lexicon/actors/, located by the knowledge module, src/knowledge/)
// and users' own dictionaries, merged on top.
import { knowledgePath, readDataText } from '../../knowledge/files.js';
import {
  type CorefData,
  type CountryEntry,
  type LexiconData,
  LexiconError,
  type OrgEntry,
  type PersonEntry,
  readCountryLine,
  readOrg,
  readPerson,
  readTitle,
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

function listOf<T>(
  file: string,
  field: string,
  v: unknown,
  read: (file: string, i: number, raw: unknown) => T,
): T[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) throw new LexiconError(`${file}: field "${field}" must be a list`);
  return v.map((raw, i) => read(file, i, raw));
}

function stringsOf(file: string, field: string, v: unknown): string[] {
  if (v === undefined) return [];
  if (!Array.isArray(v) || v.some((s) => typeof s !== 'string'))
    throw new LexiconError(`${file}: field "${field}" must be a list of strings`);
  return v as string[];
}

/** Which kind an entry of a bare JSON list is: people have roles, titles have a title, the rest are organizations. */
function readMixedList(file: string, list: unknown[]): LexiconPart {
  const part: Required<Pick<LexiconPart, 'people' | 'organizations' | 'titles'>> = {
    people: [],
    organizations: [],
    titles: [],
  };
  list.forEach((raw, i) => {
    const obj = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    if ('roles' in obj) part.people.push(readPerson(file, i, raw));
    else if ('title' in obj) part.titles.push(readTitle(file, i, raw));
    else part.organizations.push(readOrg(file, i, raw));
  });
  return part;
}

/**
 * Reads one dictionary file: `.tsv` in the countries layout, or `.json` holding either a list of
 * entries (people, organizations, titles, told apart by their fields) or an object with any of the
 * keys countries, organizations, people, titles, fillers, coref.
 */
export function readDictionary(file: string): LexiconPart {
  const part = readDictionaryEntries(file);
  noDuplicateIds(file, 'people', part.people);
  noDuplicateIds(file, 'organizations', part.organizations);
  const codes = new Map<string, number>();
  part.countries?.forEach((c, i) => {
    if (codes.has(c.code))
      throw new LexiconError(
        `${file}: countries entry ${i + 1} ("${c.code}"): field "code" duplicates entry ${(codes.get(c.code) as number) + 1}`,
      );
    codes.set(c.code, i);
  });
  return part;
}

function readDictionaryEntries(file: string): LexiconPart {
  if (file.endsWith('.tsv')) return { countries: readCountriesTsv(file) };
  const json = readJson(file);
  if (Array.isArray(json)) return readMixedList(file, json);
  if (typeof json !== 'object' || json === null)
    throw new LexiconError(`${file}: must hold a JSON list or object`);
  const o = json as Record<string, unknown>;
  const known = new Set(['countries', 'organizations', 'people', 'titles', 'fillers', 'coref']);
  for (const k of Object.keys(o))
    if (!known.has(k))
      throw new LexiconError(`${file}: unknown field "${k}" (expected ${[...known].join(', ')})`);
  const countries =
    o.countries === undefined
      ? []
      : (() => {
          if (!Array.isArray(o.countries))
            throw new LexiconError(`${file}: field "countries" must be a list`);
          return o.countries.map((c, i) => {
            if (typeof c !== 'object' || c === null)
              throw new LexiconError(`${file}: countries[${i}] must be an object`);
            const r = c as Record<string, unknown>;
            const join = (v: unknown) => (Array.isArray(v) ? v.join('|') : typeof v === 'string' ? v : '');
            return readCountryLine(
              file,
              i + 1,
              [r.code, r.name_en, r.wikidata ?? '', join(r.names), join(r.adjectives), join(r.capitals)]
                .map((x) => String(x ?? ''))
                .join('\t'),
            );
          });
        })();
  const part: LexiconPart = {
    countries,
    organizations: listOf(file, 'organizations', o.organizations, readOrg),
    people: listOf(file, 'people', o.people, readPerson),
    titles: listOf(file, 'titles', o.titles, readTitle),
    fillers: stringsOf(file, 'fillers', o.fillers),
  };
  if (o.coref !== undefined) {
    const c = o.coref as Record<string, unknown>;
    if (typeof c !== 'object' || c === null)
      throw new LexiconError(`${file}: field "coref" must be an object`);
    const references =
      c.references === undefined
        ? undefined
        : (() => {
            if (!Array.isArray(c.references))
              throw new LexiconError(`${file}: field "coref.references" must be a list`);
            return c.references.map((r, i) => {
              const rr = r as Record<string, unknown>;
              if (typeof rr?.phrase !== 'string')
                throw new LexiconError(`${file}: coref.references[${i}]: field "phrase" must be a string`);
              return {
                phrase: rr.phrase,
                variants: stringsOf(file, `coref.references[${i}].variants`, rr.variants),
                refers_to: stringsOf(file, `coref.references[${i}].refers_to`, rr.refers_to),
              };
            });
          })();
    part.coref = {
      pronouns: c.pronouns === undefined ? undefined : stringsOf(file, 'coref.pronouns', c.pronouns),
      honorifics_before:
        c.honorifics_before === undefined
          ? undefined
          : stringsOf(file, 'coref.honorifics_before', c.honorifics_before),
      honorifics_after:
        c.honorifics_after === undefined
          ? undefined
          : stringsOf(file, 'coref.honorifics_after', c.honorifics_after),
      female_honorifics:
        c.female_honorifics === undefined
          ? undefined
          : stringsOf(file, 'coref.female_honorifics', c.female_honorifics),
      own_country:
        c.own_country === undefined ? undefined : stringsOf(file, 'coref.own_country', c.own_country),
      references,
    };
  }
  return part;
}

/** One line for the first duplicate id of one kind inside one file. */
function noDuplicateIds(file: string, field: string, list: Array<{ id: string }> | undefined): void {
  const seen = new Map<string, number>();
  list?.forEach((e, i) => {
    const prev = seen.get(e.id);
    if (prev !== undefined)
      throw new LexiconError(
        `${file}: ${field} entry ${i + 1} ("${e.id}"): field "id" duplicates entry ${prev + 1}`,
      );
    seen.set(e.id, i);
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
  part.organizations?.forEach((o, i) => {
    for (const c of o.codes) {
      const why = c.code ? unknownCode(c.code, isState) : null;
      if (why)
        throw new LexiconError(`${file}: entry ${i + 1} ("${o.id}"): field "code": unknown code ${why}`);
    }
    if (o.country && !isState(o.country))
      throw new LexiconError(
        `${file}: entry ${i + 1} ("${o.id}"): field "country": unknown state "${o.country}"`,
      );
    if (o.same_as && !isOrg(o.same_as))
      throw new LexiconError(
        `${file}: entry ${i + 1} ("${o.id}"): field "same_as": no organization "${o.same_as}"`,
      );
  });
  part.people?.forEach((p, i) => {
    p.roles.forEach((r, j) => {
      const why = r.code ? unknownCode(r.code, isState) : null;
      if (why)
        throw new LexiconError(
          `${file}: entry ${i + 1} ("${p.id}") roles[${j}]: field "code": unknown code ${why}`,
        );
    });
    if (p.country && !isState(p.country))
      throw new LexiconError(
        `${file}: entry ${i + 1} ("${p.id}"): field "country": unknown state "${p.country}"`,
      );
  });
  part.titles?.forEach((t, i) => {
    if (t.country && !isState(t.country))
      throw new LexiconError(
        `${file}: titles[${i}] ("${t.title}"): field "country": unknown state "${t.country}"`,
      );
  });
}

function shippedPath(name: string): string {
  return knowledgePath(`lexicon/actors/${name}`);
}

/**
 * countries-cldr.tsv (derived by scripts/build-actors.ts): code, Farsi names, Dari names. The names are
 * appended to the curated entry's, so its display name and adjectives stay as written by hand.
 */
export function addCldrNames(countries: CountryEntry[], file: string): CountryEntry[] {
  const extra = new Map<string, string[]>();
  readText(file)
    .split('\n')
    .forEach((line, i) => {
      if (line.trim() === '' || line.startsWith('#')) return;
      const [code = '', fa = '', af = ''] = line.replace(/\r$/, '').split('\t');
      if (!/^[A-Z]{3}$/.test(code))
        throw new LexiconError(
          `${file}: line ${i + 1}: column "code" must be three upper-case letters, got "${code}"`,
        );
      extra.set(code, [...fa.split('|'), ...af.split('|')].filter(Boolean));
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
        throw new LexiconError(
          `${file}: entry ${i + 1} ("${e.id}"): field "id" duplicates an entry of ${prev}`,
        );
      seen.set(e.id, file);
      out.push(e);
    });
  return out;
}

/** The lexicon shipped with rasad. */
export function readShippedLexicon(): LexiconData {
  const titlesFile = shippedPath('titles.json');
  const titles = readDictionary(titlesFile);
  // Generic groups and institutions («کارگران», «دانشگاه», «بیمارستان»): titles and groups of their own file.
  const generic = readDictionary(shippedPath('generic-groups.json'));
  const coref = readDictionary(shippedPath('coreference.json')).coref ?? {};
  const files = (names: string[], kind: 'organizations' | 'people') =>
    names.map((n) => [shippedPath(n), readDictionary(shippedPath(n))[kind] ?? []] as [string, never[]]);
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
