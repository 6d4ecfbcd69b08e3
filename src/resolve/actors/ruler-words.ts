// The function words the entity ruler reads around a capital or a bare title — prepositions, clause
// openers, nouns of a state's act, sentence adverbs — as data (lexicon/actors/ruler-words.json),
// keyed as the actor lexicon keys words (letterKey). Loaded once, at first use.
import { readKnowledgeJson } from '../../knowledge/files.js';
import { RULER_WORD_LISTS } from '../../knowledge/schemas/actors.js';
import { letterKey } from './letter-key.js';

const FILE = 'lexicon/actors/ruler-words.json';
const LISTS = RULER_WORD_LISTS;
type ListName = (typeof LISTS)[number];

/** Each list as a set of keys; `fromRecipientStems` also as a list (matched as prefixes). */
export type RulerWords = Record<ListName, ReadonlySet<string>> & { fromRecipientPrefixes: readonly string[] };

/** A list's entries as keys: a multi-word entry is its words' keys joined, as two adjacent words read. */
const keyOf = (entry: string) => entry.split(' ').map(letterKey).join('');

export function parseRulerWords(value: unknown, file = FILE): RulerWords {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new Error(`${file}: not a JSON object`);
  const o = value as Record<string, unknown>;
  const out: Partial<Record<ListName, ReadonlySet<string>>> = {};
  for (const name of LISTS) {
    const list = o[name];
    if (
      !Array.isArray(list) ||
      list.length === 0 ||
      !list.every((x) => typeof x === 'string' && x.trim() !== '')
    )
      throw new Error(`${file}: "${name}" must be a non-empty list of words`);
    out[name] = new Set((list as string[]).map(keyOf));
  }
  const words = out as Record<ListName, ReadonlySet<string>>;
  return { ...words, fromRecipientPrefixes: [...words.fromRecipientStems] };
}

let cached: RulerWords | null = null;

export function rulerWords(): RulerWords {
  cached ??= parseRulerWords(readKnowledgeJson(FILE));
  return cached;
}
