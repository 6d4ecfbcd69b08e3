// A matching view of the text: the same length as doc.text, character for character, so that a
// match's offsets are the text's offsets. Digits of every script become ASCII, Arabic letter forms
// become their Persian counterparts, and the tatweel and diacritics become a neutral ZWNJ-like filler
// that patterns treat as optional.

const map = new Map<number, string>();
for (let i = 0; i < 10; i++) {
  map.set(0x06f0 + i, String(i)); // Persian ۰-۹
  map.set(0x0660 + i, String(i)); // Arabic-Indic ٠-٩
}
map.set(0x064a, 'ی'); // Arabic yeh ي
map.set(0x0649, 'ی'); // alef maksura ى
map.set(0x0643, 'ک'); // Arabic kaf ك
map.set(0x0629, 'ه'); // teh marbuta ة
map.set(0x06c0, 'ه'); // heh with yeh above ۀ
map.set(0x0623, 'ا'); // alef with hamza above أ
map.set(0x0625, 'ا'); // alef with hamza below إ
map.set(0x200d, '\u200c'); // ZWJ
map.set(0x00ad, '\u200c'); // soft hyphen, typed for a ZWNJ («پنج\u00adشنبه»)
map.set(0x00a0, ' ');
map.set(0x202f, ' ');
map.set(0x2009, ' ');
map.set(0x066b, '/'); // Arabic decimal separator, seen in dates
map.set(0x060d, '/'); // Arabic date separator

// tatweel and harakat: keep the length, read as a joiner-like filler
map.set(0x0640, '\u200c');
for (let c = 0x064b; c <= 0x0652; c++) map.set(c, '\u200c');

const table: Record<string, string> = {};
for (const [code, to] of map) table[String.fromCharCode(code)] = to;
const CHANGED = new RegExp(
  `[${[...map.keys()].map((c) => `\\u${c.toString(16).padStart(4, '0')}`).join('')}]`,
  'g',
);
const ANY_CHANGED = new RegExp(CHANGED.source);

/** Same-length normalisation for matching (see above): one native replace, one code unit each. */
export function matchingView(text: string): string {
  if (!ANY_CHANGED.test(text)) return text;
  return text.replace(CHANGED, (c) => table[c] ?? c);
}

/** Lexicon words to the same form (so that a lexicon written with ي or ك still matches). */
export function normalizeWord(word: string): string {
  return matchingView(word.normalize('NFC'));
}

/** A regex source for a word in which every ZWNJ or space may also be a space, a ZWNJ, or nothing. */
export function flexibleWord(word: string): string {
  const parts = normalizeWord(word)
    .split(/[\u200c ]+/)
    .filter((p) => p.length > 0)
    .map(escapeRegex);
  return parts.join('[\\u200c ]?');
}

export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

const SEP = '\u0001';
const AND = '\u0002';

/**
 * A regex source matching any of the words, built as a trie (common prefixes factored out) so that
 * the engine decides on the first letters instead of trying every word at every position; at a node
 * where a word ends and longer ones go on, the longer ones are tried first. A ZWNJ or space inside a
 * word may be a space, a ZWNJ or nothing; with `conjunction`, « و » inside a word (number words such
 * as «بیست و دوم») may be written with any spacing.
 */
export function alternation(words: Iterable<string>, conjunction = false): string {
  interface Node {
    end: boolean;
    next: Map<string, Node>;
  }
  const root: Node = { end: false, next: new Map() };
  for (const raw of words) {
    let w = normalizeWord(raw).trim();
    if (conjunction) w = w.replace(/[\u200c ]+و[\u200c ]+/g, AND);
    w = w.replace(/[\u200c ]+/g, SEP);
    if (!w) continue;
    let node = root;
    for (const ch of w) {
      let child = node.next.get(ch);
      if (!child) {
        child = { end: false, next: new Map() };
        node.next.set(ch, child);
      }
      node = child;
    }
    node.end = true;
  }
  const tok = (ch: string) =>
    ch === SEP ? '[\\u200c ]?' : ch === AND ? '[\\u200c ]{0,2}و[\\u200c ]{1,2}' : escapeRegex(ch);
  const emit = (node: Node): string => {
    const parts = [...node.next].map(([ch, child]) => tok(ch) + emit(child));
    if (parts.length === 0) return '';
    const body = parts.length === 1 ? (parts[0] as string) : `(?:${parts.join('|')})`;
    return node.end ? `(?:${body})?` : body;
  };
  return emit(root);
}
