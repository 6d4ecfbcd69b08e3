// Surface patterns over the words of a sentence (docs/events.md, "Pattern syntax"):
//   «دیدار @کردن»     a literal word, then any form of the verb کردن
//   «خواستار … @شدن»  a gap of up to GAP_MAX words inside one clause (discontinuous light verbs)
//   «تحریم*»           a word beginning with تحریم
//   «دیدار|ملاقات»     alternatives
// Literal words of three letters or more also match with a plural/indefinite ending attached
// («حمله» matches «حمله‌ای», «تماس» matches «تماسی»), which the loss of ZWNJ glues on.
import type { GrammarLexicon } from './grammar-lexicon.js';
import { KeyFilter } from './key-filter.js';
import type { SentenceView } from './sentence-view.js';
import { readVerb, type VerbReading } from './verb-forms.js';
import { wordKey } from './word-key.js';

export type PatternElement =
  | { kind: 'word'; keys: Set<string> }
  | { kind: 'prefix'; prefix: string }
  | { kind: 'verb'; lemma: string }
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
const ATTACHED = ['ای', 'ی', 'های', 'ها', 'یی', 'هایی'];

export function compilePattern(source: string, g: GrammarLexicon): CompiledPattern {
  const parts = source.trim().split(/\s+/);
  if (parts.length === 0 || parts[0] === '') throw new Error('empty pattern');
  const elements: PatternElement[] = parts.map((part) => {
    if (part === '…' || part === '...') return { kind: 'gap', max: GAP_MAX };
    if (part.startsWith('@')) {
      const lemma = wordKey(part.slice(1));
      if (!g.verbs.lemmas.has(lemma))
        throw new Error(`unknown verb "${part.slice(1)}" (add it to lexicon/events/verbs.json)`);
      return { kind: 'verb', lemma };
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

/** The base keys a word key can stand for once an attached ending is stripped. */
export function baseKeys(key: string): string[] {
  const out = [key];
  for (const end of ATTACHED) {
    if (key.length - end.length >= 3 && key.endsWith(end)) out.push(key.slice(0, -end.length));
  }
  return out;
}

function matchesWord(el: PatternElement, key: string, g: GrammarLexicon): VerbReading | true | null {
  switch (el.kind) {
    case 'word':
      for (const k of baseKeys(key)) if (el.keys.has(k) && (k === key || k.length >= 3)) return true;
      return null;
    case 'prefix':
      return key.startsWith(el.prefix) ? true : null;
    case 'verb':
      return readVerb(g.verbs, el.lemma, key);
    default:
      return null;
  }
}

const WANT = wordKey('خواستن');

/** «خواهد»، «خواهند»، «نخواهد»: the future auxiliary (present of خواستن without «می»). */
export function isFutureAux(key: string, g: GrammarLexicon): boolean {
  const r = readVerb(g.verbs, WANT, key);
  return r !== null && r.stem === 'present' && (r.prefix === '' || r.prefix === 'ن') && r.form === 'finite';
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
  const step = (e: number, w: number): boolean => {
    if (e === pattern.elements.length) return true;
    const el = pattern.elements[e];
    if (el.kind === 'gap') {
      for (let skip = 0; skip <= el.max; skip++) {
        const at = w + skip;
        if (at >= words.length || clause[at] !== clause[i]) return false;
        if (skip > 0 && (g.clausePunctuation.has(words[at - 1].key) || words[at - 1].key === '،'))
          return false;
        if (step(e + 1, at)) return true;
      }
      return false;
    }
    if (w >= words.length || clause[w] !== clause[i] || used?.[w]) return false;
    let m = matchesWord(el, words[w].key, g);
    if (
      !m &&
      el.kind === 'verb' &&
      w + 1 < words.length &&
      clause[w + 1] === clause[i] &&
      isFutureAux(words[w].key, g)
    ) {
      // «دیدار خواهد کرد»: the future auxiliary stands between the noun and the bare past stem.
      const r = readVerb(g.verbs, el.lemma, words[w + 1].key);
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
    return step(e + 1, w + 1);
  };
  return step(0, i) ? out : null;
}

/**
 * Patterns indexed by the word keys that can begin them, so a sentence is scanned with one map
 * lookup per word instead of trying every pattern everywhere. A pattern beginning with a verb is
 * indexed under every inflected form of that verb; one beginning with a prefix is always tried.
 */
export interface PatternIndex<T> {
  byKey: Map<string, Array<{ pattern: CompiledPattern; item: T }>>;
  always: Array<{ pattern: CompiledPattern; item: T }>;
  /**
   * byKey's keys, set by buildPatternIndex: most words begin no pattern, and the filter says so
   * without a lookup in byKey. Absent: byKey is always looked in.
   */
  keys?: KeyFilter;
}

export function buildPatternIndex<T>(
  entries: Array<{ pattern: CompiledPattern; item: T }>,
  g: GrammarLexicon,
): PatternIndex<T> {
  const byKey = new Map<string, Array<{ pattern: CompiledPattern; item: T }>>();
  const always: Array<{ pattern: CompiledPattern; item: T }> = [];
  const add = (key: string, entry: { pattern: CompiledPattern; item: T }) => {
    const list = byKey.get(key);
    if (list) list.push(entry);
    else byKey.set(key, [entry]);
  };
  for (const entry of entries) {
    const first = entry.pattern.elements[0];
    if (first.kind === 'word') {
      for (const k of first.keys) {
        add(k, entry);
        // The same word with an attached ending, indexed once here instead of stripped at every word.
        if (k.length >= 3) for (const end of ATTACHED) add(k + end, entry);
      }
    } else if (first.kind === 'verb') {
      for (const [form, readings] of g.verbs.forms)
        if (readings.some((r) => r.lemma === first.lemma)) add(form, entry);
    } else always.push(entry);
  }
  for (const list of byKey.values()) list.sort((a, b) => b.pattern.weight - a.pattern.weight);
  always.sort((a, b) => b.pattern.weight - a.pattern.weight);
  return { byKey, always, keys: new KeyFilter(byKey.keys()) };
}

const NONE: ReadonlyArray<never> = [];

/** Candidate patterns for a word: those indexed under its key (endings included at build time). */
export function candidatesFor<T>(
  index: PatternIndex<T>,
  key: string,
): ReadonlyArray<{ pattern: CompiledPattern; item: T }> {
  const direct = index.keys === undefined || index.keys.mayHave(key) ? index.byKey.get(key) : undefined;
  if (index.always.length === 0) return direct ?? NONE;
  return [...(direct ?? []), ...index.always].sort((a, b) => b.pattern.weight - a.pattern.weight);
}
