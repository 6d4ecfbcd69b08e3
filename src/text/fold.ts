// The one letter fold of rasad: every matcher (actor and place lexicon keys, trigger and grammar word
// keys, the quote grammar, the date recognizer, the store's search text) reduces text and lexicon
// entries with the tables below, so that an entry that matches in one stage matches in the next.
// Keys are for lookup only; every span and every display string still comes from the text or the
// lexicon as written.
//
// What folds, and why (scraped Persian and Dari write one word in many ways):
// - yeh: Arabic yeh ي (U+064A), alef maksura ى (U+0649) and yeh with hamza ئ (U+0626) → Persian ی.
//   Sites write «رئیس», «رييس» and «رییس» for one word; hamza on a seat is spelled inconsistently.
// - kaf: Arabic kaf ك (U+0643) → Persian ک.
// - heh: heh with yeh above ۀ (U+06C0) and teh marbuta ة (U+0629) → ه. «هٔ» (heh + hamza above)
//   folds through the diacritics rule; ezafe spellings «خانهٔ», «خانۀ», «خانه» meet.
// - alef: alef with madda آ, with hamza above أ / below إ, and wasla ٱ → ا («تأسف»/«تاسف», «آمریکا»/«امریکا»).
// - waw: waw with hamza ؤ → و («مؤسسه»/«موسسه»).
// - digits: Persian ۰–۹ and Arabic-Indic ٠–٩ → ASCII 0–9, as the store and the dates have always read them.
// - case: letters with a one-unit lower case (Latin, Greek, Cyrillic…) are lowered.
// - dropped: harakat and other Arabic marks U+064B–U+065F, superscript alef U+0670, kashida U+0640;
//   ZWNJ/ZWJ and the soft hyphen (scraped text sets it where ZWNJ belongs: «گفت­وگو»), so «می‌رود»,
//   «میرود» meet; and, in a lookup key, white space, so «رئیس جمهور» and «رئیس‌جمهور» meet.
//
// The forms of the fold, each for a caller that truly needs it (and the only folds of the matchers):
// - foldKey(text): the lookup key of a word or a phrase (white space dropped too): the actor and place
//   lexicons (src/resolve/actors/letter-key.ts), whose multi-word names are matched as one key over a
//   run of words, and the actor tokenizer (foldUnit, unit by unit).
// - foldWords(text): the same fold with white space kept: the word key of the grammar, the trigger
//   lexicon and the quote grammar (src/grammar/word-key.ts); their entries are split into words after
//   folding, each matched against one word of the text.
// - sameLengthFold(): a view of the text with one code unit per code unit (offsets unchanged), for the
//   regular expressions of the date recognizer (src/recognize/dates/normalize.ts): a dropped unit
//   becomes ZWNJ, a filler its patterns treat as optional, and blank variants become a space. The
//   dates keep «آ» unfolded: their tense patterns, written in code, find «آینده» and «آتی» anywhere in
//   a sentence, and folded to «اینده»/«اتی» they would be found inside «نماینده» and «اطلاعاتی».
// The store's search text (src/store/search-text.ts) uses foldStored: its output is persisted (the
// FTS index, actor ids hashed from folded names, MinHash signatures), so it keeps the letters it
// folded when those databases were written (no آ, no ئ, joiners and white space kept, digits ASCII);
// changing it would need a migration that re-indexes articles and re-keys actors.
// What wiring the fold in changed (901 Fars articles, test/text/fold-matchers.test.ts): the word key
// now folds ئ («بگوئیم» is the speech verb «بگوییم»: one indirect quote more) and the letter key
// folds every digit to ASCII (the lexicon's «جی ۲۰» now matches «جی 20»: one entity coded G20).
// Not matchers, and so not folded here: src/repair/normalize-letters.ts (a repair that rewrites the
// text itself, deliberately conservative), src/repair/clean-boilerplate.ts's line key (boilerplate
// regular expressions are written against the text's letters) and the tagger's own feature
// normalization (src/recognize/tagger/normalize.ts: the trained model's features depend on it).
import { LETTERS } from './letters.js';

/** Letters the stored search fold leaves as they are (see the file comment). */
const NOT_STORED = new Set(['ئ', 'آ']);

/** Marks, joiners and fillers a key drops. */
const IGNORED: number[] = [0x200c, 0x200d, 0x00ad, 0x0640, 0x0670];
for (let c = 0x064b; c <= 0x065f; c++) IGNORED.push(c);
/** White space a lookup key drops. */
const BLANKS = [0x20, 0x09, 0x0a, 0x0d, 0xa0];

function baseTable(letters: ReadonlyArray<readonly [string, string]>, lower: boolean): Uint16Array {
  const t = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) t[c] = c;
  if (lower)
    for (let c = 0; c < 0xd800; c++) {
      const l = String.fromCharCode(c).toLowerCase();
      if (l.length === 1) t[c] = l.charCodeAt(0);
    }
  for (const [from, to] of letters) t[from.charCodeAt(0)] = to.charCodeAt(0);
  for (let d = 0; d <= 9; d++) {
    t[0x06f0 + d] = 0x30 + d;
    t[0x0660 + d] = 0x30 + d;
  }
  return t;
}

/** Code unit → folded code unit; 0 = dropped. */
const KEY = baseTable(LETTERS, true);
for (const c of IGNORED) KEY[c] = 0;
KEY[0] = 0;
const WORDS = KEY.slice();
for (const c of BLANKS) KEY[c] = 0;

function foldWith(table: Uint16Array, text: string): string {
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (table[c] !== c) break;
    i++;
  }
  if (i === n) return text; // most words need no folding: no new string
  let out = text.slice(0, i);
  for (; i < n; i++) {
    const f = table[text.charCodeAt(i)] as number;
    if (f !== 0) out += String.fromCharCode(f);
  }
  return out;
}

/** The folded code unit of one code unit as foldKey folds it; 0 when the key drops it. */
export function foldUnit(code: number): number {
  return KEY[code] as number;
}

/** The lookup key of a word or phrase: letters folded, marks, joiners and white space dropped. */
export function foldKey(text: string): string {
  return foldWith(KEY, text);
}

/** The fold of foldKey with white space kept: for entries split into words after folding. */
export function foldWords(text: string): string {
  return foldWith(WORDS, text);
}

/**
 * A same-length fold (one code unit per code unit, so offsets are the text's): letters and digits as
 * foldKey folds them, dropped units as ZWNJ, blank variants as a space; `extra` adds a caller's own
 * one-unit replacements (the dates read «٫» as a separator) and `keep` names letters of the table the
 * caller leaves as they are (the dates keep «آ», see the file comment). Case is kept.
 */
export function sameLengthFold(
  extra: ReadonlyArray<readonly [string, string]> = [],
  keep: readonly string[] = [],
): (text: string) => string {
  const map = new Map<number, string>();
  const t = baseTable(
    LETTERS.filter(([from]) => !keep.includes(from)),
    false,
  );
  for (let c = 0; c < 0x10000; c++) if (t[c] !== c) map.set(c, String.fromCharCode(t[c] as number));
  for (const c of IGNORED) if (c !== 0x200c) map.set(c, '\u200c');
  for (const c of [0xa0, 0x202f, 0x2009]) map.set(c, ' ');
  for (const [from, to] of extra) {
    if (from.length !== 1 || to.length !== 1) throw new Error('sameLengthFold: one code unit each');
    map.set(from.charCodeAt(0), to);
  }
  const table: Record<string, string> = {};
  for (const [code, to] of map) table[String.fromCharCode(code)] = to;
  const changed = new RegExp(
    `[${[...map.keys()].map((c) => `\\u${c.toString(16).padStart(4, '0')}`).join('')}]`,
    'g',
  );
  const anyChanged = new RegExp(changed.source);
  return (text) => (anyChanged.test(text) ? text.replace(changed, (c) => table[c] ?? c) : text);
}

const STORED_LETTERS = LETTERS.filter(([from]) => !NOT_STORED.has(from));
const STORED = baseTable(STORED_LETTERS, false);
for (const c of IGNORED) if (c !== 0x200c && c !== 0x200d && c !== 0x00ad) STORED[c] = 0;
const STORED_CHANGES = new RegExp(
  `[${[...STORED.keys()]
    .filter((c) => STORED[c] !== c)
    .map((c) => `\\u${c.toString(16).padStart(4, '0')}`)
    .join('')}]`,
  'g',
);
const storedUnit = (c: string): string => {
  const f = STORED[c.charCodeAt(0)] as number;
  return f === 0 ? '' : String.fromCharCode(f);
};

/**
 * The fold of persisted search text (see the file comment): letters but آ and ئ folded, digits ASCII,
 * marks and kashida dropped, joiners and white space kept, then lower case (String#toLowerCase).
 */
export function foldStored(text: string): string {
  return text.replace(STORED_CHANGES, storedUnit).toLowerCase();
}
