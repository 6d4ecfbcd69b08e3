// The place gazetteer (lexicon/places/gazetteer.tsv, compiled by scripts/build-places.ts from
// world-countries, CLDR, the tz database, the Afghanistan gazetteer and the project's own entries):
// loaded once, indexed by the letter key of every name so that «اسلام‌آباد», «اسلام آباد» and
// «اسلامآباد» are one lookup.
import { readKnowledgeText } from '../../knowledge/files.js';
import { GazetteerRow } from '../../knowledge/schemas/others.js';
import { readRows, WEAK_NAMES } from '../../knowledge/schemas/tables.js';
import { checkEntry, entryError } from '../../knowledge/validate.js';
import { letterKey } from '../actors/letter-key.js';

export type PlaceKind = 'country' | 'admin1' | 'admin2' | 'city';

export interface Place {
  id: string;
  kind: PlaceKind;
  /** ISO 3166 alpha-3 (also the CAMEO country code). */
  country: string;
  /** Id of the first-level division the place is in (itself for a province), or null. */
  admin1: string | null;
  /** Display name (Persian). */
  name: string;
  name_en: string;
  names: string[];
  lat: number;
  lon: number;
  /** Also a common word or a person's name: a place only after a place cue («در», «شهر» …). */
  weak: boolean;
  capital: boolean;
  /** ISO 3166 alpha-2, on countries only. */
  iso2: string | null;
}

export interface GazetteerIndex {
  byId: Map<string, Place>;
  /** Letter key of a name → the places so named, best first (see rank). */
  byKey: Map<string, Place[]>;
  /** The most words any name has (the matcher's window). */
  maxWords: number;
  /** Keys of names that are also common words or people's names (lexicon/places/weak-names.txt). */
  weakKeys: Set<string>;
  /** Every prefix of every name key: the matcher stops extending a token window that no name begins with. */
  prefixes: Set<string>;
}

/** Which of several places with one name is meant when nothing else tells: a country before its
 * capital, a capital before a province, a province before other cities, districts last. */
export function rank(p: Place): number {
  if (p.kind === 'country') return 0;
  if (p.capital) return 1;
  if (p.kind === 'city') return p.weak ? 4 : 2;
  if (p.kind === 'admin1') return 3;
  return 5;
}

/** Parses the gazetteer layout; `file` names the source in error messages. */
export function parseGazetteer(
  tsv: string,
  file = 'gazetteer.tsv',
  weakNames = '',
  weakFile = 'lexicon/places/weak-names.txt',
): GazetteerIndex {
  const byId = new Map<string, Place>();
  const lines = tsv.split('\n');
  lines.forEach((line, i) => {
    if (line.startsWith('#') || line.trim() === '' || line.startsWith('id\t')) return;
    const [id = '', kind = '', country = '', admin1, name_en, names, lat, lon, flags] = line.split('\t');
    const where = `line ${i + 1}`;
    const list = (names ?? '').split('|').filter((n) => n !== '');
    const la = Number(lat);
    const lo = Number(lon);
    checkEntry(GazetteerRow, { id, kind, country, names: list, lat: la, lon: lo }, file, where);
    if (byId.has(id)) throw entryError(file, where, 'id', `duplicates the place "${id}" of an earlier line`);
    const flagSet = new Set((flags ?? '').split(',').filter((f) => f !== ''));
    byId.set(id, {
      id,
      kind: kind as PlaceKind,
      country,
      admin1: admin1 || null,
      name: list[0],
      name_en: name_en ?? '',
      names: list,
      lat: la,
      lon: lo,
      weak: flagSet.has('weak'),
      capital: flagSet.has('capital'),
      iso2: [...flagSet].find((f) => f.startsWith('iso2='))?.slice(5) ?? null,
    });
  });
  const byKey = new Map<string, Place[]>();
  let maxWords = 1;
  for (const p of byId.values()) {
    for (const n of p.names) {
      const key = letterKey(n);
      if (key.length < 2) continue;
      const list = byKey.get(key) ?? [];
      if (!list.includes(p)) list.push(p);
      byKey.set(key, list);
      maxWords = Math.max(maxWords, n.split(/[\s\u200c]+/).length);
    }
  }
  for (const list of byKey.values()) list.sort((a, b) => rank(a) - rank(b) || (a.id < b.id ? -1 : 1));
  const weakKeys = new Set<string>();
  readRows(weakFile, weakNames, WEAK_NAMES, ({ name }) => {
    weakKeys.add(letterKey(name));
  });
  const prefixes = new Set<string>();
  for (const k of byKey.keys()) for (let n = 1; n <= k.length; n++) prefixes.add(k.slice(0, n));
  return { byId, byKey, maxWords, weakKeys, prefixes };
}

let shipped: GazetteerIndex | null = null;

/** The shipped gazetteer, loaded on first use. */
export function placeGazetteer(): GazetteerIndex {
  if (!shipped)
    shipped = parseGazetteer(
      readKnowledgeText('lexicon/places/gazetteer.tsv'),
      'lexicon/places/gazetteer.tsv',
      readKnowledgeText('lexicon/places/weak-names.txt'),
    );
  return shipped;
}

/** The places a name may be (any spelling the key folds together), best first; [] when none. */
export function lookupPlaces(name: string): readonly Place[] {
  return placeGazetteer().byKey.get(letterKey(name)) ?? [];
}

/**
 * The country (ISO3) a place name stands for — «ننگرهار» → AFG, «مشهد» → IRN, «مسکو» → RUS — or
 * null when the name is no place or is the name of places in several countries (زابل, حیدرآباد).
 * For the actor resolver: a province or city that acts stands for its country.
 */
export function placeCountry(name: string): string | null {
  const places = lookupPlaces(name);
  if (places.length === 0) return null;
  const countries = new Set(places.map((p) => p.country));
  return countries.size === 1 ? places[0].country : null;
}

/** The display name of a place's first-level division, or null. */
export function admin1Name(p: Place): string | null {
  if (!p.admin1) return null;
  return placeGazetteer().byId.get(p.admin1)?.name ?? null;
}
