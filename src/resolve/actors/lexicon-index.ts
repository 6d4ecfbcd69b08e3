// The actor lexicon compiled for matching: one character trie over letter keys (letter-key.ts) whose
// nodes hold what a phrase can be (a country, a title, a person …). Matching walks the trie across
// the words of the text, so one pass finds every lexicon phrase whatever its spacing or ZWNJ: a
// hash step per character, never one regular expression per entry. Compiled once per set of
// dictionaries and cached.
import { compiledKnowledge } from '../../knowledge/compiled.js';
import { letterKey } from './letter-key.js';
import { checkReferences, mergeLexicon, readDictionary, readShippedLexicon } from './lexicon-files.js';
import type {
  CountryEntry,
  LexiconData,
  OrgEntry,
  PersonEntry,
  ReferenceEntry,
  TitleEntry,
} from './lexicon-schema.js';

export type Item =
  | { kind: 'country'; form: string; country: CountryEntry }
  | { kind: 'adjective'; form: string; country: CountryEntry }
  | { kind: 'capital'; form: string; country: CountryEntry }
  | { kind: 'demonym'; form: string; country: CountryEntry }
  | { kind: 'org'; form: string; org: OrgEntry }
  | { kind: 'person'; form: string; person: PersonEntry }
  | { kind: 'short'; form: string; person: PersonEntry }
  /** The last word of a person's full name: that person only once named in the article. */
  | { kind: 'surname'; form: string; person: PersonEntry }
  | { kind: 'title'; form: string; title: TitleEntry }
  | { kind: 'filler'; form: string }
  | { kind: 'reference'; form: string; ref: ReferenceEntry }
  | { kind: 'pronoun'; form: string }
  | { kind: 'hon-before'; form: string; female: boolean }
  | { kind: 'hon-after'; form: string }
  | { kind: 'own-country'; form: string };

export type ItemKind = Item['kind'];

export interface TrieNode {
  next: Map<string, TrieNode>;
  items: Item[] | null;
}

export interface CompiledLexicon {
  data: LexiconData;
  root: TrieNode;
  countryByCode: Map<string, CountryEntry>;
  orgById: Map<string, OrgEntry>;
  personById: Map<string, PersonEntry>;
  /** Longest lexicon phrase in words, bounding how far a match is tried. */
  maxWords: number;
  /**
   * The token-key index: every key prefix a text word may start a match with, to the trie node it
   * reaches. A word not here starts no match; one that is skips the character walk (one hash lookup).
   */
  prefixes: Map<string, TrieNode>;
}

function newNode(): TrieNode {
  return { next: new Map(), items: null };
}

function insert(root: TrieNode, form: string, item: Item): void {
  const key = letterKey(form);
  if (key === '') return;
  let node = root;
  for (const ch of key) {
    let child = node.next.get(ch);
    if (!child) {
      child = newNode();
      node.next.set(ch, child);
    }
    node = child;
  }
  node.items ??= [];
  // The same phrase may be listed twice (a variant equal to another after folding): keep one per entry.
  if (!node.items.some((it) => it.kind === item.kind && sameEntry(it, item))) node.items.push(item);
}

function sameEntry(a: Item, b: Item): boolean {
  const ea =
    'country' in a
      ? a.country
      : 'org' in a
        ? a.org
        : 'person' in a
          ? a.person
          : 'title' in a
            ? a.title
            : 'ref' in a
              ? a.ref
              : null;
  const eb =
    'country' in b
      ? b.country
      : 'org' in b
        ? b.org
        : 'person' in b
          ? b.person
          : 'title' in b
            ? b.title
            : 'ref' in b
              ? b.ref
              : null;
  return ea === eb;
}

/** Surface forms of a title: as listed, with the ezafe «ی» after a vowel (سخنگوی), and plurals. */
export function titleForms(form: string): string[] {
  const out = [form];
  if (/[اوه]$/.test(form)) out.push(`${form}ی`, `${form}\u200cی`);
  if (!/(ها|های|ان|ات)$/.test(form)) out.push(`${form}\u200cها`, `${form}\u200cهای`);
  return out;
}

/**
 * Adjectives that also name ethnic groups living inside Afghanistan and Iran: «تاجیک‌ها», «ازبک‌ها»,
 * «آذربایجانی‌ها» in the region's news are mostly citizens there, not the neighbouring state.
 */
const ETHNIC_GROUPS = new Set(
  ['تاجیک', 'ازبک', 'ترکمن', 'قرقیز', 'قزاق', 'آذربایجانی', 'آذری', 'بلوچ', 'افغانی'].map(letterKey),
);

/**
 * The people of a state as a plural noun: «آمریکایی‌ها», «آمريكاييها», «فلسطینیان», «ترک‌ها». ZWNJ,
 * spacing and Arabic letters are folded by the key, so one form covers every spelling.
 */
export function pluralDemonyms(adjective: string): string[] {
  if (/\s/.test(adjective)) return [];
  const out = [`${adjective}ها`, `${adjective}های`];
  if (adjective.endsWith('ی')) out.push(`${adjective}ان`);
  return out;
}

/** «همتای پاکستانی‌اش», «همتایان روسی‌شان»: an adjective with a possessive clitic still names the state. */
export function possessiveForms(adjective: string): string[] {
  if (/\s/.test(adjective)) return [];
  return [`${adjective}اش`, `${adjective}شان`, `${adjective}\u200cاش`];
}

/**
 * Surnames every multi-word name implies: «ایوانف» of «ایگور ایوانف», «مشرف» of «پرویز مشرف». Unlike
 * the listed `short` forms they are never taken on their own: only for a person already named in the
 * same article (so two Ivanovs in the lexicon do not make every «ایوانف» ambiguous). Words of one or
 * two letters and honorifics («صاحب») are no surname.
 */
export function impliedSurnames(p: PersonEntry, honorifics: ReadonlySet<string>): string[] {
  const listed = new Set(p.short.map(letterKey));
  const out: string[] = [];
  for (const n of p.names) {
    const parts = n.split(/\s+/).filter(Boolean);
    if (parts.length < 2) continue;
    const last = parts[parts.length - 1] as string;
    const key = letterKey(last);
    if (key.length < 3 || honorifics.has(key) || listed.has(key) || out.some((o) => letterKey(o) === key))
      continue;
    out.push(last);
  }
  return out;
}

function wordCount(form: string): number {
  return form.split(/\s+/).filter(Boolean).length;
}

export function compileLexicon(data: LexiconData): CompiledLexicon {
  const root = newNode();
  let maxWords = 1;
  const firstWords = new Set<string>();
  const add = (form: string, item: Item) => {
    insert(root, form, item);
    maxWords = Math.max(maxWords, wordCount(form));
    firstWords.add(letterKey(form.trim().split(/\s+/)[0] as string));
  };
  for (const c of data.countries) {
    for (const n of c.names) {
      add(n, { kind: 'country', form: n, country: c });
      // «آمریکای» (ezafe), «اروپای»: a country name ending in a vowel letter takes a written «ی».
      if (/[او]$/.test(n)) add(`${n}ی`, { kind: 'country', form: `${n}ی`, country: c });
    }
    for (const a of c.adjectives) {
      add(a, { kind: 'adjective', form: a, country: c });
      for (const f of possessiveForms(a)) add(f, { kind: 'adjective', form: f, country: c });
      if (!ETHNIC_GROUPS.has(letterKey(a)))
        for (const f of pluralDemonyms(a)) add(f, { kind: 'demonym', form: f, country: c });
    }
    for (const cap of c.capitals) add(cap, { kind: 'capital', form: cap, country: c });
  }
  for (const o of data.organizations) for (const n of o.names) add(n, { kind: 'org', form: n, org: o });
  const honorifics = new Set(
    [...data.coref.honorifics_before, ...data.coref.honorifics_after].map(letterKey),
  );
  for (const p of data.people) {
    for (const n of p.names) add(n, { kind: 'person', form: n, person: p });
    for (const s of p.short) add(s, { kind: 'short', form: s, person: p });
    for (const s of impliedSurnames(p, honorifics)) add(s, { kind: 'surname', form: s, person: p });
  }
  for (const t of data.titles) {
    for (const f of [t.title, ...t.variants])
      for (const form of titleForms(f)) add(form, { kind: 'title', form, title: t });
  }
  for (const f of data.fillers) add(f, { kind: 'filler', form: f });
  for (const r of data.coref.references)
    for (const f of [r.phrase, ...r.variants]) add(f, { kind: 'reference', form: f, ref: r });
  for (const p of data.coref.pronouns) add(p, { kind: 'pronoun', form: p });
  for (const h of data.coref.honorifics_before) {
    add(h, { kind: 'hon-before', form: h, female: data.coref.female_honorifics.includes(h) });
  }
  for (const h of data.coref.honorifics_after) add(h, { kind: 'hon-after', form: h });
  for (const o of data.coref.own_country) add(o, { kind: 'own-country', form: o });
  // The words a match may start at. A text word may be a piece of a lexicon word («امیر» of
  // «امیرخان متقی»), so key prefixes count, but not one- or two-letter ones (از، با، در …: a third of
  // all words) unless a lexicon phrase starts with that very word (پ ک ک، بن لادن).
  const prefixes = new Map<string, TrieNode>();
  const walk = (node: TrieNode, prefix: string) => {
    for (const [ch, child] of node.next) {
      const p = prefix + ch;
      if (p.length >= 3 || firstWords.has(p)) prefixes.set(p, child);
      walk(child, p);
    }
  };
  walk(root, '');
  return {
    prefixes,
    data,
    root,
    countryByCode: new Map(data.countries.map((c) => [c.code, c])),
    orgById: new Map(data.organizations.map((o) => [o.id, o])),
    personById: new Map(data.people.map((p) => [p.id, p])),
    maxWords,
  };
}

/** The trie node reached from `node` by one whole word's key, or null (a short character walk). */
export function stepWord(node: TrieNode, key: string): TrieNode | null {
  let n: TrieNode | undefined = node;
  for (let c = 0; c < key.length && n; c++) n = n.next.get(key[c] as string);
  return n ?? null;
}

/** What the lexicon says a whole phrase is (exact match of its letter key), or null. */
export function lookupPhrase(lex: CompiledLexicon, text: string): Item[] | null {
  let node: TrieNode | undefined = lex.root;
  for (const ch of letterKey(text)) {
    node = node.next.get(ch);
    if (!node) return null;
  }
  return node.items;
}

const cache = new Map<string, CompiledLexicon>();

/** The shipped lexicon with the given user dictionaries laid over it (compiled once, cached). */
export function actorLexicon(dictionaries: readonly string[] = []): CompiledLexicon {
  const cacheKey = dictionaries.join('\n');
  let lex = cache.get(cacheKey);
  if (!lex && dictionaries.length === 0) {
    // The shipped lexicon alone: compiled at build time (src/knowledge/compiled.ts).
    lex = compiledKnowledge('actors/lexicon', ['lexicon/actors/'], () => compileLexicon(readShippedLexicon()));
    cache.set(cacheKey, lex);
  }
  if (!lex) {
    const base = readShippedLexicon();
    const parts = dictionaries.map((f) => readDictionary(f));
    const merged = mergeLexicon(base, parts);
    const states = new Set(merged.countries.map((c) => c.code));
    const orgs = new Set(merged.organizations.map((o) => o.id));
    parts.forEach((p, i) => {
      checkReferences(
        dictionaries[i] as string,
        p,
        (c) => states.has(c),
        (id) => orgs.has(id),
      );
    });
    lex = compileLexicon(merged);
    cache.set(cacheKey, lex);
  }
  return lex;
}
