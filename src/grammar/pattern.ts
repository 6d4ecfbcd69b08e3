// Surface patterns over the words of a sentence (docs/events.md, "Pattern syntax"):
//   «دیدار @کردن»     a literal word, then any form of the verb کردن
//   «خواستار … @شدن»  a gap of up to GAP_MAX words inside one clause (discontinuous light verbs);
//                     «…16» a gap of up to 16 words (at most GAP_LIMIT)
//   «تحریم*»           a word beginning with تحریم
//   «دیدار|ملاقات»     alternatives
//   «محکوم @کردن|نمودن|ساختن»  any form of any of these verbs (the light verbs a noun takes)
//   «گفت‌وگو»          a word written with ZWNJ also matches its parts as separate words
//                     («گفت و گو», «غیرقابل قبول»): see patternVariants
// Literal words of three letters or more also match with a plural/indefinite ending attached
// («حمله» matches «حمله‌ای», «تماس» matches «تماسی»), which the loss of ZWNJ glues on.
import { compoundAt } from './compounds.js';
import type { GrammarLexicon } from './grammar-lexicon.js';
import { KeyFilter } from './key-filter.js';
import type { SentenceView } from './sentence-view.js';
import { readVerb, type VerbReading } from './verb-forms.js';
import { wordKey } from './word-key.js';

export type PatternElement =
  | { kind: 'word'; keys: Set<string> }
  | { kind: 'prefix'; prefix: string }
  | { kind: 'verb'; lemmas: string[] }
  | { kind: 'gap'; max: number };

export interface CompiledPattern {
  source: string;
  elements: PatternElement[];
  /** Number of non-gap elements: longer patterns are tried first. */
  weight: number;
  hasVerb: boolean;
}

export interface PatternMatch {
  first: number;
  last: number;
  /** Word index and reading of the pattern's verb element, if any. */
  verbAt: number;
  verb: VerbReading | null;
}

export const GAP_MAX = 8;
const GUILLEMETS = new Set(['«', '»']);
/** Quotation marks a pattern steps over between two of its words. */
const QUOTE_MARKS = new Set(['«', '»', '"', '“', '”']);
/** The widest gap a pattern may ask for («خواستار …16 @شدن»): gaps stay inside one clause anyway. */
export const GAP_LIMIT = 20;
const ATTACHED = ['ای', 'ی', 'های', 'ها', 'یی', 'هایی'];

const ZWNJ = '\u200c';
/** At most this many spellings of one pattern (2^k for k ZWNJs): a pattern with more is an error. */
const MAX_VARIANTS = 32;
/**
 * Pieces the sentence view joins back to the word before («ها»، «اند») or after («می»): a ZWNJ next
 * to them is never written as a space in the view's words, so it is not split here.
 */
const JOINED_AFTER = new Set(['می', 'نمی']);
const JOINED_BEFORE = new Set(['ها', 'های', 'هایی', 'ای', 'ام', 'اند', 'ایم', 'اید', 'اش', 'ات', 'ی', 'یی']);

/** The spellings of one pattern word: as written (ZWNJ dropped by the key) and split at each ZWNJ. */
function wordSpellings(part: string): string[][] {
  if (!part.includes(ZWNJ) || part.startsWith('@') || part.endsWith('*')) return [[part]];
  const alternatives = part.split('|');
  if (alternatives.length > 1) {
    // «گفت‌وگو|گفتگو»: an alternative with ZWNJ may also stand as separate words, on its own.
    const out = [[part]];
    for (const alt of alternatives) {
      const pieces = splittable(alt);
      if (pieces.length > 1) out.push(pieces.map((p) => p.join('')));
    }
    return out;
  }
  const pieces = splittable(part);
  // Every ZWNJ between pieces may be a space or nothing: «غیرقابل قبول»، «غیر قابل قبول».
  let out: string[][] = [[pieces[0].join('')]];
  for (let k = 1; k < pieces.length; k++) {
    const next: string[][] = [];
    for (const words of out) {
      next.push([...words.slice(0, -1), words[words.length - 1] + pieces[k].join('')]);
      next.push([...words, pieces[k].join('')]);
    }
    out = next;
  }
  return out;
}

/** A word split at the ZWNJs a writer may have typed as a space (not before «ها», not after «می»). */
function splittable(word: string): string[][] {
  const raw = word.split(ZWNJ).filter((p) => p !== '');
  const pieces: string[][] = [[raw[0]]];
  for (let k = 1; k < raw.length; k++) {
    const prev = pieces[pieces.length - 1];
    if (JOINED_BEFORE.has(raw[k]) || JOINED_AFTER.has(prev[prev.length - 1])) prev.push(raw[k]);
    else pieces.push([raw[k]]);
  }
  return pieces;
}

/**
 * Every spelling of a pattern: a word written with ZWNJ («گفت‌وگو»، «عقب‌نشینی»، «غیرقابل‌قبول») also
 * matches text where the ZWNJ is a space, so lexicon authors write each word once, with ZWNJ.
 */
export function patternVariants(source: string): string[] {
  let out: string[][] = [[]];
  for (const part of source.trim().split(/\s+/)) {
    const spellings = wordSpellings(part);
    const next: string[][] = [];
    for (const words of out) for (const s of spellings) next.push([...words, ...s]);
    if (next.length > MAX_VARIANTS)
      throw new Error(`more than ${MAX_VARIANTS} spellings (too many words with ZWNJ)`);
    out = next;
  }
  return [...new Set(out.map((words) => words.join(' ')))];
}

/** A literal pattern word (no alternatives, verb, prefix or gap). */
const PLAIN = /^[^|@*….]+$/u;

/**
 * «گفت و گوی تلفنی» in a pattern: the sentence view reads a compound written apart as one word
 * (compounds.ts), so the pattern's pieces are joined the same way.
 */
function joinCompoundParts(parts: string[], g: GrammarLexicon): string[] {
  if (g.compounds.joined.size === 0) return parts;
  const key = (k: number) => (k < parts.length && PLAIN.test(parts[k]) ? wordKey(parts[k]) : undefined);
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const hit = compoundAt(g.compounds, key, i);
    if (hit === null) out.push(parts[i]);
    else {
      out.push(hit.key);
      i += hit.words - 1;
    }
  }
  return out;
}

export function compilePattern(source: string, g: GrammarLexicon): CompiledPattern {
  const parts = joinCompoundParts(source.trim().split(/\s+/), g);
  if (parts.length === 0 || parts[0] === '') throw new Error('empty pattern');
  const elements: PatternElement[] = parts.map((part) => {
    const gap = /^(?:…|\.\.\.)(\d*)$/.exec(part);
    if (gap) {
      const max = gap[1] ? Number(gap[1]) : GAP_MAX;
      if (max < 1 || max > GAP_LIMIT) throw new Error(`a gap spans 1 to ${GAP_LIMIT} words, not ${gap[1]}`);
      return { kind: 'gap', max };
    }
    if (part.startsWith('@')) {
      const lemmas = part
        .slice(1)
        .split('|')
        .map((text) => {
          const lemma = wordKey(text);
          if (!g.verbs.lemmas.has(lemma))
            throw new Error(`unknown verb "${text}" (add it to lexicon/events/verbs.json)`);
          return lemma;
        });
      return { kind: 'verb', lemmas };
    }
    if (part.endsWith('*') && part.length > 1) return { kind: 'prefix', prefix: wordKey(part.slice(0, -1)) };
    return { kind: 'word', keys: new Set(part.split('|').map(wordKey)) };
  });
  if (elements[0].kind === 'gap' || elements[elements.length - 1].kind === 'gap') {
    throw new Error('a pattern must not begin or end with a gap');
  }
  return {
    source,
    elements,
    weight: elements.filter((e) => e.kind !== 'gap').length,
    hasVerb: elements.some((e) => e.kind === 'verb'),
  };
}

/** What a pattern matches, as a string: two spellings with the same signature are one pattern. */
export function patternSignature(p: CompiledPattern): string {
  return p.elements
    .map((e) =>
      e.kind === 'word'
        ? [...e.keys].sort().join('|')
        : e.kind === 'verb'
          ? `@${[...e.lemmas].sort().join('|')}`
          : e.kind === 'gap'
            ? `…${e.max}`
            : `${e.prefix}*`,
    )
    .join(' ');
}

function matchesWord(el: PatternElement, key: string, g: GrammarLexicon): VerbReading | true | null {
  switch (el.kind) {
    case 'word':
      if (el.keys.has(key)) return true;
      // «حمله‌ای» for «حمله»: an attached ending stripped (no array built: this runs for every try).
      for (const end of ATTACHED)
        if (key.length - end.length >= 3 && key.endsWith(end) && el.keys.has(key.slice(0, -end.length)))
          return true;
      return null;
    case 'prefix':
      return key.startsWith(el.prefix) ? true : null;
    case 'verb':
      // «حمله شدید»: «شدید» (severe) is not «شدن».
      return g.notVerbs.has(key) ? null : readVerbOf(g, el.lemmas, key);
    default:
      return null;
  }
}

function readVerbOf(g: GrammarLexicon, lemmas: readonly string[], key: string): VerbReading | null {
  for (const lemma of lemmas) {
    const r = readVerb(g.verbs, lemma, key);
    if (r) return r;
  }
  return null;
}

const WANT = wordKey('خواستن');

/** «خواهد»، «خواهند»، «نخواهد»: the future auxiliary (present of خواستن without «می»). */
export function isFutureAux(key: string, g: GrammarLexicon): boolean {
  const r = readVerb(g.verbs, WANT, key);
  return r !== null && r.stem === 'present' && (r.prefix === '' || r.prefix === 'ن') && r.form === 'finite';
}

/** The longest apposition (in words between its commas) a gap crosses. */
export const APPOSITION_MAX = 6;
/** How many inserts (appositions, parentheses) one gap may cross. */
const INSERTS = 2;

/** The «)» closing the «(» at `open` within APPOSITION_MAX words in its clause, or -1. */
function parenthesisEnd(view: SentenceView, open: number): number {
  const { words, clause } = view;
  for (let k = open + 1; k < words.length && k <= open + APPOSITION_MAX + 1; k++) {
    if (clause[k] !== clause[open] || words[k].key === '(') return -1;
    if (words[k].key === ')') return k;
  }
  return -1;
}

/** How far (in words) after the trigger noun its relative «که» may stand (an adjective between). */
const RELATIVE_HEAD_REACH = 2;
const DEMONSTRATIVES = new Set(['این', 'آن', 'همین', 'همان']);

/**
 * The closing comma of an apposition opened by the comma at `open` («، وزیر خارجه طالبان،»): at most
 * APPOSITION_MAX words, none a verb, a clause boundary or other punctuation. -1 when there is none.
 */
export function appositionEnd(view: SentenceView, open: number, g: GrammarLexicon): number {
  const { words, clause, verb } = view;
  for (let k = open + 1; k < words.length && k <= open + APPOSITION_MAX + 1; k++) {
    const key = words[k].key;
    if (key === '،') return k > open + 1 ? k : -1;
    if (
      verb[k] ||
      clause[k] !== clause[open] ||
      key === g.coordinator ||
      (g.clausePunctuation.has(key) && !GUILLEMETS.has(key))
    )
      return -1;
  }
  return -1;
}

/**
 * Word `at` is the «که» of a relative clause on the noun just before the gap that starts at `gap`:
 * the noun (or its adjective) marked by «ی/‌ای» («جلسه‌ای که»، «حمله انتحاری که») or after a
 * demonstrative («این حمله که»). A «که» after a verb (a complement: «گفت که») never qualifies.
 */
function relativeOnNoun(view: SentenceView, at: number, gap: number): boolean {
  const { words, clauseStart, clauseOpener, clause, verb } = view;
  const c = clause[at];
  if (clauseStart[c] !== at || clauseOpener[c] !== 'که' || at - gap > RELATIVE_HEAD_REACH || at < 1)
    return false;
  if (verb[at - 1]) return false;
  const head = words[at - 1].key;
  return head.endsWith('ی') || DEMONSTRATIVES.has(words[at - 2]?.key ?? '');
}

/** Matches `pattern` starting at word `i`, or returns null. Gaps are lazy and stay in one clause. */
export function matchAt(
  view: SentenceView,
  i: number,
  pattern: CompiledPattern,
  g: GrammarLexicon,
  used?: Uint8Array,
): PatternMatch | null {
  const { words, clause } = view;
  const out: PatternMatch = { first: i, last: i, verbAt: -1, verb: null };
  // `cl`: the clause the pattern goes on in (its first word's, or a relative clause its gap entered).
  const step = (e: number, w: number, cl: number): boolean => {
    if (e === pattern.elements.length) return true;
    const el = pattern.elements[e];
    if (el.kind === 'gap') {
      let at = w;
      let here = cl;
      // The word after an insert the gap crossed (its closing comma ends no gap), and how many
      // inserts it crossed: each counts as one word, and at most INSERTS per gap, so a gap scans
      // a bounded number of words.
      let resumed = -1;
      let inserts = 0;
      for (let skip = 0; skip <= el.max; skip++, at++) {
        if (at >= words.length) return false;
        if (clause[at] !== here) {
          // «جلسه‌ای که … با X داشت»: a gap starting at its trigger noun may go on into a relative
          // clause on that noun, once; the rest of the pattern then stays in that clause.
          if (here !== cl || !relativeOnNoun(view, at, w)) return false;
          here = clause[at];
        }
        // Guillemets the sentence view kept inside the clause («متهم به «خواسته‌های گانگستر» کرد»)
        // do not end a gap; any other clause punctuation or a comma does, except the opening comma
        // of an apposition, crossed with it: «X، وزیر خارجه Y، با Z دیدار کرد».
        const prev = words[at - 1]?.key;
        if (skip > 0 && at !== resumed) {
          if (g.clausePunctuation.has(prev) && !GUILLEMETS.has(prev)) return false;
          if (prev === '،') {
            const close = inserts < INSERTS ? appositionEnd(view, at - 1, g) : -1;
            if (close < 0) return false;
            inserts++;
            at = close + 1;
            resumed = at;
            if (at >= words.length || clause[at] !== here) return false;
          }
        }
        // «در بروکسل (مقر اتحادیه اروپا) برگزار می‌شود»: a parenthesis is crossed as one word.
        if (words[at].key === '(' && inserts < INSERTS) {
          const close = parenthesisEnd(view, at);
          if (close >= 0) {
            inserts++;
            at = close + 1;
            resumed = at;
            if (at >= words.length || clause[at] !== here) return false;
          }
        }
        if (step(e + 1, at, here)) return true;
      }
      return false;
    }
    // «اقدام X را «غیرقانونی» خواند»، «… را «احمقانه» توصیف کرد»: a guillemet between two words of a
    // pattern quotes one of them and does not break the phrase.
    if (e > 0 && w < words.length && QUOTE_MARKS.has(words[w].key) && clause[w] === cl && !used?.[w]) w++;
    if (w >= words.length || clause[w] !== cl || used?.[w]) return false;
    let m = matchesWord(el, words[w].key, g);
    if (
      !m &&
      el.kind === 'verb' &&
      w + 1 < words.length &&
      clause[w + 1] === cl &&
      isFutureAux(words[w].key, g)
    ) {
      // «دیدار خواهد کرد»: the future auxiliary stands between the noun and the bare past stem.
      const r = readVerbOf(g, el.lemmas, words[w + 1].key);
      if (r && r.stem === 'past' && r.prefix === '' && r.form === 'finite') {
        m = r;
        w++;
      }
    }
    if (!m) return false;
    if (m !== true) {
      out.verbAt = w;
      out.verb = m;
    }
    out.last = w;
    return step(e + 1, w + 1, cl);
  };
  return step(0, i, clause[i]) ? out : null;
}

/**
 * Patterns indexed by the word keys that can begin them, so a sentence is scanned with one map
 * lookup per word instead of trying every pattern everywhere. A pattern beginning with a verb is
 * indexed under every inflected form of that verb; one beginning with a prefix is always tried.
 * With `pairs`, a pattern whose first two elements are literal words is indexed under both
 * (byPair: first key → second key → patterns), so the 65 «مورد … قرار گرفت» patterns are not tried
 * at every «در مورد»: a lexicon of thousands of patterns costs a lookup, not a scan.
 */
export interface IndexEntry<T> {
  pattern: CompiledPattern;
  item: T;
  /** Position in the lexicon: among equally long patterns the earlier one wins. */
  order?: number;
}

export interface PatternIndex<T> {
  byKey: Map<string, Array<IndexEntry<T>>>;
  always: Array<IndexEntry<T>>;
  /** First word key → second word key → patterns beginning with those two words. */
  byPair?: Map<string, Map<string, Array<IndexEntry<T>>>>;
  /**
   * byKey's keys, set by buildPatternIndex: most words begin no pattern, and the filter says so
   * without a lookup in byKey. Absent: byKey is always looked in.
   */
  keys?: KeyFilter;
  /** byPair's first keys. */
  pairKeys?: KeyFilter;
}

/** A word key and the same word with each attached ending (for keys of three letters or more). */
function withEndings(k: string): string[] {
  return k.length >= 3 ? [k, ...ATTACHED.map((end) => k + end)] : [k];
}

/** Longer patterns first, then the lexicon's order. */
function byWeight<T>(a: IndexEntry<T>, b: IndexEntry<T>): number {
  return b.pattern.weight - a.pattern.weight || (a.order ?? 0) - (b.order ?? 0);
}

export function buildPatternIndex<T>(
  entries: Array<{ pattern: CompiledPattern; item: T }>,
  g: GrammarLexicon,
  opts: { pairs?: boolean } = {},
): PatternIndex<T> {
  const byKey = new Map<string, Array<IndexEntry<T>>>();
  const byPair = new Map<string, Map<string, Array<IndexEntry<T>>>>();
  const always: Array<IndexEntry<T>> = [];
  const add = (key: string, entry: IndexEntry<T>) => {
    const list = byKey.get(key);
    if (list) list.push(entry);
    else byKey.set(key, [entry]);
  };
  const addPair = (k1: string, k2: string, entry: IndexEntry<T>) => {
    let inner = byPair.get(k1);
    if (!inner) {
      inner = new Map();
      byPair.set(k1, inner);
    }
    const list = inner.get(k2);
    if (list) list.push(entry);
    else inner.set(k2, [entry]);
  };
  // Inflected forms of each verb, gathered once (a verb-first pattern is indexed under all of them).
  let formsOf: Map<string, string[]> | null = null;
  const verbForms = (lemma: string): string[] => {
    if (!formsOf) {
      formsOf = new Map();
      for (const [form, readings] of g.verbs.forms)
        for (const r of readings) {
          const list = formsOf.get(r.lemma);
          if (list) list.push(form);
          else formsOf.set(r.lemma, [form]);
        }
    }
    return formsOf.get(lemma) ?? [];
  };
  entries.forEach(({ pattern, item }, order) => {
    const entry: IndexEntry<T> = { pattern, item, order };
    const [first, second] = pattern.elements;
    if (first.kind === 'word') {
      if (opts.pairs && second?.kind === 'word') {
        const seconds = [...second.keys].flatMap(withEndings);
        for (const k1 of [...first.keys].flatMap(withEndings))
          for (const k2 of seconds) addPair(k1, k2, entry);
        return;
      }
      // The same word with an attached ending, indexed once here instead of stripped at every word.
      for (const k of first.keys) for (const form of withEndings(k)) add(form, entry);
    } else if (first.kind === 'verb') {
      for (const form of new Set(first.lemmas.flatMap(verbForms))) add(form, entry);
    } else always.push(entry);
  });
  for (const list of byKey.values()) list.sort(byWeight);
  for (const inner of byPair.values()) for (const list of inner.values()) list.sort(byWeight);
  always.sort(byWeight);
  return {
    byKey,
    always,
    byPair: opts.pairs ? byPair : undefined,
    keys: new KeyFilter(byKey.keys()),
    pairKeys: opts.pairs ? new KeyFilter(byPair.keys()) : undefined,
  };
}

const NONE: ReadonlyArray<never> = [];

/** Candidate patterns for a word: those indexed under its key (endings included at build time). */
export function candidatesFor<T>(index: PatternIndex<T>, key: string): ReadonlyArray<IndexEntry<T>> {
  const direct = index.keys === undefined || index.keys.mayHave(key) ? index.byKey.get(key) : undefined;
  if (index.always.length === 0) return direct ?? NONE;
  return [...(direct ?? []), ...index.always].sort(byWeight);
}

/** Patterns beginning with the two words `key` `next` (an index built with `pairs`). */
export function pairCandidatesFor<T>(
  index: PatternIndex<T>,
  key: string,
  next: string | undefined,
): ReadonlyArray<IndexEntry<T>> {
  if (!index.byPair || next === undefined || !index.pairKeys?.mayHave(key)) return NONE;
  return index.byPair.get(key)?.get(next) ?? NONE;
}
