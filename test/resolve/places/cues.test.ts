// lexicon/places/cues.json: the place recognizer's and the location stage's words, validated and
// compiled by src/resolve/places/cues.ts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { letterKey } from '../../../src/resolve/actors/letter-key.js';
import { compilePlaceCues, placeCues } from '../../../src/resolve/places/cues.js';

const raw = JSON.parse(readFileSync(new URL('../../../lexicon/places/cues.json', import.meta.url), 'utf8'));

describe('place cue lexicon', () => {
  it('has every list, with Persian words and no duplicates', () => {
    const lists: Array<[string, unknown]> = [
      ['heads', raw.heads],
      ['topicNouns', raw.topicNouns],
      ['nounPhraseAdverbs', raw.nounPhraseAdverbs],
      ['topicPrepositions', raw.topicPrepositions],
      ['in', raw.in],
      ['to', raw.to],
      ['from', raw.from],
      ['notPlaceBefore', raw.notPlaceBefore],
      ...Object.entries(raw.headKinds as Record<string, unknown>).map(
        ([k, v]) => [`headKinds.${k}`, v] as [string, unknown],
      ),
      ['localOffice.ranks', raw.localOffice.ranks],
      ['localOffice.offices', raw.localOffice.offices],
      ['visitWords.words', raw.visitWords.words],
      ['visitedFrom.nouns', raw.visitedFrom.nouns],
      ['visitedFrom.verbs', raw.visitedFrom.verbs],
      ['seatObject', raw.seatObject],
      ['continues.words', raw.continues.words],
      ['remote.words', raw.remote.words],
      ['remote.refer', raw.remote.refer],
    ];
    for (const [field, list] of lists) {
      expect(Array.isArray(list), field).toBe(true);
      const words = list as string[];
      expect(words.length, field).toBeGreaterThan(0);
      for (const w of words) expect(w, field).toMatch(/^[\u0600-\u06ff\u200c ]+$/);
      // The office and visit words match the raw text (both spellings listed); the rest by letter key.
      const raw = /\./.test(field) && !field.startsWith('headKinds');
      const norm = raw ? words : words.map(letterKey);
      expect(new Set(norm).size, `${field} has a duplicate`).toBe(words.length);
    }
  });

  it('gives every kind-naming head word as a head word too', () => {
    const heads = new Set((raw.heads as string[]).map(letterKey));
    for (const [kind, words] of Object.entries(raw.headKinds as Record<string, string[]>))
      for (const w of words) expect(heads.has(letterKey(w)), `${kind}: ${w}`).toBe(true);
  });

  it('compiles to the matchers the location stage uses', () => {
    const c = placeCues();
    expect(c.headKinds.get(letterKey('ولایت'))).toBe('admin1');
    expect(c.headKinds.get(letterKey('شهر'))).toBe('city');
    expect(c.headKinds.get(letterKey('ولسوالی'))).toBe('admin2');
    expect(c.in.has(letterKey('در'))).toBe(true);
    expect(c.localOffice.test('رئیس پلیس کابل')).toBe(true);
    expect(c.localOffice.test('والی ننگرهار')).toBe(true);
    expect(c.localOffice.test('وزیر خارجه افغانستان')).toBe(false);
    expect(c.visitWords.test('به مسکو سفر کرد')).toBe(true);
    expect(c.visitedFrom.test('از کشورهای اردن و مصر دیدن کرده است')).toBe(true);
    expect(c.visitedFrom.test('از مصر انتقاد کرد')).toBe(false);
    expect(c.seatObject.has(letterKey('به'))).toBe(true);
    expect(c.continues.test('وی افزود که')).toBe(true);
    expect(c.remote.test('در گفت‌وگوی تلفنی با')).toBe(true);
    expect(c.remote.test('در دیدار با')).toBe(false);
    expect(c.remoteRefer.test('طی این گفت‌وگو')).toBe(true);
  });

  it('names the file and the field of a malformed entry', () => {
    expect(() => compilePlaceCues({ ...raw, heads: 'شهر' })).toThrow(/cues\.json: field "heads": must be a non-empty list of words/);
    expect(() => compilePlaceCues({ ...raw, headKinds: { ...raw.headKinds, town: ['شهر'] } })).toThrow(
      /field "headKinds\.town": unexpected property/,
    );
    expect(() => compilePlaceCues({ ...raw, visitWords: { words: [] } })).toThrow(/visitWords\.words/);
    expect(() => compilePlaceCues({ ...raw, remote: { words: ['تلفنی'] } })).toThrow(/remote\.refer/);
  });
});
