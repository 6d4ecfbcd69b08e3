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
// corpus writes with a ZWNJ more often than with a space (lexicon flag s) are joined.
// Stray ZWNJs (doubled, or not between two letters) are removed.
import { EditBuilder, type StepResult, unchanged } from './offset-map.js';
import { ADJECTIVE, STEM_ONLY, ZWNJ, type ZwnjLexicon, zwnjLexicon } from './zwnj-lexicon.js';

/** Suffixes that take a ZWNJ after any stem. */
const PLURAL = ['هایشان', 'هایتان', 'هایمان', 'هایی', 'هایم', 'هایت', 'هایش', 'هاست', 'های', 'ها'];
/** Clitics (copula, possessive, indefinite) that take a ZWNJ after final ه or ی. */
const CLITIC = ['اند', 'ایم', 'اید', 'ام', 'ات', 'اش', 'ای'];
const COMPARATIVE = ['ترین', 'تر'];
/** Suffixes written without ZWNJ, allowed after a stem that itself has a ZWNJ. */
const PLAIN = ['شان', 'تان', 'مان', 'یم', 'ید', 'ند', 'ی', 'م', 'ت', 'ش'];

/** Words that, after a space, always belong to the previous word. */
const ALWAYS_JOIN_AFTER = new Set([...PLURAL, 'ترین', 'ترینها', 'ترهای']);
const CLITIC_SET = new Set(CLITIC);
const PREFIX_SET = new Set(['می', 'نمی']);

const isVowelEnd = (w: string): boolean => {
  const c = w.charCodeAt(w.length - 1);
  return c === 0x0647 || c === 0x06cc;
};

/** Known as a word that blocks splitting (not merely a possible stem). */
const isWhole = (lex: ZwnjLexicon, w: string): boolean => ((lex.whole.get(w) ?? STEM_ONLY) & STEM_ONLY) === 0;

/** Frequency class of a known stem (ZWNJ compounds count as moderately frequent), or -1 if unknown. */
function stemClass(lex: ZwnjLexicon, stem: string): number {
  const flags = lex.whole.get(stem);
  if (flags !== undefined) return flags >> 2;
  return lex.glued.has(stem) ? 8 : -1;
}

const stemForm = (lex: ZwnjLexicon, stem: string): string => lex.glued.get(stem) ?? stem;

/** The likeliest split of a glued word into a known stem and a suffix that takes a ZWNJ, or null. */
function suffixed(lex: ZwnjLexicon, w: string): string | null {
  let best: string | null = null;
  let bestClass = -1;
  const consider = (stem: string, form: string) => {
    const c = stemClass(lex, stem);
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
  if (best !== null) return best;
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

const NONE = '';
const cache = new Map<string, string>();

/** The ZWNJ spelling of a glued word, or null to leave it as it is. */
export function restoreGlued(w: string, lex: ZwnjLexicon = zwnjLexicon()): string | null {
  const hit = cache.get(w);
  if (hit !== undefined) return hit === NONE ? null : hit;
  let r: string | null = null;
  if (w.endsWith('\u0654') && w.length > 3) {
    // «واژهنامهٔ»: the ezafe hamza rides on the word; restore the word under it.
    const inner = restoreGlued(w.slice(0, -1), lex);
    r = inner === null ? null : `${inner}\u0654`;
  } else if (w.length >= 3) {
    r = lex.glued.get(w) ?? null;
    if (r === null && !isWhole(lex, w)) r = suffixed(lex, w);
  }
  if (cache.size > 500_000) cache.clear();
  cache.set(w, r ?? NONE);
  return r;
}

/** Whether the space between words a and b stood for a ZWNJ. */
export function joinsAcrossSpace(a: string, b: string, lex: ZwnjLexicon = zwnjLexicon()): boolean {
  if (a.includes(ZWNJ)) return false;
  if (PREFIX_SET.has(a)) return b.length >= 2 && !PREFIX_SET.has(b);
  if (b.includes(ZWNJ)) return false;
  if (ALWAYS_JOIN_AFTER.has(b)) return a.length >= 2;
  if (CLITIC_SET.has(b)) return a.length >= 2 && isVowelEnd(a);
  if (b === 'تر') return ((lex.whole.get(a) ?? 0) & ADJECTIVE) !== 0;
  if (process.env.NOCOMP) return false;
  return lex.spaced.get(a + b) === a + ZWNJ + b;
}

/** Letters that never join the next one: a ZWNJ after them is invisible and careful text omits it. */
export const isNonJoining = (c: number): boolean =>
  (c >= 0x0621 && c <= 0x0625) ||
  c === 0x0627 ||
  c === 0x0629 ||
  (c >= 0x062f && c <= 0x0632) ||
  c === 0x0648 ||
  c === 0x0698 ||
  c === 0x06c0 ||
  c === 0x06d5 ||
  c === 0x0654;

const isWordChar = (c: number): boolean =>
  (c >= 0x0620 && c <= 0x065f) ||
  (c >= 0x066e && c <= 0x06d5) ||
  c === 0x0670 ||
  (c >= 0x06fa && c <= 0x06fc);

const WORD = /[\u0620-\u065F\u066E-\u06D5\u0670\u06FA-\u06FC\u200C]+/g;

export function restoreZwnj(input: string, lex: ZwnjLexicon = zwnjLexicon()): StepResult {
  const b = new EditBuilder(input);
  let pos = 0;
  let prevWord: string | null = null;
  let prevEnd = -2;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(input); m !== null; m = WORD.exec(input)) {
    let start = m.index;
    let end = start + m[0].length;
    let w = m[0];
    // Stray ZWNJs (leading, trailing, doubled) are deleted after any join with the previous word, so
    // the edits stay in text order.
    let strays: number[] | null = null;
    if (w.includes(ZWNJ)) {
      while (start < end && input.charCodeAt(start) === 0x200c) start++;
      while (end > start && input.charCodeAt(end - 1) === 0x200c) end--;
      strays = [];
      for (let i = m.index; i < start; i++) strays.push(i);
      for (let i = start + 1; i < end; i++) {
        if (input.charCodeAt(i) === 0x200c && input.charCodeAt(i - 1) === 0x200c) strays.push(i);
      }
      for (let i = end; i < m.index + m[0].length; i++) strays.push(i);
      w = input.slice(start, end).replace(/\u200c{2,}/g, ZWNJ);
    }
    let strayNext = 0;
    /** Deletes the stray ZWNJs before `upTo` not yet deleted. */
    const deleteStrays = (upTo = Number.POSITIVE_INFINITY) => {
      if (strays === null) return;
      for (; strayNext < strays.length && strays[strayNext] < upTo; strayNext++) {
        const i = strays[strayNext];
        b.copy(pos, i);
        b.replace(i, i + 1, '');
        pos = i + 1;
      }
    };
    if (w === '') {
      deleteStrays();
      prevWord = null;
      continue;
    }
    if (
      prevWord !== null &&
      start === prevEnd + 1 &&
      input.charCodeAt(prevEnd) === 0x20 &&
      joinsAcrossSpace(prevWord, w, lex)
    ) {
      b.copy(pos, prevEnd);
      b.replace(prevEnd, prevEnd + 1, isNonJoining(input.charCodeAt(prevEnd - 1)) ? '' : ZWNJ);
      pos = prevEnd + 1;
      deleteStrays();
      // The joined word does not join again: "کتاب ها ی" stays as it is after the first join.
      prevWord = null;
      prevEnd = end;
      continue;
    }
    deleteStrays(start);
    if (!w.includes(ZWNJ)) {
      const r = restoreGlued(w, lex);
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
    deleteStrays();
    prevWord = w;
    prevEnd = end;
  }
  if (b.edits === 0) return unchanged(input);
  b.copy(pos, input.length);
  return { text: b.text(), map: b.map(), edits: b.edits };
}

export { isWordChar };
