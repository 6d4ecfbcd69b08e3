// Recognises any inflection of a known verb from its stems: «کرد»، «کردند»، «نکرد»، «می‌کند»، «نمی‌کنند»،
// «کرده‌اند»، «کردن». Prefix and ending tell negation, aspect and finiteness, which the modality
// reader needs. Works on word keys (ZWNJ already removed), so «نمیخواهد» and «نمی‌خواهد» are alike.
import { wordKey } from './word-key.js';

export type VerbForm = 'finite' | 'participle' | 'infinitive';

export interface VerbReading {
  lemma: string;
  negated: boolean;
  /** 'past' or 'present' stem. */
  stem: 'past' | 'present';
  /** The prefix found: '', 'می', 'نمی', 'ن', 'ب'. */
  prefix: string;
  form: VerbForm;
}

const PAST_ENDINGS = new Map<string, VerbForm>([
  ['', 'finite'],
  ['م', 'finite'],
  ['یم', 'finite'],
  ['ید', 'finite'],
  ['ند', 'finite'],
  ['ه', 'participle'],
  ['هام', 'finite'],
  ['های', 'finite'],
  ['هایم', 'finite'],
  ['هاید', 'finite'],
  ['هاند', 'finite'],
  ['هاست', 'finite'],
  ['ن', 'infinitive'],
]);
const PRESENT_ENDINGS = new Map<string, VerbForm>([
  ['م', 'finite'],
  ['د', 'finite'],
  ['یم', 'finite'],
  ['ید', 'finite'],
  ['ند', 'finite'],
]);
const PREFIXES = ['', 'می', 'نمی', 'ن', 'ب'];

export interface VerbLexicon {
  /** Every inflected form (a word key) -> its readings; enumerated once so a lookup is O(1). */
  forms: Map<string, VerbReading[]>;
  lemmas: Set<string>;
}

export function buildVerbLexicon(verbs: Record<string, string[]>): VerbLexicon {
  const forms = new Map<string, VerbReading[]>();
  const lemmas = new Set<string>();
  const add = (key: string, reading: VerbReading) => {
    const list = forms.get(key);
    if (list) {
      if (!list.some((r) => r.lemma === reading.lemma)) list.push(reading);
    } else forms.set(key, [reading]);
  };
  for (const [lemmaText, [pastText, ...presentTexts]] of Object.entries(verbs)) {
    const lemma = wordKey(lemmaText);
    lemmas.add(lemma);
    const past = wordKey(pastText);
    for (const prefix of PREFIXES) {
      const negated = prefix.startsWith('ن');
      // ب- does not combine with the past stem in modern prose.
      if (prefix !== 'ب') {
        for (const [ending, form] of PAST_ENDINGS)
          add(prefix + past + ending, { lemma, negated, stem: 'past', prefix, form });
      }
      for (const present of presentTexts.map(wordKey)) {
        for (const [ending, form] of PRESENT_ENDINGS)
          add(prefix + present + ending, { lemma, negated, stem: 'present', prefix, form });
      }
    }
  }
  return { forms, lemmas };
}

/** Reads `key` as a form of `lemma`, or returns null. */
export function readVerb(lexicon: VerbLexicon, lemma: string, key: string): VerbReading | null {
  const list = lexicon.forms.get(key);
  if (!list) return null;
  return list.find((r) => r.lemma === lemma) ?? null;
}

/** Reads `key` as a form of any verb in the lexicon, or returns null. */
export function readAnyVerb(lexicon: VerbLexicon, key: string): VerbReading | null {
  return lexicon.forms.get(key)?.[0] ?? null;
}
