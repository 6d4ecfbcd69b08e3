// Restores the zero-width non-joiner (U+200C) where scraping deleted it (نمیخواهد → نمی‌خواهد) or turned
// it into a space (کتاب ها → کتاب‌ها). Decisions, in order, per word:
//   1. A word already written with a ZWNJ was spelled on purpose: it is left alone.
//   2. The compiled lexicon (zwnj-lexicon.ts) maps a glued spelling to its ZWNJ spelling.
//   3. A word the lexicon knows whole (بهار, میز, همایش, تهران …) is never split.
//   4. Otherwise a suffix rule: a known stem + ها/های/هایش…, + ام/ات/اش/ای/ایم/اید/اند after a vowel
//      ه or ی (and اند after any stem), + تر/ترین after an adjective, or a plain suffix (ی, ش, ها…)
//      after a stem that itself takes a ZWNJ (رئیسجمهوری).
// Between two words separated by one space: می/نمی + word, word + a suffix that never stands alone
// (ها, های, ترین …), word ending in ه/ی + clitic (اند, ام, ای …), adjective + تر, and compounds the
// corpus writes with a ZWNJ more often than with a space (lexicon flag s) are joined, and so is the last
// part of a three-part compound the lexicon spells (بی‌بی سی). Where the lexicon says nothing, the learned
// pair model (zwnj-model.ts) decides from both words and the words around them, only in text that shows
// it lost its ZWNJs to spaces.
// Stray ZWNJs (doubled, or not between two letters) are removed.

import { MayWordsFile } from '../knowledge/schemas/others.js';
import { checkKnowledge } from '../knowledge/validate.js';
import { readRepairLexicon } from './lexicon-path.js';
import { EditBuilder, type StepResult, unchanged } from './offset-map.js';
import {
  ADJECTIVE,
  FUNCTION_WORD,
  isNonJoining,
  NEWS_SHIFT,
  PAIR_STRONG,
  STEM_ONLY,
  WHOLE_CLASS,
  ZWNJ,
  type ZwnjLexicon,
  zwnjLexicon,
} from './zwnj-lexicon.js';
import { modelJoins, modelSplit, type ZwnjModel, zwnjModel } from './zwnj-model.js';

const PERFECT_END = /[دت]ه\u200cای[مد]$/;
/** Suffixes that take a ZWNJ after any stem. */
const PLURAL = ['هایشان', 'هایتان', 'هایمان', 'هایی', 'هایم', 'هایت', 'هایش', 'هاست', 'های', 'ها'];
/** Clitics (copula, possessive, indefinite) that take a ZWNJ after final ه or ی. */
const CLITIC = ['اند', 'ایم', 'اید', 'ام', 'ات', 'اش', 'ای'];
const COMPARATIVE = ['ترین', 'تر'];
const POSSESSIVE = ['شان', 'تان', 'مان'];
const POSSESSIVE_SET = new Set(POSSESSIVE);
/** Suffixes written without ZWNJ, allowed after a stem that itself has a ZWNJ. */
const PLAIN = ['شان', 'تان', 'مان', 'یم', 'ید', 'ند', 'ی', 'م', 'ت', 'ش'];

/** Words that, after a space, always belong to the previous word. */
const ALWAYS_JOIN_AFTER = new Set([...PLURAL, 'ترین', 'ترینها', 'ترهای', 'ترها']);
const CLITIC_SET = new Set(CLITIC);
const PREFIX_SET = new Set(['می', 'نمی']);
/** Verbal preverbs written before می/نمی in compound verbs (برمی‌گردد, درنمی‌آید). */
const PREVERBS = ['بر', 'در', 'فرو', 'باز', 'وا', 'فرا', 'ور'];
const PREVERB_MI = new Set(PREVERBS.flatMap((p) => [`${p}می`, `${p}نمی`]));
/**
 * How a verb after می ends: a personal ending or a past stem (د ت م ی: می‌رود, می‌گفت, می‌کنم, می‌روی),
 * or a participle (می‌کرده). Other words after a lone «می» (ماه می سال, خانم می امروز) are no verb;
 * the lexicon's own می‌ forms (می‌توان) are looked up besides.
 */
const VERB_AFTER_MI = /(?:[دتمی]|[دت]ه)$/;
/** Words after which a lone «می» is the month or the surname May (lexicon/repair/may-words.json). */
export interface MayWords {
  month: Set<string>;
  names: Set<string>;
}
/** Validates may-words.json; throws naming the field of a bad entry. */
export function parseMayWords(raw: unknown): MayWords {
  const o = checkKnowledge(MayWordsFile, raw, 'lexicon/repair/may-words.json');
  return { month: new Set(o.month), names: new Set(o.names) };
}
const { month: MAY_MONTH, names: MAY_NAMES } = parseMayWords(JSON.parse(readRepairLexicon('may-words.json')));
/**
 * Whether the «می» at start, followed by b, is a noun by its left context: a number («۵ می») or a
 * name (ترزا می); after «ماه» unless b is a verb form the lexicon knows (ماه می‌درخشید: the moon).
 */
function isMay(input: string, start: number, before: string, b: string, lex: ZwnjLexicon): boolean {
  if (before !== '') {
    if (MAY_NAMES.has(before)) return true;
    return MAY_MONTH.has(before) && !lex.glued.get(`می${b}`)?.startsWith(`می${ZWNJ}`);
  }
  if (start < 2 || input.charCodeAt(start - 1) !== 0x20) return false;
  const c = input.charCodeAt(start - 2);
  return (c >= 0x30 && c <= 0x39) || (c >= 0x6f0 && c <= 0x6f9) || (c >= 0x660 && c <= 0x669);
}

const isVowelEnd = (w: string): boolean => {
  const c = w.charCodeAt(w.length - 1);
  return c === 0x0647 || c === 0x06cc;
};

/** Known as a word that blocks splitting (not merely a possible stem). */
const isWhole = (lex: ZwnjLexicon, w: string): boolean => ((lex.whole.get(w) ?? STEM_ONLY) & STEM_ONLY) === 0;

/** Frequency class (log2 of the hazm frequency) of a known word, 0 if unknown. */
const hazmClass = (lex: ZwnjLexicon, w: string): number => ((lex.whole.get(w) ?? 0) >> 2) & WHOLE_CLASS;

const GLUED_STEM_RANK = 8;
/**
 * Rank of a known stem for choosing between two splits, or -1 if unknown: its news class first (how
 * often the Fars articles use it), then its hazm class; ZWNJ compounds rank as moderately frequent.
 */
function stemClass(lex: ZwnjLexicon, stem: string): number {
  const flags = lex.whole.get(stem);
  if (flags !== undefined) return ((flags >> NEWS_SHIFT) & 15) * 32 + ((flags >> 2) & WHOLE_CLASS);
  return lex.glued.has(stem) ? GLUED_STEM_RANK : -1;
}

const stemForm = (lex: ZwnjLexicon, stem: string): string => lex.glued.get(stem) ?? stem;

/**
 * Whether w is better read as a plural of a word ending in a non-joining letter, which needs no ZWNJ
 * («سفرهای», trips: سفر + های) than as the lexicon's ZWNJ form r («سفره‌ای»): by frequency of the stems.
 */
function pluralAfterNonJoiner(lex: ZwnjLexicon, w: string, r: string): boolean {
  // A participle (…ده, …ته) + ایم/اید is a perfect verb (بوده‌ایم, دریافته‌اید), not a past stem + هایم.
  if (PERFECT_END.test(r)) return false;
  for (const s of PLURAL) {
    if (w.length - s.length < 2 || !w.endsWith(s)) continue;
    const stem = w.slice(0, -s.length);
    if (!isNonJoining(stem.charCodeAt(stem.length - 1)) || !isWhole(lex, stem)) continue;
    const head = r.slice(0, r.indexOf(ZWNJ));
    if (stemClass(lex, stem) >= stemClass(lex, head)) return true;
  }
  return false;
}

/** The likeliest split of a glued word into a known stem and a suffix that takes a ZWNJ, or null. */
function suffixed(lex: ZwnjLexicon, w: string): string | null {
  let best: string | null = null;
  let bestClass = -1;
  const consider = (stem: string, form: string) => {
    // «هایشان» alone is no stem + شان: a suffix is not a stem.
    if (ALWAYS_JOIN_AFTER.has(stem) || CLITIC_SET.has(stem)) return;
    let c = stemClass(lex, stem);
    if (c >= 0 && PERFECT_END.test(form)) c += 1024;
    if (c > bestClass) {
      best = form;
      bestClass = c;
    }
  };
  for (const s of PLURAL) {
    if (w.length - s.length >= 2 && w.endsWith(s)) {
      const stem = w.slice(0, -s.length);
      // «تنهایی», «انتهای»: the ها belongs to a known word (تنها, انتها), it is no plural.
      if (isWhole(lex, `${stem}ها`)) continue;
      if (stemClass(lex, stem) >= 0) consider(stem, stemForm(lex, stem) + ZWNJ + s);
    }
  }
  for (const s of CLITIC) {
    if (w.length - s.length >= 2 && w.endsWith(s)) {
      const stem = w.slice(0, -s.length);
      if (!isVowelEnd(stem) && s !== 'اند') continue;
      // «آسیای» is آسیا + ezafe ی, not آسی + ای: a known word ending in ا wins.
      if (isWhole(lex, `${stem}ا`)) continue;
      if (stemClass(lex, stem) >= 0) consider(stem, stemForm(lex, stem) + ZWNJ + s);
    }
  }
  // Possessives شان/تان/مان after a final silent ه (خانه‌شان). After ی careful writers glue them
  // (زندگیشان: hazm has no «ی‌شان», ZWNJ-aware Fars articles write it glued nine times in ten).
  for (const s of POSSESSIVE) {
    if (w.length - s.length >= 2 && w.endsWith(s)) {
      const stem = w.slice(0, -s.length);
      if (stem.charCodeAt(stem.length - 1) === 0x0647 && stemClass(lex, stem) >= 0)
        consider(stem, stemForm(lex, stem) + ZWNJ + s);
    }
  }
  if (best !== null) return best;
  // A past participle (…ه) + اند/ایم/اید is a perfect verb even when the participle is unknown
  // (بازتابیده‌اند).
  for (const s of ['اند', 'ایم', 'اید']) {
    if (w.length - s.length >= 4 && w.endsWith(s) && w.charCodeAt(w.length - s.length - 1) === 0x0647) {
      return w.slice(0, -s.length) + ZWNJ + s;
    }
  }
  const compound = compounded(lex, w);
  if (compound !== null) return compound;
  for (const s of COMPARATIVE) {
    if (w.length - s.length >= 2 && w.endsWith(s)) {
      const stem = w.slice(0, -s.length);
      if (((lex.whole.get(stem) ?? 0) & ADJECTIVE) !== 0) return stem + ZWNJ + s;
    }
  }
  for (const s of PLAIN) {
    if (w.length - s.length >= 3 && w.endsWith(s)) {
      const f = lex.glued.get(w.slice(0, -s.length));
      if (f !== undefined) return f + s;
    }
  }
  return null;
}

const PERSONAL_END = /(?:ند|ید|یم|د|م)$/;
const VERBAL_END = /(?:ند|ید|یم|د|م|ه|ست)$/;

/** Minimum frequency class (log2 of the hazm frequency) of a head split off a glued word. */
const HEAD_CLASS = 10;

/** Glued compounds beyond the lexicon: preverb + می + verb, بی + word, known head + productive tail. */
function compounded(lex: ZwnjLexicon, w: string): string | null {
  for (const p of PREVERBS) {
    if (!w.startsWith(p)) continue;
    for (const mi of ['می', 'نمی']) {
      if (w.startsWith(mi, p.length)) {
        const verb = w.slice(p.length);
        const f = lex.glued.get(verb);
        if (f?.startsWith(`${mi}${ZWNJ}`)) return p + f;
      }
    }
  }
  // می/نمی + a known verb form beyond the generated conjugations (می‌توانسته, می‌چرند).
  for (const mi of ['می', 'نمی']) {
    if (w.startsWith(mi) && w.length - mi.length >= 3) {
      const rest = w.slice(mi.length);
      if (isWhole(lex, rest) && VERBAL_END.test(rest)) return mi + ZWNJ + rest;
    }
  }
  // می/نمی + an unknown verb (causatives, rare stems: می‌رنجاند, می‌نکوهیم): a personal ending, a stem of
  // two letters or more, and no known word under it (میهمانم is میهمان + م; names in میر… stay).
  for (const mi of ['می', 'نمی']) {
    if (!w.startsWith(mi) || w.length - mi.length < 4 || w.length - mi.length > 9 || w.startsWith('میر'))
      continue;
    const m = PERSONAL_END.exec(w);
    if (m === null || w.length - mi.length - m[0].length < 2) continue;
    if (lex.whole.has(w.slice(0, -m[0].length))) continue;
    return mi + ZWNJ + w.slice(mi.length);
  }
  if (w.startsWith('بی') && w.length >= 5) {
    const rest = w.slice(2);
    if (isWhole(lex, rest) && hazmClass(lex, rest) >= HEAD_CLASS) return `بی${ZWNJ}${rest}`;
  }
  // A word ending in silent ه + a known word: the ه cannot join the next letter (نیمه‌ابری).
  for (let cut = w.length - 2; cut >= 3; cut--) {
    if (w.charCodeAt(cut - 1) !== 0x0647) continue;
    const head = w.slice(0, cut);
    const rest = w.slice(cut);
    if (
      isWhole(lex, head) &&
      isWhole(lex, rest) &&
      hazmClass(lex, head) >= HEAD_CLASS - 2 &&
      hazmClass(lex, rest) >= HEAD_CLASS - 2
    ) {
      return head + ZWNJ + rest;
    }
  }
  for (let cut = w.length - 3; cut >= 2; cut--) {
    const tail = w.slice(cut);
    const head = w.slice(0, cut);
    if (!lex.tailsGlued.has(tail)) {
      // An inflected tail, unless the compound is a word written glued (حسابدار → حسابداران).
      const base = singularTail(tail);
      if (base === null || !lex.tailsGlued.has(base) || lex.whole.has(head + base)) continue;
    }
    if (isWhole(lex, head) && hazmClass(lex, head) >= HEAD_CLASS) return head + ZWNJ + tail;
  }
  return null;
}

/**
 * The singular of a tail in the plural (داران → دار, نشینان → نشین, گرایان → گرا, دیدگان → دیده), also
 * + ی (پردازانی), or null: a productive tail keeps its ZWNJ when inflected.
 */
function singularTail(t: string): string | null {
  const u = t.endsWith('انی') ? t.slice(0, -1) : t;
  if (!u.endsWith('ان') || u.length < 5) return null;
  if (u.endsWith('گان')) return `${u.slice(0, -3)}ه`;
  if (u.endsWith('یان') && u.charCodeAt(u.length - 4) === 0x0627) return u.slice(0, -3);
  return u.slice(0, -2);
}

const NONE = '';
const cache = new Map<string, string>();

/** The learned model in use (the shipped one unless a trainer swaps in a candidate). */
let model: ZwnjModel | null = null;
const activeModel = (): ZwnjModel => {
  model ??= zwnjModel();
  return model;
};
/** Use another model (scripts/train-zwnj-model.ts tunes thresholds with it); forgets cached words. */
export function useZwnjModel(m: ZwnjModel | null): void {
  model = m;
  cache.clear();
  pairCache.clear();
}

/** The ZWNJ spelling of a glued word, or null to leave it as it is. */
export function restoreGlued(w: string, lex: ZwnjLexicon = zwnjLexicon()): string | null {
  if (w.length < 3) return null;
  const hit = cache.get(w);
  if (hit !== undefined) return hit === NONE ? null : hit;
  let r: string | null = null;
  if (w.endsWith('\u0654') && w.length > 3) {
    // «واژهنامهٔ»: the ezafe hamza rides on the word; restore the word under it.
    const inner = restoreGlued(w.slice(0, -1), lex);
    r = inner === null ? null : `${inner}\u0654`;
  } else if (w.length >= 3) {
    r = lex.glued.get(w) ?? null;
    if (r !== null && pluralAfterNonJoiner(lex, w, r)) r = null;
    // «میدانی» is میدان + ی (a field survey) far more often than می‌دانی (you know): a verb form in ی
    // over a known word + ی stays as it is.
    if (
      r !== null &&
      w.endsWith('ی') &&
      (r.startsWith(`می${ZWNJ}`) || r.startsWith(`نمی${ZWNJ}`)) &&
      isWhole(lex, w.slice(0, -1))
    ) {
      r = null;
    }
    if (r === null && !isWhole(lex, w)) r = suffixed(lex, w);
    // A word the lexicon knows nothing of (not whole, no stem, no form): the learned model decides.
    if (r === null && !lex.whole.has(w)) r = modelSplit(w, lex, activeModel());
  }
  if (cache.size > 500_000) cache.clear();
  cache.set(w, r ?? NONE);
  return r;
}

/** How strongly a space between two words stands for a ZWNJ (joinLevel). */
export const JOIN_NEVER = 0;
/** An affix, or a compound part that is no word alone (گفت وگو): joined whatever the text. */
export const JOIN_ALWAYS = 1;
/** Two known words the corpus writes as one compound (تخم مرغ): joined unless the text says otherwise. */
export const JOIN_COMPOUND = 2;
/** A compound the corpus also writes spaced (نرم افزار): joined only in text shown to have lost its ZWNJs to spaces. */
export const JOIN_WEAK = 3;

/** Which of the affix sets above a word is in (affixFlags): one lookup instead of one per set. */
const F_ALWAYS = 1; // ALWAYS_JOIN_AFTER
const F_CLITIC = 2; // CLITIC_SET
const F_PREFIX = 4; // PREFIX_SET
const F_PREVERB_MI = 8; // PREVERB_MI
const F_POSSESSIVE = 16; // POSSESSIVE_SET
const AFFIX_FLAGS = new Map<string, number>();
for (const [set, flag] of [
  [ALWAYS_JOIN_AFTER, F_ALWAYS],
  [CLITIC_SET, F_CLITIC],
  [PREFIX_SET, F_PREFIX],
  [PREVERB_MI, F_PREVERB_MI],
  [POSSESSIVE_SET, F_POSSESSIVE],
] as const)
  for (const w of set) AFFIX_FLAGS.set(w, (AFFIX_FLAGS.get(w) ?? 0) | flag);

const affixFlags = (w: string): number => AFFIX_FLAGS.get(w) ?? 0;
/** Whether w is an affix the rules join (ها, ای, می …): the learned pair model never decides those. */
export const isJoinAffix = (w: string): boolean => AFFIX_FLAGS.has(w);

/**
 * A bit per hash of each (first word, second word) of lex.pairs (FNV-1a over both, 18 bits): most
 * pairs of words in a text are no compound, and this 32 KB table says so without two lookups in the
 * large maps. Built once per lexicon.
 */
let pairsOf: ZwnjLexicon | null = null;
let pairBits = new Int32Array(0);
const PAIR_BITS = 18;
function pairHash(a: string, b: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < a.length; i++) h = Math.imul(h ^ a.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ 0x10000, 0x01000193); // between the words: no UTF-16 code unit
  for (let i = 0; i < b.length; i++) h = Math.imul(h ^ b.charCodeAt(i), 0x01000193);
  return (h ^ (h >>> PAIR_BITS)) & ((1 << PAIR_BITS) - 1);
}
function mayBePair(lex: ZwnjLexicon, a: string, b: string): boolean {
  if (pairsOf !== lex) {
    pairBits = new Int32Array((1 << PAIR_BITS) >>> 5);
    for (const [head, tails] of lex.pairs)
      for (const tail of tails.keys()) {
        const h = pairHash(head, tail);
        pairBits[h >>> 5] |= 1 << (h & 31);
      }
    pairsOf = lex;
  }
  const h = pairHash(a, b);
  return ((pairBits[h >>> 5] >>> (h & 31)) & 1) !== 0;
}

/**
 * The spaced forms of three parts or more, by all their parts but the last (بی‌بی → سی): a joined word
 * followed by one of its last parts is that compound. Built once per lexicon, looked up without
 * building a string.
 */
let lastPartsOf: ZwnjLexicon | null = null;
let lastPartsMap = new Map<string, Set<string>>();
function lastParts(lex: ZwnjLexicon): Map<string, Set<string>> {
  if (lastPartsOf !== lex) {
    lastPartsMap = new Map();
    for (const form of lex.spaced.values()) {
      const cut = form.lastIndexOf(ZWNJ);
      if (form.indexOf(ZWNJ) === cut) continue;
      const head = form.slice(0, cut);
      const tails = lastPartsMap.get(head) ?? new Set<string>();
      tails.add(form.slice(cut + 1));
      lastPartsMap.set(head, tails);
    }
    lastPartsOf = lex;
  }
  return lastPartsMap;
}

/** Whether (and how surely) the space between words a and b stood for a ZWNJ. */
export function joinLevel(a: string, b: string, lex: ZwnjLexicon = zwnjLexicon()): number {
  return joinLevelOf(a, affixFlags(a), b, affixFlags(b), lex);
}

/** joinLevel with the words' affixFlags already known (restoreZwnj looks each word up once). */
function joinLevelOf(a: string, fa: number, b: string, fb: number, lex: ZwnjLexicon): number {
  if ((fa & (F_ALWAYS | F_CLITIC)) !== 0) return JOIN_NEVER;
  if (a.includes(ZWNJ)) {
    // A word already joined (بی‌عدالتی, کوچه‌باغ) still takes a suffix: «بی‌عدالتی ها».
    if (b.includes(ZWNJ)) return JOIN_NEVER;
    // …or the last part of a compound of three (بی‌بی سی, سی‌تی اسکن), as the lexicon spells it.
    if (lastParts(lex).get(a)?.has(b) === true) return JOIN_COMPOUND;
    return (fb & F_ALWAYS) !== 0 || ((fb & F_CLITIC) !== 0 && isVowelEnd(a)) ? JOIN_ALWAYS : JOIN_NEVER;
  }
  if ((fa & (F_PREFIX | F_PREVERB_MI)) !== 0) {
    if (b.length < 2 || (fb & F_PREFIX) !== 0) return JOIN_NEVER;
    // A bare «می» is also the month or a name (May, wine): it joins only what can be a verb.
    if (a === 'می' && !VERB_AFTER_MI.test(b) && !lex.glued.get(`می${b}`)?.startsWith(`می${ZWNJ}`))
      return JOIN_NEVER;
    return JOIN_ALWAYS;
  }
  // بی (without) is no word alone: «بی شک» is بی‌شک.
  if (a === 'بی') {
    // «بی آنکه», «بی آن که»: بی before a pronoun or conjunction is the preposition.
    if (b.includes(ZWNJ) || b.length < 2 || ((lex.whole.get(b) ?? 0) & FUNCTION_WORD) !== 0)
      return JOIN_NEVER;
    return isWhole(lex, b) || (b.endsWith('ی') && isWhole(lex, b.slice(0, -1))) || lex.glued.has(`بی${b}`)
      ? JOIN_ALWAYS
      : JOIN_NEVER;
  }
  if (b.includes(ZWNJ)) return JOIN_NEVER;
  if ((fb & F_ALWAYS) !== 0) return a.length >= 2 ? JOIN_ALWAYS : JOIN_NEVER;
  if ((fb & F_CLITIC) !== 0) return a.length >= 2 && isVowelEnd(a) ? JOIN_ALWAYS : JOIN_NEVER;
  // «زندگی شان», «خانه تان»: a possessive set off by a space stood after a ZWNJ («شان» is also a word).
  if (isVowelEnd(a) && (fb & F_POSSESSIVE) !== 0 && a.length >= 2 && isWhole(lex, a)) return JOIN_COMPOUND;
  if (b === 'تر') return ((lex.whole.get(a) ?? 0) & ADJECTIVE) !== 0 ? JOIN_ALWAYS : JOIN_NEVER;
  // A bound tail joins a content word, never a function word («در بندی از قرارداد» stays).
  // (A plural tail ends in ن or ی: the common pair of two plain words is not sliced.)
  const last = b.charCodeAt(b.length - 1);
  const base = lex.tailsSpaced.has(b) ? b : last === 0x0646 || last === 0x06cc ? singularTail(b) : null;
  if (base !== null && lex.tailsSpaced.has(base) && (base === b || !lex.whole.has(a + base))) {
    const last = a.charCodeAt(a.length - 1);
    if (
      a.length < 2 ||
      !isWhole(lex, a) ||
      hazmClass(lex, a) > 25 ||
      // an adverb in tanvin («صرفاً آرایی») is no head
      (last >= 0x064b && last <= 0x065f)
    )
      return JOIN_NEVER;
    return isWhole(lex, b) ? JOIN_COMPOUND : JOIN_ALWAYS;
  }
  // The ezafe hamza on the second part («واژه نامهٔ») is not part of the lexicon form.
  const tail = b.endsWith('\u0654') ? b.slice(0, -1) : b;
  if (!mayBePair(lex, a, tail)) return JOIN_NEVER;
  const level = lex.pairs.get(a)?.get(tail);
  if (level === undefined) return JOIN_NEVER;
  const strong = level === PAIR_STRONG;
  if (!isWhole(lex, tail) || !isWhole(lex, a)) return JOIN_ALWAYS;
  return strong ? JOIN_COMPOUND : JOIN_WEAK;
}

/**
 * joinLevelOf, and where the lexicon says nothing of the pair, the learned model — only in text that
 * allows weak joins (shown to have lost its ZWNJs to spaces), so correct text is never touched by it.
 */
function pairLevel(
  a: string,
  fa: number,
  b: string,
  fb: number,
  lex: ZwnjLexicon,
  allows: (level: number) => boolean,
  beforeA: string,
  input: string,
  endB: number,
): number {
  const level = joinLevelOf(a, fa, b, fb, lex);
  if (level !== JOIN_NEVER || fa !== 0 || fb !== 0 || a.includes(ZWNJ) || b.includes(ZWNJ)) return level;
  if (!allows(JOIN_WEAK)) return level;
  // Pairs repeat (Zipf): a bounded cache keeps the model's scoring off the common path.
  const prev = beforeA.slice(beforeA.lastIndexOf(ZWNJ) + 1);
  const next = wordAfter(input, endB);
  const k = `${prev} ${a} ${b} ${next}`;
  let joins = pairCache.get(k);
  if (joins === undefined) {
    joins = modelJoins(a, b, lex, activeModel(), prev, next);
    if (pairCache.size > 200_000) pairCache.clear();
    pairCache.set(k, joins);
  }
  return joins ? JOIN_WEAK : JOIN_NEVER;
}
const pairCache = new Map<string, boolean>();

/** Whether the space between words a and b stood for a ZWNJ in text that lost its ZWNJs to spaces. */
export const joinsAcrossSpace = (a: string, b: string, lex: ZwnjLexicon = zwnjLexicon()): boolean =>
  joinLevel(a, b, lex) !== JOIN_NEVER;

const isWordChar = (c: number): boolean =>
  (c >= 0x0620 && c <= 0x065f) ||
  (c >= 0x066e && c <= 0x06d5) ||
  c === 0x0670 ||
  (c >= 0x06fa && c <= 0x06fc);

/** 1 for the code units of a word as restoreZwnj reads them (isWordChar or ZWNJ), else 0. */
const WORD_UNIT = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) WORD_UNIT[c] = isWordChar(c) || c === 0x200c ? 1 : 0;

/** Stray ZWNJs of one word (leading, trailing, doubled), in text order. */
function strayZwnjs(input: string, from: number, to: number, start: number, end: number): number[] {
  const strays: number[] = [];
  for (let i = from; i < start; i++) strays.push(i);
  for (let i = start + 1; i < end; i++) {
    if (input.charCodeAt(i) === 0x200c && input.charCodeAt(i - 1) === 0x200c) strays.push(i);
  }
  for (let i = end; i < to; i++) strays.push(i);
  return strays;
}

/** A restored word whose ZWNJ sets off an inflection (not a compound): می‌شود, کتاب‌ها, کرده‌اند. */
const AFFIXED =
  /^ن?می\u200c|\u200c(?:ها|های|هایی|هایم|هایت|هایش|هایمان|هایتان|هایشان|اند|ام|ات|اش|ای|ایم|اید|تر|ترین)$/;
const SCAN = /[\u0620-\u065F\u066E-\u06D5\u0670\u06FA-\u06FC]+/g;
/**
 * Whether a text without ZWNJs lost them to spaces: an affix stands alone after a blank («می شود»,
 * «کتاب ها», «ویژه ای») — or, with neither that nor a glued affixed word (میشود, کتابها), by default.
 */
function textEvidence(input: string, lex: ZwnjLexicon): number {
  let glued = false;
  let prev = '';
  SCAN.lastIndex = 0;
  for (let m = SCAN.exec(input); m !== null; m = SCAN.exec(input)) {
    const w = m[0];
    const afterBlank = m.index > 0 && input.charCodeAt(m.index - 1) === 0x20;
    if (
      afterBlank &&
      prev.length >= 2 &&
      (ALWAYS_JOIN_AFTER.has(w) || (CLITIC_SET.has(w) && isVowelEnd(prev)))
    )
      return JOIN_WEAK;
    if (afterBlank && PREFIX_SET.has(prev) && !PREFIX_SET.has(w)) return JOIN_WEAK;
    if (!glued) {
      const r = restoreGlued(w, lex);
      if (r !== null && AFFIXED.test(r)) glued = true;
    }
    prev = w;
  }
  return glued ? JOIN_ALWAYS : JOIN_COMPOUND;
}

/** The word after one blank at i, or '' (punctuation, a line end): the pair model's right context. */
function wordAfter(input: string, i: number): string {
  if (input.charCodeAt(i) !== 0x20) return '';
  let j = i + 1;
  while (j < input.length && isWordChar(input.charCodeAt(j))) j++;
  return input.slice(i + 1, j);
}

/** Whether the word ending at i ends a clause (punctuation or the end of the text follows). */
function clauseEndsAt(input: string, i: number): boolean {
  if (i >= input.length) return true;
  const c = input.charCodeAt(i);
  // . ، ؛ ؟ ! : » )
  return (
    c === 0x2e ||
    c === 0x60c ||
    c === 0x61b ||
    c === 0x61f ||
    c === 0x21 ||
    c === 0x3a ||
    c === 0xbb ||
    c === 0x29
  );
}

/**
 * «…های» closing a clause is no plural + ezafe (an ezafe needs a word after it): it is a word in silent
 * ه + the indefinite or verbal ای (پدیده‌ای., کرده‌ای،) when that word is known.
 */
function indefiniteAtClauseEnd(w: string, r: string | null, lex: ZwnjLexicon): string | null {
  const head = w.slice(0, -2);
  if (!isWhole(lex, head) && !lex.glued.has(head)) return r;
  // A participle (…ده, …ته: a perfect verb) always; another word only if likelier than the plural's
  // stem (بخشهای. stays بخش + های).
  const c = head.charCodeAt(head.length - 2);
  if (c !== 0x062f && c !== 0x062a && stemClass(lex, head) < stemClass(lex, head.slice(0, -1))) return r;
  if (r?.endsWith(`ه${ZWNJ}ای`)) return r;
  return `${stemForm(lex, head)}${ZWNJ}ای`;
}

export function restoreZwnj(input: string, lex: ZwnjLexicon = zwnjLexicon()): StepResult {
  const b = new EditBuilder(input);
  // The highest join level this text allows, found once, the first time two known words could form a
  // compound: text with ZWNJs, or with glued inflections (میشود), means its spaces; text with a lone
  // affix (می شود) lost its ZWNJs to spaces; text with neither takes the corpus's usual compounds.
  let allowed = -1;
  const allows = (level: number): boolean => {
    if (level <= JOIN_ALWAYS) return level === JOIN_ALWAYS;
    if (allowed === -1) allowed = input.includes(ZWNJ) ? JOIN_ALWAYS : textEvidence(input, lex);
    return level <= allowed;
  };
  let pos = 0;
  let prevWord: string | null = null;
  // The word before prevWord when a blank separates them ('' otherwise): context of the pair model,
  // which reads its last part.
  let beforePrev = '';
  let prevFlags = 0;
  let prevEnd = -2;
  let prevStart = -2;
  // Stray ZWNJs of the current word and how many of them are deleted already. They are deleted after
  // any join with the previous word and around the word's own insertions, so edits stay in text order.
  let strays: number[] | null = null;
  let strayNext = 0;
  const deleteStrays = (upTo: number) => {
    if (strays === null) return;
    for (; strayNext < strays.length && strays[strayNext] < upTo; strayNext++) {
      const i = strays[strayNext];
      b.copy(pos, i);
      b.replace(i, i + 1, '');
      pos = i + 1;
    }
  };
  // The words (runs of WORD_UNIT characters), scanned by hand: a regular expression's match array per
  // word was measurable garbage on every article.
  const n = input.length;
  let at = 0;
  while (at < n) {
    if (WORD_UNIT[input.charCodeAt(at)] === 0) {
      at++;
      continue;
    }
    const mIndex = at;
    while (at < n && WORD_UNIT[input.charCodeAt(at)] === 1) at++;
    let w = input.slice(mIndex, at);
    let start = mIndex;
    let end = at;
    strays = null;
    strayNext = 0;
    if (w.includes(ZWNJ)) {
      while (start < end && input.charCodeAt(start) === 0x200c) start++;
      while (end > start && input.charCodeAt(end - 1) === 0x200c) end--;
      strays = strayZwnjs(input, mIndex, mIndex + w.length, start, end);
      if (strays.length === 0) strays = null;
      else w = input.slice(start, end).replace(/\u200c{2,}/g, ZWNJ);
      if (w === '') {
        deleteStrays(Number.POSITIVE_INFINITY);
        prevWord = null;
        beforePrev = '';
        continue;
      }
    }
    const flags = affixFlags(w);
    if (
      prevWord !== null &&
      start === prevEnd + 1 &&
      input.charCodeAt(prevEnd) === 0x20 &&
      !(prevWord === 'می' && isMay(input, prevStart, beforePrev, w, lex)) &&
      allows(pairLevel(prevWord, prevFlags, w, flags, lex, allows, beforePrev, input, end)) &&
      // After a non-joining letter the space simply goes; the glued word must then read as it is, or
      // a second repair would split it elsewhere.
      (!isNonJoining(input.charCodeAt(prevEnd - 1)) || restoreGlued(prevWord + w, lex) === null)
    ) {
      b.copy(pos, prevEnd);
      b.replace(prevEnd, prevEnd + 1, isNonJoining(input.charCodeAt(prevEnd - 1)) ? '' : ZWNJ);
      pos = prevEnd + 1;
      deleteStrays(Number.POSITIVE_INFINITY);
      // The joined word may take a suffix next («بی عدالتی ها»), nothing else.
      prevWord = `${prevWord}${ZWNJ}${w}`;
      prevFlags = affixFlags(prevWord);
      prevEnd = end;
      continue;
    }
    deleteStrays(start);
    if (!w.includes(ZWNJ)) {
      let r = restoreGlued(w, lex);
      if (w.endsWith('های') && w.length >= 6 && clauseEndsAt(input, end))
        r = indefiniteAtClauseEnd(w, r, lex);
      if (r !== null) {
        // r is w with ZWNJs inserted: copy up to each insertion point and insert.
        let j = 0;
        for (let k = 0; k < r.length; k++) {
          if (r.charCodeAt(k) === 0x200c) {
            if (isNonJoining(input.charCodeAt(start + j - 1))) continue;
            b.copy(pos, start + j);
            b.replace(start + j, start + j, ZWNJ);
            pos = start + j;
          } else j++;
        }
      }
    }
    deleteStrays(Number.POSITIVE_INFINITY);
    beforePrev =
      prevWord !== null && start === prevEnd + 1 && input.charCodeAt(prevEnd) === 0x20 ? prevWord : '';
    prevWord = w;
    prevFlags = flags;
    prevEnd = end;
    prevStart = start;
  }
  if (b.edits === 0) return unchanged(input);
  b.copy(pos, input.length);
  return { text: b.text(), map: b.map(), edits: b.edits };
}

export { isNonJoining, isWordChar };
