// The function words the entity ruler reads around a capital or a bare title — prepositions, clause
// openers, nouns of a state's act, sentence adverbs — as data (lexicon/actors/ruler-words.json),
// keyed as the actor lexicon keys words (letterKey). Loaded once, at first use.
import { readKnowledgeJson } from '../../knowledge/files.js';
import { RULER_WORD_LISTS, RulerWordsFile } from '../../knowledge/schemas/actors.js';
import { checkKnowledge } from '../../knowledge/validate.js';
import { letterKey } from '../../resolve/actors/letter-key.js';

const FILE = 'lexicon/actors/ruler-words.json';
const LISTS = RULER_WORD_LISTS;
type ListName = (typeof LISTS)[number];

/** Each list as a set of keys; `fromRecipientStems` also as a list (matched as prefixes). */
export type RulerWords = Record<ListName, ReadonlySet<string>> & { fromRecipientPrefixes: readonly string[] };

/** A list's entries as keys: a multi-word entry is its words' keys joined, as two adjacent words read. */
const keyOf = (entry: string) => entry.split(' ').map(letterKey).join('');

export function parseRulerWords(value: unknown, file = FILE): RulerWords {
  const o = checkKnowledge(RulerWordsFile, value, file) as Record<ListName, string[]>;
  const out: Partial<Record<ListName, ReadonlySet<string>>> = {};
  for (const name of LISTS) out[name] = new Set(o[name].map(keyOf));
  const words = out as Record<ListName, ReadonlySet<string>>;
  return { ...words, fromRecipientPrefixes: [...words.fromRecipientStems] };
}

let cached: RulerWords | null = null;

export function rulerWords(): RulerWords {
  cached ??= parseRulerWords(readKnowledgeJson(FILE));
  return cached;
}
