// The comparison key of a word: the same word written with or without ZWNJ, with Arabic or Persian
// letters, with or without hamza on alef («تأسف»/«تاسف») gets one key. Lexicon entries and text
// words are both reduced to keys, so trigger patterns never depend on how carefully a site typed.
// One pass over the characters; a word that needs no change is returned as it is (no allocation).

// Code point -> replacement ('' drops the character).
const MAP = new Map<number, string>([
  [0x064a, 'ی'], // ي
  [0x0649, 'ی'], // ى
  [0x0643, 'ک'], // ك
  [0x0629, 'ه'], // ة
  [0x06c0, 'ه'], // ۀ
  [0x0623, 'ا'], // أ
  [0x0625, 'ا'], // إ
  [0x0671, 'ا'], // ٱ
  [0x0622, 'ا'], // آ
  [0x0624, 'و'], // ؤ
  [0x200c, ''], // ZWNJ
  [0x200d, ''], // ZWJ
  [0x00ad, ''], // soft hyphen: scraped text sets it where ZWNJ belongs («گفت­وگو»)
  [0x0640, ''], // kashida
  [0x0670, ''], // superscript alef
]);
for (let c = 0x064b; c <= 0x065f; c++) MAP.set(c, ''); // diacritics
for (let d = 0; d <= 9; d++) MAP.set(0x0660 + d, String.fromCharCode(0x06f0 + d)); // Arabic-Indic digits

/** MAP as a table over U+0000–U+06FF (undefined: kept), and the two joiners above it. */
const LOW: Array<string | undefined> = new Array(0x700).fill(undefined);
for (const [c, r] of MAP) if (c < 0x700) LOW[c] = r;
for (const c of MAP.keys())
  if (c >= 0x700 && c !== 0x200c && c !== 0x200d) throw new Error('word-key: table');

function replacement(c: number): string | undefined {
  return c < 0x700 ? LOW[c] : c === 0x200c || c === 0x200d ? '' : undefined;
}

function changes(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c > 0x7f && c < 0x600) || replacement(c) !== undefined;
}

export function wordKey(text: string): string {
  let i = 0;
  while (i < text.length && !changes(text.charCodeAt(i))) i++;
  if (i === text.length) return text;
  let out = text.slice(0, i);
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const m = replacement(c);
    if (m !== undefined) out += m;
    else if (c >= 0x41 && c <= 0x5a) out += String.fromCharCode(c + 32);
    else if (c > 0x7f && c < 0x600) out += text[i].toLowerCase();
    else out += text[i];
  }
  return out;
}
