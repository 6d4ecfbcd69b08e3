// Token normalization for the tagger's features. PEYMA spells words with ی/ک, Latin digits, and a
// SPACE where repaired text has a ZWNJ («روش های» vs «روش‌های»); scraped text may use Arabic ي/ك,
// Persian or Arabic-Indic digits, kashida and diacritics. Mapping all of these to one form lets the
// same weights serve PEYMA-style input and the project's own repaired tokens.

const ZWNJ = 0x200c;

/** The canonical form the tagger's word features use. */
export function normalizeToken(token: string): string {
  let out = '';
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c === 0x64a || c === 0x649)
      out += 'ی'; // Arabic yeh, alef maksura
    else if (c === 0x643)
      out += 'ک'; // Arabic kaf
    else if (c === 0x629)
      out += 'ه'; // teh marbuta
    else if (c >= 0x6f0 && c <= 0x6f9)
      out += String.fromCharCode(c - 0x6f0 + 48); // Persian digits
    else if (c >= 0x660 && c <= 0x669)
      out += String.fromCharCode(c - 0x660 + 48); // Arabic-Indic digits
    else if (c === ZWNJ || c === 0x200b || c === 0xa0 || c === 0x20 || c === 0x200d) {
      // ZWNJ and its stand-ins become one space, never doubled
      if (out.length > 0 && out.charCodeAt(out.length - 1) !== 0x20) out += ' ';
    } else if (c === 0x640 || (c >= 0x64b && c <= 0x652) || c === 0x670) {
      // kashida, harakat, superscript alef: dropped
    } else if (c >= 0x41 && c <= 0x5a)
      out += String.fromCharCode(c + 32); // ASCII lower case
    else out += token[i];
  }
  if (out.length > 1 && out.charCodeAt(out.length - 1) === 0x20) out = out.slice(0, -1);
  return out;
}

export type Script = 'fa' | 'latin' | 'digit' | 'punct' | 'mixed' | 'other';

/** A coarse class for each character, used by the shape feature. */
export function charClass(c: number): string {
  if (c >= 48 && c <= 57) return 'd';
  if (c >= 0x6f0 && c <= 0x6f9) return 'd';
  if (c >= 0x660 && c <= 0x669) return 'd';
  if (c >= 0x41 && c <= 0x5a) return 'X';
  if (c >= 0x61 && c <= 0x7a) return 'x';
  if (c >= 0x621 && c <= 0x6d5) return 'ف';
  if (c === 0x20 || c === ZWNJ) return '_';
  if (c >= 0xd800 && c <= 0xdfff) return 'e'; // astral (emoji and the like)
  if (c < 0x80) return String.fromCharCode(c); // ASCII punctuation stands for itself
  return 'o';
}

/** The token's shape with runs collapsed: «1403» → d, «UN» → X, «روش های» → ف_ف. */
export function shapeOf(token: string): string {
  let shape = '';
  let last = '';
  for (let i = 0; i < token.length; i++) {
    const k = charClass(token.charCodeAt(i));
    if (k !== last) {
      shape += k;
      last = k;
    }
  }
  return shape.length > 8 ? shape.slice(0, 8) : shape;
}

/** Which script the token is written in. */
export function scriptOf(token: string): Script {
  let fa = 0;
  let latin = 0;
  let digit = 0;
  let punct = 0;
  for (let i = 0; i < token.length; i++) {
    const k = charClass(token.charCodeAt(i));
    if (k === 'ف') fa++;
    else if (k === 'x' || k === 'X') latin++;
    else if (k === 'd') digit++;
    else if (k !== '_') punct++;
  }
  const kinds = (fa > 0 ? 1 : 0) + (latin > 0 ? 1 : 0) + (digit > 0 ? 1 : 0);
  if (kinds > 1) return 'mixed';
  if (fa) return 'fa';
  if (latin) return 'latin';
  if (digit) return 'digit';
  if (punct) return 'punct';
  return 'other';
}
