// Feature extraction: for each token of a sentence, the hashed ids of its active features. Groups
// can be switched off one at a time (the ablation table in docs/bench-tagger.md measures each):
//   word      the normalized token, its neighbours ±2, and the two word bigrams around it
//   affix     prefixes and suffixes of 1–4 characters; first and last part of a spaced token
//   ngram     character 3-grams of the token
//   shape     shape (Xx, d, ف), script, length, digit patterns of the token and its neighbours
//   cluster   distributional word clusters (fine and coarse) of the token and its neighbours ±2
//   gazetteer membership of the token and its neighbours in the actor lexicon's word lists
//   taglex    the tag each word most often carries in the training data (tag-lexicon.ts), for the
//             token and its neighbours ±1; jackknifed at training time so it is not memorized
//   span      the nearest earlier word (up to 5 back) that usually begins an entity in training
//             (its type and distance), and the tag-lexicon entries two words away: lets «خدمات
//             جامع سلامت» continue the ORG that «مرکز» opened
//   phrase    whether the token lies in (and where in) a training entity name matched in the
//             sentence, longest first (phrase-lexicon.ts); jackknifed likewise
//   context   suffixes and prefixes (2, 3 letters) of the neighbours ±1
//   embed     clusters of word vectors learned from unlabeled Persian (fastText skip-gram with
//             character n-grams, hierarchical k-means: three nested granularities), token ±2
//   names     whether the token lies in (and where in) a whole name of rasad's own knowledge matched
//             in the sentence, longest first: people, surnames, organizations, places, titles, offices
//             (resources.names, built by scripts/ner-names.ts from lexicon/); token ±1, and the pairs
//             (previous, this) and (this, next) so «وزیر خارجه» + an unknown word can open a PER
//   head      how far back (1–8 words, no punctuation between) the nearest organization head word is
//             («شرکت», «وزارت», «دانشگاه»: resources.heads, from lexicon/tagger/org-heads.txt), and
//             which one, alone and with the token's usual tag: ORG's long names
//   vec       the word's fastText vector, binarized per dimension (well above the dimension's mean
//             of positive values: +, well below the mean of negatives: −, else nothing; Guo et al.
//             2014), for the token and its neighbours ±1 (resources.vectors)
//   conj      the word trigram; the token joined with its neighbours' usual tags and fine clusters
//             (a stand-in for tag-word conjunctions, which a first-order decoder cannot take)
//
// Speed: everything that depends on one word only (its normalized form's hash, affixes, n-grams,
// shape, cluster, lexicon entries) is computed once per word type and cached (WordFacts); features
// that look at neighbours combine the cached 32-bit hashes with integer mixing, no strings built.
// Decoding (scoreSentence) goes further: the weights of a word's one-word features, seen from each
// of the five positions, are summed once per word type and model; per token only the two-word
// conjunctions are hashed, and the span and phrase cues come from small per-model tables.
import { finish, mixCode, mixString, seed } from './hash.js';
import { normalizeToken, scriptOf, shapeOf } from './normalize.js';
import {
  matchPhrases,
  matchPhraseTrie,
  PHRASE_SEP,
  type PhraseNode,
  phrasePrefixesOf,
  phraseTrieOf,
} from './phrase-lexicon.js';
import { NUM_TAGS } from './tags.js';

export const FEATURE_GROUPS = [
  'word',
  'affix',
  'ngram',
  'shape',
  'cluster',
  'gazetteer',
  'taglex',
  'phrase',
  'span',
  'context',
  'conj',
  'embed',
  'names',
  'head',
  'vec',
] as const;
export type FeatureGroup = (typeof FEATURE_GROUPS)[number];

/** The kinds of the name gazetteer (resources.names values index this list). */
export const NAME_KINDS = ['PER', 'ORG', 'LOC', 'SUR', 'TITLE', 'OFFICE', 'MEDIA', 'CLUB'] as const;
export type NameKind = (typeof NAME_KINDS)[number];

export interface FeatureConfig {
  /** log2 of the hashed feature table's size. */
  bits: number;
  groups: Record<FeatureGroup, boolean>;
  /** Branching of the embedding clusters' levels, coarse first (e.g. 32, 8, 8): the finest id
   * divided by the product of the later factors gives each coarser level. */
  embedBranching?: number[];
}

export const allGroups = (): Record<FeatureGroup, boolean> =>
  Object.fromEntries(FEATURE_GROUPS.map((g) => [g, true])) as Record<FeatureGroup, boolean>;

/**
 * Word lists the features look words up in; the model file carries a snapshot of them. Treat as
 * frozen once used: word facts are cached per resources object.
 */
export interface FeatureResources {
  /** normalized word → fine cluster id * 65536 + coarse cluster id */
  clusters: Map<string, number>;
  /** normalized word → bit mask of the gazetteer lists it belongs to */
  gazetteer: Map<string, number>;
  /** normalized word → majority training tag * 4 + how dominant it is (0..3); see tag-lexicon.ts */
  tagLexicon: Map<string, number>;
  /** entity phrase (normalized words joined by U+0001) → type index; see phrase-lexicon.ts */
  phrases: Map<string, number>;
  /** normalized word → finest embedding cluster id (see FeatureConfig.embedBranching) */
  embed?: Map<string, number>;
  /** whole name (normalized words joined by U+0001) → NAME_KINDS index; see scripts/ner-names.ts */
  names?: Map<string, number>;
  /** organization head words (normalized) → 1; see lexicon/tagger/org-heads.txt */
  heads?: Map<string, number>;
  /** normalized word → its binarized vector, one character a dimension: '+', '-' or '.' */
  vectors?: Map<string, string>;
}

export const emptyResources = (): FeatureResources => ({
  embed: new Map(),
  clusters: new Map(),
  gazetteer: new Map(),
  tagLexicon: new Map(),
  phrases: new Map(),
});

/** The hashed features of one sentence: token i's ids are ids[offsets[i] .. offsets[i+1]). */
export interface SentenceFeatures {
  offsets: Int32Array;
  ids: Int32Array;
}

// Template numbers (stable: changing one changes every hash and requires retraining).
const T_BIAS = 1;
const T_W = 2; // +0..4 for positions 0, -1, +1, -2, +2
const T_BIGRAM_PREV = 8;
const T_BIGRAM_NEXT = 9;
const T_PREFIX = 10; // +k
const T_SUFFIX = 15; // +k
const T_FIRST_PART = 20;
const T_LAST_PART = 21;
const T_JOINED = 22;
const T_NGRAM = 30;
const T_SHAPE = 40; // +0..2 for positions 0, -1, +1
const T_SCRIPT = 43;
const T_LENGTH = 44;
const T_DIGITS = 45;
const T_SHAPE_TRIGRAM = 46;
const T_CLUSTER_FINE = 50; // +0..4 for positions 0, -1, +1, -2, +2
const T_CLUSTER_COARSE = 55; // +0..2 for positions 0, -1, +1
const T_CLUSTER_PAIR = 58;
const T_GAZ = 60; // + 8*position + list
const T_TAGLEX = 90; // +0..2 for positions 0, -1, +1
const T_TAGLEX_STRENGTH = 93;
const T_PHRASE = 95; // +0..2 for positions 0, -1, +1
const T_SPAN_OPENER = 98;
const T_TAGLEX_FAR = 99; // +0..1 for positions -2, +2
const T_NB_AFFIX = 110; // + 4*k (k = 1 previous, 2 next) + 0 suffix2, 1 suffix3, 2 prefix2, 3 prefix3
const T_TRIGRAM = 120;
const T_W_PREV_LEX = 121;
const T_W_NEXT_LEX = 122;
const T_W_PREV_FINE = 123;
const T_W_NEXT_FINE = 124;
const T_EMBED = 130; // + 8*position + level
const T_EMBED_PAIR = 170;
const T_HEAD = 190; // +0 distance, +1 head word and distance, +2 distance and the token's usual tag
const T_VEC = 200; // +0..2 for positions 0, -1, +1
const T_NAMES = 180; // +0..2 for positions 0, -1, +1; +3, +4 the pairs (-1, 0) and (0, +1)

/** What the features need to know about one word type, computed once. */
interface WordFacts {
  norm: string;
  /** hash of the normalized form */
  word: number;
  /** hash of the shape */
  shape: number;
  fine: number;
  coarse: number;
  /** embedding cluster ids, coarse to fine (-1: no vector) */
  embed: Int32Array;
  /** the binarized vector's active dimensions, 2·dim + (1 if −) */
  vec: Int32Array;
  gaz: number;
  /** 1: an organization head word; 0 not; 2 punctuation (ends a head's reach) */
  head: number;
  /** tag-lexicon entry, or -1 */
  lex: number;
  /** unfinished hashes of the last 2, 3 and first 2, 3 letters (0 when the word is shorter) */
  edges: Int32Array;
  /** the word's own features (no neighbours), by group, already finished */
  local: Record<'affix' | 'ngram' | 'shape', Int32Array>;
  /** the phrase trie's node for this word as a phrase's first word: null none, undefined not yet known */
  phraseFirst: PhraseNode | null | undefined;
  /** the same in the trie of whole names (resources.names) */
  namesFirst: PhraseNode | null | undefined;
  /** whether the normalized form holds the phrase keys' separator (then phrases are matched by key) */
  phraseSep: boolean;
  /** where the word's summed weights per position start in the slab of the weight table `sumsOf` */
  sumsAt: number;
  sumsOf: WeightTable | null;
  /** the slab generation `sumsAt` belongs to */
  sumsGeneration: number;
}

const NO_CLUSTER = -1;
const BOS: WordFacts = edge('<s>', -2);
const EOS: WordFacts = edge('</s>', -3);

function edge(mark: string, id: number): WordFacts {
  const empty = new Int32Array(0);
  return {
    norm: mark,
    word: mixString(0, mark),
    shape: mixString(0, mark),
    fine: id,
    coarse: id,
    embed: Int32Array.of(id, id, id),
    vec: empty,
    gaz: 0,
    head: 2,
    lex: id,
    edges: new Int32Array(4),
    local: { affix: empty, ngram: empty, shape: empty },
    phraseFirst: undefined,
    namesFirst: undefined,
    phraseSep: false,
    sumsAt: -1,
    sumsOf: null,
    sumsGeneration: -1,
  };
}

const NO_EMBED = Int32Array.of(-1, -1, -1);

/** The word's embedding cluster at each level, coarse first. */
function embedLevels(res: FeatureResources, cfg: FeatureConfig | undefined, w: string): Int32Array {
  const finest = res.embed?.get(w);
  const branching = cfg?.embedBranching;
  if (finest === undefined || branching === undefined) return NO_EMBED;
  const out = new Int32Array(branching.length);
  let id = finest;
  for (let l = branching.length - 1; l >= 0; l--) {
    out[l] = id;
    id = Math.floor(id / branching[l]);
  }
  return out;
}

const NO_VEC = new Int32Array(0);

/** The active dimensions of a binarized vector ('+', '-', '.' a dimension) as 2·dim + (1 if −). */
function vecCodes(code: string | undefined): Int32Array {
  if (code === undefined) return NO_VEC;
  const out: number[] = [];
  for (let d = 0; d < code.length; d++) {
    const c = code.charCodeAt(d);
    if (c === 0x2b) out.push(2 * d);
    else if (c === 0x2d) out.push(2 * d + 1);
  }
  return Int32Array.from(out);
}

function wordFacts(raw: string, res: FeatureResources, cfg?: FeatureConfig): WordFacts {
  const w = normalizeToken(raw);
  const len = w.length;
  const c = res.clusters.get(w);
  const shape = shapeOf(raw);
  const affix: number[] = [];
  for (let k = 1; k <= 4 && k <= len; k++) {
    affix.push(finish(mixString(seed(T_PREFIX + k), w, 0, k)));
    affix.push(finish(mixString(seed(T_SUFFIX + k), w, len - k, len)));
  }
  const space = w.indexOf(' ');
  if (space > 0) {
    affix.push(finish(mixString(seed(T_FIRST_PART), w, 0, space)));
    affix.push(finish(mixString(seed(T_LAST_PART), w, w.lastIndexOf(' ') + 1, len)));
    affix.push(finish(mixString(seed(T_JOINED), w.replaceAll(' ', ''))));
  }
  // 3-grams of ^word$, so the first and last grams also mark the word's edges
  const ngram: number[] = [];
  if (len >= 2) {
    for (let k = -1; k + 3 <= len + 1; k++) {
      let h = seed(T_NGRAM);
      for (let j = k; j < k + 3; j++) h = mixCode(h, j < 0 ? 0x5e : j >= len ? 0x24 : w.charCodeAt(j));
      ngram.push(finish(h));
    }
  }
  const shapeHash = mixString(0, shape);
  const shapes = [
    finish(mixCode(seed(T_SHAPE), shapeHash)),
    finish(mixString(seed(T_SCRIPT), scriptOf(raw))),
    finish(mixCode(seed(T_LENGTH), Math.min(len, 12))),
  ];
  if (shape === 'd') shapes.push(finish(mixCode(seed(T_DIGITS), Math.min(len, 6))));
  return {
    norm: w,
    word: mixString(0, w),
    shape: shapeHash,
    fine: c === undefined ? NO_CLUSTER : Math.floor(c / 65536),
    coarse: c === undefined ? NO_CLUSTER : c % 65536,
    embed: embedLevels(res, cfg, w),
    vec: vecCodes(res.vectors?.get(w)),
    gaz: res.gazetteer.get(w) ?? 0,
    head: res.heads?.has(w) ? 1 : /^[\p{P}\p{S}]+$/u.test(w) ? 2 : 0,
    lex: res.tagLexicon.get(w) ?? -1,
    edges: Int32Array.of(
      len >= 2 ? mixString(0, w, len - 2, len) : 0,
      len >= 3 ? mixString(0, w, len - 3, len) : 0,
      len >= 2 ? mixString(0, w, 0, 2) : 0,
      len >= 3 ? mixString(0, w, 0, 3) : 0,
    ),
    local: { affix: Int32Array.from(affix), ngram: Int32Array.from(ngram), shape: Int32Array.from(shapes) },
    phraseFirst: undefined,
    namesFirst: undefined,
    phraseSep: w.includes(PHRASE_SEP),
    sumsAt: -1,
    sumsOf: null,
    sumsGeneration: -1,
  };
}

/** Per-resources cache of word facts; cleared when it grows past a bound so memory stays flat. */
const CACHE_LIMIT = 100_000;
const caches = new WeakMap<FeatureResources, Map<string, WordFacts>>();
const phrasePrefixes = new WeakMap<FeatureResources, Set<string>>();
const phraseTries = new WeakMap<FeatureResources, PhraseNode>();
/** Bumped whenever a fact cache is cleared: the word sums slabs (below) then start afresh. */
let generation = 0;

function factCache(res: FeatureResources): Map<string, WordFacts> {
  let cache = caches.get(res);
  if (!cache) {
    cache = new Map();
    caches.set(res, cache);
  }
  return cache;
}

function factsOf(
  raw: string,
  res: FeatureResources,
  cache: Map<string, WordFacts>,
  cfg: FeatureConfig,
): WordFacts {
  let f = cache.get(raw);
  if (f === undefined) {
    if (cache.size >= CACHE_LIMIT) {
      cache.clear();
      generation++;
    }
    f = wordFacts(raw, res, cfg);
    cache.set(raw, f);
  }
  return f;
}

class IdBuffer {
  ids: Int32Array;
  length = 0;
  constructor(
    public mask: number,
    capacity: number,
  ) {
    this.ids = new Int32Array(capacity);
  }
  private grow(): void {
    const bigger = new Int32Array(this.ids.length * 2);
    bigger.set(this.ids);
    this.ids = bigger;
  }
  /** A hash still to be finished. */
  push(h: number): void {
    if (this.length === this.ids.length) this.grow();
    this.ids[this.length++] = finish(h) & this.mask;
  }
  /** Hashes already finished (a word's cached local features). */
  pushFinished(hs: Int32Array): void {
    while (this.length + hs.length > this.ids.length) this.grow();
    for (let k = 0; k < hs.length; k++) this.ids[this.length++] = hs[k] & this.mask;
  }
}

/** Positions a word can be seen from: the token itself, then its neighbours -1, +1, -2, +2. */
export const POSITIONS = 5;
const POS_SELF = 0;
const POS_PREV = 1;
const POS_NEXT = 2;
const POS_PREV2 = 3;
const POS_NEXT2 = 4;

/**
 * The features that depend on one word and the position it is seen from (no other word): the bulk
 * of every token's features. Decoding sums their weights once per word type and position
 * (model.ts), so per token only the conjunctions below are hashed and looked up.
 */
function pushWordFeatures(buf: IdBuffer, f: WordFacts, pos: number, g: FeatureConfig['groups']): void {
  const parent = f.lex < 0 ? f.lex : f.lex >> 2;
  if (pos === POS_SELF) {
    buf.push(seed(T_BIAS));
    if (g.word) buf.push(mixCode(seed(T_W), f.word));
    if (g.affix) buf.pushFinished(f.local.affix);
    if (g.ngram) buf.pushFinished(f.local.ngram);
    if (g.shape) buf.pushFinished(f.local.shape);
    if (g.cluster) {
      buf.push(mixCode(seed(T_CLUSTER_FINE), f.fine));
      buf.push(mixCode(seed(T_CLUSTER_COARSE), f.coarse));
    }
    if (g.gazetteer) pushGaz(buf, f.gaz, 0);
    if (g.taglex) {
      buf.push(mixCode(seed(T_TAGLEX), parent));
      buf.push(mixCode(seed(T_TAGLEX_STRENGTH), f.lex));
    }
    if (g.embed) pushEmbed(buf, f.embed, 0, f.embed.length);
    if (g.vec) for (let k = 0; k < f.vec.length; k++) buf.push(mixCode(seed(T_VEC), f.vec[k]));
  } else if (pos === POS_PREV || pos === POS_NEXT) {
    const k = pos; // 1 for the previous word, 2 for the next, in every template below
    if (g.word) buf.push(mixCode(seed(T_W + k), f.word));
    if (g.shape) buf.push(mixCode(seed(T_SHAPE + k), f.shape));
    if (g.cluster) {
      buf.push(mixCode(seed(T_CLUSTER_FINE + k), f.fine));
      buf.push(mixCode(seed(T_CLUSTER_COARSE + k), f.coarse));
    }
    if (g.gazetteer) pushGaz(buf, f.gaz, k);
    if (g.taglex) buf.push(mixCode(seed(T_TAGLEX + k), parent));
    if (g.context) for (let e = 0; e < 4; e++) buf.push(mixCode(seed(T_NB_AFFIX + 4 * k + e), f.edges[e]));
    if (g.embed) pushEmbed(buf, f.embed, pos, f.embed.length);
    if (g.vec) for (let v = 0; v < f.vec.length; v++) buf.push(mixCode(seed(T_VEC + k), f.vec[v]));
  } else {
    const k = pos - POS_PREV2; // 0 for -2, 1 for +2
    if (g.word) buf.push(mixCode(seed(T_W + 3 + k), f.word));
    if (g.cluster) buf.push(mixCode(seed(T_CLUSTER_FINE + 3 + k), f.fine));
    if (g.span) buf.push(mixCode(seed(T_TAGLEX_FAR + k), parent));
    if (g.embed) pushEmbed(buf, f.embed, pos, Math.min(2, f.embed.length));
  }
}

/** The embedding clusters of a word seen from position `pos`, its first `levels` levels. */
function pushEmbed(buf: IdBuffer, embed: Int32Array, pos: number, levels: number): void {
  for (let l = 0; l < levels; l++) buf.push(mixCode(seed(T_EMBED + 8 * pos + l), embed[l]));
}

function pushGaz(buf: IdBuffer, mask: number, p: number): void {
  for (let list = 0; mask >> list; list++) if ((mask >> list) & 1) buf.push(seed(T_GAZ + 8 * p + list));
}

/** The words of a sentence as cached facts, and the phrase-lexicon matches when that group is on. */
interface SentenceFacts {
  facts: WordFacts[];
  phrase: Int32Array | null;
  /** name-gazetteer matches (matchPhrases codes), or null when the group is off */
  names: Int32Array | null;
}

/** Scratch of sentenceFacts (used only within one synchronous call): words, first trie nodes, matches. */
const phraseWords: string[] = [];
const phraseFirst: (PhraseNode | null)[] = [];
let phraseOut = new Int32Array(256);
let namesOut = new Int32Array(256);
const namesWords: string[] = [];
const namesFirst: (PhraseNode | null)[] = [];
const namesPrefixes = new WeakMap<FeatureResources, Set<string>>();
const namesTries = new WeakMap<FeatureResources, PhraseNode>();

/**
 * The whole-name matches of a sentence: over the names trie, each word's first node cached with its
 * facts (no keys built); by key, as in matchPhrases, when a word holds the keys' separator.
 */
function matchNames(facts: readonly WordFacts[], res: FeatureResources): Int32Array {
  const n = facts.length;
  const names = res.names as Map<string, number>;
  let trie = namesTries.get(res);
  if (trie === undefined) {
    trie = phraseTrieOf(names);
    namesTries.set(res, trie);
  }
  const roots = trie.next as Map<string, PhraseNode>;
  if (namesOut.length < n) namesOut = new Int32Array(Math.max(n, 2 * namesOut.length));
  namesWords.length = n;
  namesFirst.length = n;
  let sep = false;
  for (let i = 0; i < n; i++) {
    const f = facts[i];
    namesWords[i] = f.norm;
    if (f.namesFirst === undefined) f.namesFirst = roots.get(f.norm) ?? null;
    namesFirst[i] = f.namesFirst;
    if (f.phraseSep) sep = true;
  }
  if (!sep) return matchPhraseTrie(namesWords, namesFirst, n, namesOut);
  let prefixes = namesPrefixes.get(res);
  if (!prefixes) {
    prefixes = phrasePrefixesOf(names);
    namesPrefixes.set(res, prefixes);
  }
  return matchPhrases(namesWords, names, prefixes, namesOut);
}

function sentenceFacts(tokens: readonly string[], res: FeatureResources, cfg: FeatureConfig): SentenceFacts {
  const n = tokens.length;
  const cache = factCache(res);
  const facts: WordFacts[] = new Array(n);
  for (let i = 0; i < n; i++) facts[i] = factsOf(tokens[i], res, cache, cfg);
  let phrase: Int32Array | null = null;
  if (cfg.groups.phrase && res.phrases.size > 0) {
    let trie = phraseTries.get(res);
    if (trie === undefined) {
      trie = phraseTrieOf(res.phrases);
      phraseTries.set(res, trie);
    }
    const roots = trie.next as Map<string, PhraseNode>;
    if (phraseOut.length < n) phraseOut = new Int32Array(Math.max(n, 2 * phraseOut.length));
    const words = phraseWords;
    const first = phraseFirst;
    words.length = n;
    first.length = n;
    let sep = false;
    for (let i = 0; i < n; i++) {
      const f = facts[i];
      words[i] = f.norm;
      if (f.phraseFirst === undefined) f.phraseFirst = roots.get(f.norm) ?? null;
      first[i] = f.phraseFirst;
      if (f.phraseSep) sep = true;
    }
    if (sep) {
      // a word holding the keys' separator could join keys differently: match by key, as in training
      let prefixes = phrasePrefixes.get(res);
      if (!prefixes) {
        prefixes = phrasePrefixesOf(res.phrases);
        phrasePrefixes.set(res, prefixes);
      }
      phrase = matchPhrases(words, res.phrases, prefixes, phraseOut);
    } else phrase = matchPhraseTrie(words, first, n, phraseOut);
  }
  const names =
    cfg.groups.names && res.names !== undefined && res.names.size > 0 ? matchNames(facts, res) : null;
  return { facts, phrase, names };
}

const phraseAt = (phrase: Int32Array | null, n: number, j: number): number =>
  phrase === null ? -1 : j < 0 ? -2 : j >= n ? -3 : phrase[j];

/** The features of token i that combine two words: bigrams, the shape trigram, the cluster pair. */
function pushPairFeatures(
  buf: IdBuffer,
  facts: readonly WordFacts[],
  i: number,
  g: FeatureConfig['groups'],
): void {
  const n = facts.length;
  const f = facts[i];
  const prev = i > 0 ? facts[i - 1] : BOS;
  const next = i + 1 < n ? facts[i + 1] : EOS;
  if (g.word) {
    buf.push(mixCode(mixCode(seed(T_BIGRAM_PREV), prev.word), f.word));
    buf.push(mixCode(mixCode(seed(T_BIGRAM_NEXT), f.word), next.word));
  }
  if (g.shape) buf.push(mixCode(mixCode(mixCode(seed(T_SHAPE_TRIGRAM), prev.shape), f.shape), next.shape));
  if (g.cluster) buf.push(mixCode(mixCode(seed(T_CLUSTER_PAIR), prev.coarse), f.coarse));
  if (g.embed) {
    buf.push(mixCode(mixCode(seed(T_EMBED_PAIR), prev.embed[0]), f.embed[0]));
    buf.push(mixCode(mixCode(seed(T_EMBED_PAIR + 1), f.embed[0]), next.embed[0]));
  }
  if (g.conj) {
    buf.push(mixCode(mixCode(mixCode(seed(T_TRIGRAM), prev.word), f.word), next.word));
    buf.push(mixCode(mixCode(seed(T_W_PREV_LEX), f.word), prev.lex < 0 ? prev.lex : prev.lex >> 2));
    buf.push(mixCode(mixCode(seed(T_W_NEXT_LEX), f.word), next.lex < 0 ? next.lex : next.lex >> 2));
    buf.push(mixCode(mixCode(seed(T_W_PREV_FINE), f.word), prev.fine));
    buf.push(mixCode(mixCode(seed(T_W_NEXT_FINE), f.word), next.fine));
  }
}

/**
 * The span cue of token i: the nearest earlier word (within 5) whose usual tag is B_X, as
 * (B_X tag index + 1) * 8 + distance, or 0 when there is none.
 */
function spanCue(facts: readonly WordFacts[], i: number): number {
  for (let d = 1; d <= 5 && i - d >= 0; d++) {
    const lex = facts[i - d].lex;
    if (lex >= 0 && (lex >> 2) % 2 === 1) return ((lex >> 2) + 1) * 8 + d;
  }
  return 0;
}

function pushSpan(buf: IdBuffer, cue: number): void {
  const opener = (cue >> 3) - 1;
  const distance = cue & 7;
  buf.push(mixCode(mixCode(seed(T_SPAN_OPENER), opener), distance));
  buf.push(mixCode(seed(T_SPAN_OPENER), opener));
}

/** Phrase-match values (phraseAt) run from -3 to 4 * types - 1. */
const PHRASE_VALUES = 3 + 4 * 7;

/** The features of token i drawn from the sentence: the span cue and the phrase matches around it. */
function pushSentenceFeatures(buf: IdBuffer, s: SentenceFacts, i: number, g: FeatureConfig['groups']): void {
  const n = s.facts.length;
  if (g.span) pushSpan(buf, spanCue(s.facts, i));
  if (g.phrase)
    for (let k = 0; k < 3; k++)
      buf.push(mixCode(seed(T_PHRASE + k), phraseAt(s.phrase, n, i + PHRASE_OFFSET[k])));
}
const PHRASE_OFFSET = [0, -1, 1];

/** The nearest earlier organization head within 8 words and no punctuation, as facts index, or -1. */
function headBefore(facts: readonly WordFacts[], i: number): number {
  for (let d = 1; d <= 8 && i - d >= 0; d++) {
    const h = facts[i - d].head;
    if (h === 1) return i - d;
    if (h === 2) return -1;
  }
  return -1;
}

function pushHead(buf: IdBuffer, facts: readonly WordFacts[], i: number): void {
  const at = headBefore(facts, i);
  const d = at < 0 ? 0 : i - at;
  const f = facts[i];
  const parent = f.lex < 0 ? f.lex : f.lex >> 2;
  buf.push(mixCode(seed(T_HEAD), d));
  if (at >= 0) buf.push(mixCode(mixCode(seed(T_HEAD + 1), facts[at].word), Math.min(d, 4)));
  buf.push(mixCode(mixCode(seed(T_HEAD + 2), d), parent));
}

/** The name-gazetteer features of token i (hashed per token: their values depend on the sentence). */
function pushNames(buf: IdBuffer, names: Int32Array | null, n: number, i: number): void {
  const self = phraseAt(names, n, i);
  const prev = phraseAt(names, n, i - 1);
  const next = phraseAt(names, n, i + 1);
  buf.push(mixCode(seed(T_NAMES), self));
  buf.push(mixCode(seed(T_NAMES + 1), prev));
  buf.push(mixCode(seed(T_NAMES + 2), next));
  buf.push(mixCode(mixCode(seed(T_NAMES + 3), prev), self));
  buf.push(mixCode(mixCode(seed(T_NAMES + 4), self), next));
}

/** Extracts the hashed features of every token in a sentence (training; decoding uses scoreSentence). */
export function sentenceFeatures(
  tokens: readonly string[],
  res: FeatureResources,
  cfg: FeatureConfig,
): SentenceFeatures {
  const n = tokens.length;
  const g = cfg.groups;
  const buf = new IdBuffer((1 << cfg.bits) - 1, n * 48 + 16);
  const offsets = new Int32Array(n + 1);
  const s = sentenceFacts(tokens, res, cfg);
  const at = (i: number): WordFacts => (i < 0 ? BOS : i >= n ? EOS : s.facts[i]);
  for (let i = 0; i < n; i++) {
    offsets[i] = buf.length;
    pushWordFeatures(buf, s.facts[i], POS_SELF, g);
    pushWordFeatures(buf, at(i - 1), POS_PREV, g);
    pushWordFeatures(buf, at(i + 1), POS_NEXT, g);
    pushWordFeatures(buf, at(i - 2), POS_PREV2, g);
    pushWordFeatures(buf, at(i + 2), POS_NEXT2, g);
    pushPairFeatures(buf, s.facts, i, g);
    pushSentenceFeatures(buf, s, i, g);
    if (g.names) pushNames(buf, s.names, n, i);
    if (g.head) pushHead(buf, s.facts, i);
  }
  offsets[n] = buf.length;
  return { offsets, ids: buf.ids.subarray(0, buf.length) };
}

/** What decoding needs of a weight table: hashed id → 1 + row (0: none), int16 rows of NUM_TAGS. */
export interface WeightTable {
  rowOf: Int32Array;
  weights: Int16Array;
}

const scratch = new IdBuffer(0, 64);

/** Per weight table: summed weights of every span cue, and of every phrase value at -1, 0, +1. */
interface CueSums {
  span: Int32Array;
  phrase: Int32Array;
  /** name-match values (NAME_VALUES of them, offset by 3) at 0, -1, +1 */
  names: Int32Array;
  /** the pairs (previous, this) and (this, next): NAME_VALUES × NAME_VALUES each */
  namesPrev: Int32Array;
  namesNext: Int32Array;
}

/** Name-match values (phraseAt over the names) run from -3 to 4 * NAME_KINDS.length - 1. */
const NAME_VALUES = 3 + 4 * NAME_KINDS.length;
const cueSums = new WeakMap<WeightTable, CueSums>();

function cueSumsOf(table: WeightTable, cfg: FeatureConfig): CueSums {
  let c = cueSums.get(table);
  if (c !== undefined) return c;
  const T = NUM_TAGS;
  const buf = new IdBuffer((1 << cfg.bits) - 1, 16);
  const span = new Int32Array(16 * 8 * T);
  for (let cue = 0; cue < 16 * 8; cue++) {
    buf.length = 0;
    pushSpan(buf, cue);
    sumIds(table, buf.ids, buf.length, span, cue * T);
  }
  const phrase = new Int32Array(3 * PHRASE_VALUES * T);
  for (let k = 0; k < 3; k++)
    for (let v = 0; v < PHRASE_VALUES; v++) {
      buf.length = 0;
      buf.push(mixCode(seed(T_PHRASE + k), v - 3));
      sumIds(table, buf.ids, buf.length, phrase, (k * PHRASE_VALUES + v) * T);
    }
  const names = new Int32Array(3 * NAME_VALUES * T);
  const namesPrev = new Int32Array(NAME_VALUES * NAME_VALUES * T);
  const namesNext = new Int32Array(NAME_VALUES * NAME_VALUES * T);
  for (let a = 0; a < NAME_VALUES; a++) {
    for (let k = 0; k < 3; k++) {
      buf.length = 0;
      buf.push(mixCode(seed(T_NAMES + k), a - 3));
      sumIds(table, buf.ids, buf.length, names, (k * NAME_VALUES + a) * T);
    }
    for (let b = 0; b < NAME_VALUES; b++) {
      buf.length = 0;
      buf.push(mixCode(mixCode(seed(T_NAMES + 3), a - 3), b - 3));
      sumIds(table, buf.ids, buf.length, namesPrev, (a * NAME_VALUES + b) * T);
      buf.length = 0;
      buf.push(mixCode(mixCode(seed(T_NAMES + 4), a - 3), b - 3));
      sumIds(table, buf.ids, buf.length, namesNext, (a * NAME_VALUES + b) * T);
    }
  }
  c = { span, phrase, names, namesPrev, namesNext };
  cueSums.set(table, c);
  return c;
}
const wordScratch = new IdBuffer(0, 64);
/** Per token of the sentence being scored: where its word's sums start in the slab. */
let tokenSums = new Int32Array(256);

function sumIds(table: WeightTable, ids: Int32Array, to: number, out: Int32Array, at: number): void {
  const { rowOf, weights } = table;
  const tags = NUM_TAGS;
  for (let k = 0; k < to; k++) {
    const row = rowOf[ids[k]];
    if (row === 0) continue;
    const w = (row - 1) * tags;
    for (let t = 0; t < tags; t++) out[at + t] += weights[w + t];
  }
}

/**
 * One bit per hashed feature id, whether it has weights (rowOf non-zero), interleaved with the number
 * of ids with weights before each 32-id word: [bits of word 0, count before word 0, bits of word 1, …].
 * A 1 M-entry rowOf is 4 MB and over a third of the per-token conjunctions (37 % over the Fars
 * articles) were never seen in training, so a look at this 256 KB rank index first saves a cache miss
 * on rowOf for each of them; and as the model's rows are stored in id order (crf.ts, model-io.ts), an
 * id's row is its rank (the count before its word plus the set bits below it in the word), so rowOf is
 * not read for the others either. A table whose rows are not in id order keeps reading rowOf.
 */
interface RankIndex {
  rank: Int32Array;
  /** rowOf[id] = 1 + rank of id among the ids with weights, for every id. */
  ordered: boolean;
}
const ranks = new WeakMap<WeightTable, RankIndex>();

function rankOf(table: WeightTable): RankIndex {
  let index = ranks.get(table);
  if (index === undefined) {
    const { rowOf } = table;
    const rank = new Int32Array(2 * ((rowOf.length + 31) >>> 5));
    let count = 0;
    let ordered = true;
    for (let w = 0; 32 * w < rowOf.length; w++) {
      rank[2 * w + 1] = count;
      let bits = 0;
      for (let b = 0; b < 32 && 32 * w + b < rowOf.length; b++) {
        const row = rowOf[32 * w + b];
        if (row === 0) continue;
        bits |= 1 << b;
        count++;
        if (row !== count) ordered = false;
      }
      rank[2 * w] = bits;
    }
    index = { rank, ordered };
    ranks.set(table, index);
  }
  return index;
}

/** Set bits of a 32-bit word. */
function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  v = (v + (v >>> 4)) & 0x0f0f0f0f;
  return Math.imul(v, 0x01010101) >>> 24;
}

/** sumIds over ids[0, to), skipping ids without weights by the rank index and finding rows by rank. */
function sumPresent(
  table: WeightTable,
  index: RankIndex,
  ids: Int32Array,
  to: number,
  out: Int32Array,
  at: number,
): void {
  const { rowOf, weights } = table;
  const { rank, ordered } = index;
  const tags = NUM_TAGS;
  for (let k = 0; k < to; k++) {
    const id = ids[k];
    const word = rank[2 * (id >>> 5)];
    const bit = id & 31;
    if (((word >>> bit) & 1) === 0) continue;
    const row = ordered ? rank[2 * (id >>> 5) + 1] + popcount(word & ((1 << bit) - 1)) : rowOf[id] - 1;
    const w = row * tags;
    for (let t = 0; t < tags; t++) out[at + t] += weights[w + t];
  }
}

/**
 * The summed weights of every cached word, POSITIONS × tags each, side by side in one array per
 * weight table (one allocation, and neighbouring rows, instead of a small array per word). Emptied
 * when the fact caches are cleared (generation), so it stays bounded like them.
 */
interface SumsSlab {
  data: Int32Array;
  used: number;
  generation: number;
}
const slabs = new WeakMap<WeightTable, SumsSlab>();
const WORD_SUMS = POSITIONS * NUM_TAGS;

function slabOf(table: WeightTable): SumsSlab {
  let slab = slabs.get(table);
  if (slab === undefined) {
    slab = { data: new Int32Array(4096 * WORD_SUMS), used: 0, generation };
    slabs.set(table, slab);
  } else if (slab.generation !== generation) {
    slab.used = 0;
    slab.generation = generation;
  }
  return slab;
}

/** Where the word's summed weights per position (POSITIONS × tags) start in the slab; computed once per word type and table. */
function sumsOf(f: WordFacts, table: WeightTable, slab: SumsSlab, cfg: FeatureConfig): number {
  if (f.sumsOf === table && f.sumsGeneration === slab.generation) return f.sumsAt;
  const T = NUM_TAGS;
  if (slab.used + WORD_SUMS > slab.data.length) {
    const bigger = new Int32Array(slab.data.length * 2);
    bigger.set(slab.data.subarray(0, slab.used));
    slab.data = bigger;
  }
  const start = slab.used;
  slab.used += WORD_SUMS;
  const v = slab.data;
  v.fill(0, start, start + WORD_SUMS); // a slab emptied by a new generation still holds old sums
  const buf = wordScratch;
  buf.mask = (1 << cfg.bits) - 1;
  for (let pos = 0; pos < POSITIONS; pos++) {
    buf.length = 0;
    pushWordFeatures(buf, f, pos, cfg.groups);
    sumIds(table, buf.ids, buf.length, v, start + pos * T);
  }
  f.sumsAt = start;
  f.sumsOf = table;
  f.sumsGeneration = slab.generation;
  return start;
}

/**
 * The emission sums (token-major, NUM_TAGS int32 per token) of a sentence: exactly the sums of
 * the weights of sentenceFeatures' ids, but the one-word features come summed per word type from a
 * bounded cache, so per token only about ten conjunction features are hashed and looked up.
 */
export function scoreSentence(
  tokens: readonly string[],
  res: FeatureResources,
  cfg: FeatureConfig,
  table: WeightTable,
  out: Int32Array,
): void {
  const n = tokens.length;
  const T = NUM_TAGS;
  const g = cfg.groups;
  const s = sentenceFacts(tokens, res, cfg);
  const slab = slabOf(table);
  if (tokenSums.length < n) tokenSums = new Int32Array(Math.max(n, 2 * tokenSums.length));
  const at = tokenSums;
  for (let i = 0; i < n; i++) at[i] = sumsOf(s.facts[i], table, slab, cfg);
  const bos = sumsOf(BOS, table, slab, cfg);
  const eos = sumsOf(EOS, table, slab, cfg);
  const v = slab.data; // read after every sumsOf: the slab may have grown
  const cues = cueSumsOf(table, cfg);
  const present = rankOf(table);
  const buf = scratch;
  const mask = (1 << cfg.bits) - 1;
  for (let i = 0; i < n; i++) {
    const base = i * T;
    const self = at[i];
    const p1 = (i >= 1 ? at[i - 1] : bos) + POS_PREV * T;
    const n1 = (i + 1 < n ? at[i + 1] : eos) + POS_NEXT * T;
    const p2 = (i >= 2 ? at[i - 2] : bos) + POS_PREV2 * T;
    const n2 = (i + 2 < n ? at[i + 2] : eos) + POS_NEXT2 * T;
    for (let t = 0; t < T; t++) out[base + t] = v[self + t] + v[p1 + t] + v[n1 + t] + v[p2 + t] + v[n2 + t];
    buf.length = 0;
    buf.mask = mask;
    pushPairFeatures(buf, s.facts, i, g);
    if (g.head) pushHead(buf, s.facts, i);
    sumPresent(table, present, buf.ids, buf.length, out, base);
    if (g.names) {
      // pushNames' five features, from the per-table sums of every value and pair
      const self = phraseAt(s.names, n, i) + 3;
      const prev = phraseAt(s.names, n, i - 1) + 3;
      const next = phraseAt(s.names, n, i + 1) + 3;
      const a = self * T;
      const b = (NAME_VALUES + prev) * T;
      const c = (2 * NAME_VALUES + next) * T;
      const d = (prev * NAME_VALUES + self) * T;
      const e = (self * NAME_VALUES + next) * T;
      const { names, namesPrev, namesNext } = cues;
      for (let t = 0; t < T; t++)
        out[base + t] += names[a + t] + names[b + t] + names[c + t] + namesPrev[d + t] + namesNext[e + t];
    }
    if (g.span) {
      const c = spanCue(s.facts, i) * T;
      for (let t = 0; t < T; t++) out[base + t] += cues.span[c + t];
    }
    if (g.phrase) {
      for (let k = 0; k < 3; k++) {
        const c = (k * PHRASE_VALUES + phraseAt(s.phrase, n, i + PHRASE_OFFSET[k]) + 3) * T;
        for (let t = 0; t < T; t++) out[base + t] += cues.phrase[c + t];
      }
    }
  }
}
