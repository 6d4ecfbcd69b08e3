// Letters, digits, kashida and diacritics to one Persian spelling (docs/bench-repair.md, "Decisions").
//
// - Arabic yeh ي (U+064A) and alef maksura ى (U+0649) → Persian yeh ی; Arabic kaf ك → Persian keheh ک;
//   heh goal ہ (U+06C1) → ه. Arabic presentation forms (U+FB50–FDFF, U+FE70–FEFF) → their base letters
//   (Unicode compatibility decomposition, then the rules here).
// - Kept deliberately: ة (teh marbuta: Arabic names and words such as «دولة» are spelled with it), ۀ and
//   «هٔ» (both correct Persian ezafe spellings), hamza forms أ إ ؤ ئ, and tanvin on alef «اً» (standard
//   Persian: «اصلاً»).
// - Arabic-Indic digits ٠–٩ → Persian ۰–۹. Latin digits are left alone: correct Persian text uses both
//   (PerDT writes Latin digits), and they occur inside Latin words, codes and URLs.
// - Removed: kashida ـ, short vowels, sukun, shadda and other tanvin (optional vocalization that only
//   gets in the way of matching), tanvin not on alef, any combining mark not on a letter, bidi marks
//   (LRM/RLM/ALM), zero-width space, soft hyphen (except between two Persian letters, where it
//   stands for ZWNJ and becomes one) and byte order marks.
// - "ا" + maddah (U+0653) → آ.
// - A ZWNJ that is not between two letters (doubled, at a word's edge) is dropped.
import { EditBuilder, type StepResult, unchanged } from './offset-map.js';

/** One-to-one substitutions: they keep every offset, so the map stays the identity. */
const SAME_LENGTH: Record<string, string> = {
  '\u064A': '\u06CC',
  '\u0649': '\u06CC',
  '\u0643': '\u06A9',
  '\u06C1': '\u0647',
  '\u0660': '۰',
  '\u0661': '۱',
  '\u0662': '۲',
  '\u0663': '۳',
  '\u0664': '۴',
  '\u0665': '۵',
  '\u0666': '۶',
  '\u0667': '۷',
  '\u0668': '۸',
  '\u0669': '۹',
};
const SAME_LENGTH_RE = /[\u064A\u0649\u0643\u06C1\u0660-\u0669]/g;
const SAME_LENGTH_TEST = /[\u064A\u0649\u0643\u06C1\u0660-\u0669]/;
const RARE_RE = /[\u0649\u06C1\u0660-\u0669]/;

const isArabicLetter = (c: number): boolean =>
  (c >= 0x0620 && c <= 0x064a) ||
  (c >= 0x066e && c <= 0x06d3) ||
  c === 0x06d5 ||
  (c >= 0x06fa && c <= 0x06fc);

const isMark = (c: number): boolean =>
  (c >= 0x064b && c <= 0x065f) ||
  c === 0x0670 ||
  (c >= 0x06d6 && c <= 0x06ed) ||
  (c >= 0x0610 && c <= 0x061a);

/** Characters that are simply dropped. */
const isDropped = (c: number): boolean =>
  c === 0x0640 ||
  c === 0x200b ||
  c === 0x200e ||
  c === 0x200f ||
  c === 0x061c ||
  c === 0x00ad ||
  c === 0xfeff;

/** Presentation form → normalized replacement (computed once from NFKC). */
const PRESENTATION = new Map<number, string>();
function presentation(c: number): string {
  let r = PRESENTATION.get(c);
  if (r === undefined) {
    const nfkc = String.fromCharCode(c).normalize('NFKC');
    r = nfkc === String.fromCharCode(c) ? nfkc : normalizeLetters(nfkc).text;
    PRESENTATION.set(c, r);
  }
  return r;
}

/** A ZWNJ not between two letters (or doubled): the loop below removes it. */
const STRAY_ZWNJ =
  /(?<![\u0620-\u064A\u066E-\u06D3\u06D5\u06FA-\u06FC\u0654\u064B])\u200c|\u200c(?![\u0620-\u064A\u066E-\u06D3\u06D5\u06FA-\u06FC])/;
const NEEDS_WORK =
  /[\u0610-\u061a\u061c\u0640\u064b-\u065f\u0670\u06d6-\u06ed\u200b\u200e\u200f\u00ad\ufb50-\ufdff\ufe70-\ufeff]/;

/** Decides whether the combining mark at i is kept (a mark we keep, sitting on a letter). */
function keepMark(text: string, i: number, c: number, prev: number): boolean {
  if (c === 0x0654) return prev === 0x0647 || prev === 0x06cc || prev === 0x0648 || prev === 0x0627; // هٔ and hamza seats
  if (c === 0x064b) return prev === 0x0627; // اً
  void text;
  void i;
  return false;
}

export function normalizeLetters(input: string): StepResult {
  let substituted = input;
  if (SAME_LENGTH_TEST.test(input)) {
    // The frequent ones by native string replacement; the rest (digits, heh goal) through the table.
    substituted = input.replaceAll('\u064A', '\u06CC').replaceAll('\u0643', '\u06A9');
    if (RARE_RE.test(substituted)) substituted = substituted.replace(SAME_LENGTH_RE, (ch) => SAME_LENGTH[ch]);
  }
  const substitutions = substituted === input ? 0 : 1;
  if (!NEEDS_WORK.test(substituted) && !(substituted.includes('\u200c') && STRAY_ZWNJ.test(substituted))) {
    return { ...unchanged(substituted), edits: substitutions };
  }
  const b = new EditBuilder(substituted);
  let run = 0;
  // The last letter written to the output (for marks: is there a letter under this mark?).
  let prevOut = 0;
  for (let i = 0; i < substituted.length; i++) {
    const c = substituted.charCodeAt(i);
    if (c === 0x00ad) {
      // A soft hyphen between two Persian letters stands where ZWNJ belongs («گفت­وگو»، scraped
      // text): it becomes ZWNJ; anywhere else it is dropped. (Same length: the offsets stay.)
      const next = i + 1 < substituted.length ? substituted.charCodeAt(i + 1) : 0;
      b.copy(run, i);
      b.replace(i, i + 1, isArabicLetter(prevOut) && isArabicLetter(next) ? '\u200c' : '');
      run = i + 1;
      if (isArabicLetter(prevOut) && isArabicLetter(next)) prevOut = 0x200c;
      continue;
    }
    if (c < 0x0610) {
      prevOut = c;
      continue;
    }
    if (c === 0x200c) {
      // A ZWNJ only belongs between two letters; a doubled one or one beside a blank, digit or
      // punctuation mark is dropped.
      let k = i + 1;
      while (k < substituted.length) {
        const d = substituted.charCodeAt(k);
        if (isDropped(d) || (isMark(d) && d !== 0x0654)) k++;
        else break;
      }
      const next = k < substituted.length ? substituted.charCodeAt(k) : 0;
      const letterNext = isArabicLetter(next) || (next >= 0xfb50 && next <= 0xfefc);
      if (!(isArabicLetter(prevOut) || prevOut === 0x0654 || prevOut === 0x064b) || !letterNext) {
        b.copy(run, i);
        b.replace(i, i + 1, '');
        run = i + 1;
        continue;
      }
      prevOut = c;
      continue;
    }
    if (isDropped(c)) {
      b.copy(run, i);
      b.replace(i, i + 1, '');
      run = i + 1;
      continue;
    }
    if (isMark(c)) {
      if (c === 0x0653 && prevOut === 0x0627) {
        // ا + maddah → آ: replace the alef and the mark together.
        b.copy(run, i - 1);
        b.replace(i - 1, i + 1, '\u0622');
        run = i + 1;
        prevOut = 0x0622;
        continue;
      }
      if (!keepMark(substituted, i, c, prevOut) || !isArabicLetter(prevOut)) {
        b.copy(run, i);
        b.replace(i, i + 1, '');
        run = i + 1;
      }
      // A kept mark does not change prevOut: a second mark on the same letter is judged by the letter.
      continue;
    }
    if ((c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefe)) {
      const r = presentation(c);
      if (r !== String.fromCharCode(c)) {
        b.copy(run, i);
        b.replace(i, i + 1, r);
        run = i + 1;
        prevOut = r.length > 0 ? r.charCodeAt(r.length - 1) : prevOut;
        continue;
      }
    }
    prevOut = c;
  }
  b.copy(run, substituted.length);
  return { text: b.text(), map: b.map(), edits: b.edits + substitutions };
}
