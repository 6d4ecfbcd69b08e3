// A matching view of the text: the same length as doc.text, character for character, so that a
// match's offsets are the text's offsets. It is the shared fold's same-length form (src/text/fold.ts:
// which letters fold, and why): digits of every script become ASCII, Arabic letter forms and hamza
// variants their plain Persian letters, the tatweel, diacritics, ZWJ and soft hyphen a neutral
// ZWNJ-like filler that patterns treat as optional, and blank variants a space. The dates add their
// own separators («٫» and «؍» read as «/») and keep «آ»: the tense patterns of ./index.ts find
// «آینده» and «آتی» anywhere in a sentence, and folded they would be found inside «نماینده» and
// «اطلاعاتی» (seven of 901 articles had a past date read as a coming one when the view folded it).
import { sameLengthFold } from '../../text/fold.js';

const fold = sameLengthFold(
  [
    ['\u066b', '/'], // Arabic decimal separator, seen in dates
    ['\u060d', '/'], // Arabic date separator
  ],
  ['آ'],
);

/** Same-length normalisation for matching (see above): one native replace, one code unit each. */
export function matchingView(text: string): string {
  return fold(text);
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
