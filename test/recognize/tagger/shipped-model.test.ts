// The shipped model (models/ner.bin): it loads, scores above a floor on a slice of PEYMA dev, and the
// pipeline component adds entities only where the lexicon found none.

import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDoc, type Doc } from '../../../src/doc.js';
import { evalConll } from '../../../src/eval/conll.js';
import { prf } from '../../../src/eval/score.js';
import { MODEL_URL, tagEntities, tagTokens } from '../../../src/recognize/tagger/index.js';
import { foldKey } from '../../../src/text/fold.js';

const DEV = new URL('../../../../shared/data/peyma/dev.txt', import.meta.url);

describe('shipped tagger model', () => {
  it('is a few MB at most', () => {
    expect(statSync(MODEL_URL).size).toBeLessThan(8e6);
  });

  it('scores at least 74 strict F1 on the first 400 sentences of PEYMA dev (75.4 in round 4)', () => {
    const slice = readFileSync(DEV, 'utf8').split(/\n\n/).slice(0, 400).join('\n\n');
    const total = { tp: 0, fp: 0, fn: 0 };
    for (const c of evalConll(slice).values()) {
      total.tp += c.tp;
      total.fp += c.fp;
      total.fn += c.fn;
    }
    expect(total.tp + total.fn).toBeGreaterThan(500);
    expect(100 * prf(total).f1).toBeGreaterThanOrEqual(74);
  });

  it('tags a plain news sentence sensibly', () => {
    const tokens = ['به', 'گزارش', 'خبرگزاری', 'فارس', '،', 'محمد', 'جواد', 'ظریف', 'در', 'تهران', 'گفت'];
    const tags = tagTokens(tokens);
    expect(tags[9]).toBe('B_LOC');
    expect(tags.slice(5, 8)).toEqual(['B_PER', 'I_PER', 'I_PER']);
  });
});

/** A Doc whose tokens are the whitespace-separated words of one sentence. */
function docOf(text: string): Doc {
  const doc = createDoc({ id: 't', title: null, url: null, source: null, published: null }, text);
  doc.sentences = [{ start: 0, end: text.length }];
  for (const m of text.matchAll(/\S+/g))
    doc.tokens.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      key: foldKey(m[0]),
      sentence: 0,
    });
  return doc;
}

describe('tagEntities', () => {
  const text = 'محمد جواد ظریف وزیر امور خارجه ایران در تهران گفت';

  it('adds tagger entities with spans over the text, numbered after the existing ones', () => {
    const doc = docOf(text);
    tagEntities(doc, {});
    expect(doc.entities.length).toBeGreaterThan(0);
    for (const e of doc.entities) {
      expect(e.source).toBe('tagger');
      expect(e.actor).toBeNull();
      expect(doc.text.slice(e.start, e.end)).toBe(e.text);
    }
    expect(doc.entities.find((e) => e.text === 'تهران')?.type).toBe('LOC');
  });

  it('never overlaps an entity the lexicon found, and continues its ids', () => {
    const doc = docOf(text);
    const start = text.indexOf('ظریف');
    doc.entities.push({
      id: 'e7',
      type: 'PER',
      start,
      end: start + 'ظریف'.length,
      text: 'ظریف',
      actor: 'a1',
      source: 'lexicon',
    });
    tagEntities(doc, {});
    const lexicon = doc.entities[0];
    const added = doc.entities.slice(1);
    expect(added.length).toBeGreaterThan(0);
    for (const e of added) {
      expect(e.start >= lexicon.end || e.end <= lexicon.start).toBe(true);
      expect(Number(e.id.slice(1))).toBeGreaterThan(7);
    }
    expect(new Set(doc.entities.map((e) => e.id)).size).toBe(doc.entities.length);
  });

  it('maps ZWNJ tokens of repaired text like PEYMA spaced tokens', () => {
    expect(tagTokens(['سازمان\u200cهای', 'مردم\u200cنهاد'])).toEqual(tagTokens(['سازمان های', 'مردم نهاد']));
  });
});
