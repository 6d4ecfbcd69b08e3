// The training-data lexicons behind the taglex and phrase features, and their jackknifing.
import { describe, expect, it } from 'vitest';
import {
  buildPhraseLexicon,
  jackknifePhraseLexicons,
  matchPhrases,
  phraseKey,
  phrasePrefixesOf,
} from '../../../src/recognize/tagger/phrase-lexicon.js';
import { buildTagLexicon, jackknifeTagLexicons } from '../../../src/recognize/tagger/tag-lexicon.js';
import { ENTITY_TYPES, tagIndex } from '../../../src/recognize/tagger/tags.js';

const sentences = [
  { tokens: ['جهاد', 'دانشگاهی', 'در', 'تهران'], tags: ['B_ORG', 'I_ORG', 'O', 'B_LOC'] },
  { tokens: ['جهاد', 'دانشگاهی', 'گفت'], tags: ['B_ORG', 'I_ORG', 'O'] },
  { tokens: ['جهاد', 'سازندگی', 'در', 'تهران'], tags: ['O', 'O', 'O', 'B_LOC'] },
  { tokens: ['كشور', 'ایران'], tags: ['O', 'B_LOC'] },
];

describe('tag lexicon', () => {
  it('keeps the majority tag and its dominance for words ever tagged as entities', () => {
    const lex = buildTagLexicon(sentences);
    expect(lex.get('تهران')).toBe(tagIndex('B_LOC') * 4 + 3); // always B_LOC
    expect(lex.get('جهاد')).toBe(tagIndex('B_ORG') * 4 + 1); // B_ORG 2 of 3
    expect(lex.has('در')).toBe(false); // never an entity
  });

  it('builds each fold without that fold', () => {
    const folds = jackknifeTagLexicons(sentences, 2);
    expect(folds[1].has('ایران')).toBe(false); // «ایران» is only in sentence 3, which is in fold 1
    expect(folds[0].has('ایران')).toBe(true);
    expect(folds[1].get('تهران')).toBe(tagIndex('B_LOC') * 4 + 3);
  });
});

describe('phrase lexicon', () => {
  it('keeps entity names with their type, and matches longest first', () => {
    const lex = buildPhraseLexicon(sentences);
    expect(lex.get(phraseKey(['جهاد', 'دانشگاهی']))).toBe(ENTITY_TYPES.indexOf('ORG'));
    expect(lex.get(phraseKey(['تهران']))).toBe(ENTITY_TYPES.indexOf('LOC'));
    const m = matchPhrases(['رئیس', 'جهاد', 'دانشگاهی', 'تهران'], lex, phrasePrefixesOf(lex));
    const ORG = ENTITY_TYPES.indexOf('ORG');
    const LOC = ENTITY_TYPES.indexOf('LOC');
    expect(Array.from(m)).toEqual([-1, ORG * 4 + 1, ORG * 4 + 3, LOC * 4 + 0]);
  });

  it('finds a long phrase whose leading words are no phrase, and falls back to a shorter hit', () => {
    const lex = new Map([
      [phraseKey(['الف']), 0],
      [phraseKey(['الف', 'ب', 'پ']), 1],
    ]);
    const p = phrasePrefixesOf(lex);
    expect(Array.from(matchPhrases(['x', 'الف', 'ب', 'پ'], lex, p))).toEqual([-1, 5, 6, 7]);
    expect(Array.from(matchPhrases(['الف', 'ب', 'ت'], lex, p))).toEqual([0, -1, -1]);
    expect(Array.from(matchPhrases(['ب', 'پ'], lex, p))).toEqual([-1, -1]);
  });

  it('drops a name that is more often an ordinary phrase', () => {
    const lex = buildPhraseLexicon([
      { tokens: ['کار'], tags: ['B_ORG'] },
      { tokens: ['کار', 'خوب'], tags: ['O', 'O'] },
      { tokens: ['کار', 'بد'], tags: ['O', 'O'] },
    ]);
    expect(lex.has(phraseKey(['کار']))).toBe(false);
  });

  it('jackknifes like the tag lexicon', () => {
    const folds = jackknifePhraseLexicons(sentences, 4);
    expect(folds[3].has(phraseKey(['ایران']))).toBe(false);
    expect(folds[0].has(phraseKey(['ایران']))).toBe(true);
  });
});
