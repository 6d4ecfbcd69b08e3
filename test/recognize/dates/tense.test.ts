// lexicon/calendars/tense.json: the loader rejects a broken file with one line naming the file and the
// field, and the compiled patterns tell the tenses they are for.
import { describe, expect, it } from 'vitest';
import { readKnowledgeJson } from '../../../src/knowledge/files.js';
import { calendarLexicon } from '../../../src/recognize/dates/lexicon.js';
import { compileTense, tensePatterns, validateTense } from '../../../src/recognize/dates/tense.js';
import { one } from './helpers.js';

const shipped = () =>
  structuredClone(readKnowledgeJson('lexicon/calendars/tense.json')) as Record<string, unknown>;

describe('tense.json', () => {
  it('the shipped file validates', () => {
    expect(() => validateTense(shipped())).not.toThrow();
  });
  it('a missing list names the file and the field', () => {
    const t = shipped();
    delete t.past;
    expect(() => validateTense(t)).toThrow(/^lexicon\/calendars\/tense\.json: field "past": is missing$/);
  });
  it('a non-word entry names its index', () => {
    const t = shipped();
    (t.future as { phrases: unknown[] }).phrases = ['آینده', 42];
    expect(() => validateTense(t)).toThrow(/tense\.json: future\.phrases entry 2: must be a Persian word or phrase \(got 42\)/);
  });
  it('an auxiliary without endings is refused', () => {
    const t = shipped();
    (t.future as { auxiliary: { endings: unknown } }).auxiliary.endings = [];
    expect(() => validateTense(t)).toThrow(/future\.auxiliary\.endings/);
  });
  it('patterns: whole words, auxiliary endings, spaces or ZWNJ in phrases', () => {
    const p = tensePatterns();
    expect(p.future.test('او خواهد رفت')).toBe(true);
    expect(p.future.test('خواهش کرد')).toBe(false);
    expect(p.future.test('قرار\u200cاست بیاید')).toBe(true);
    expect(p.future.test('انتظار میرود')).toBe(true);
    expect(p.past.test('سفر کرد')).toBe(true);
    expect(p.past.test('کردستان')).toBe(false);
    expect(p.present.test('برگزار می\u200cشود')).toBe(true);
    expect(p.present.test('برگزار میشود')).toBe(true);
    expect(p.subjunctive.test('موکول شود')).toBe(true);
    expect(p.subjunctive.test('برگزار می شود')).toBe(false);
    expect(p.perfect.test('گفته است')).toBe(true);
    expect(p.now.test('روز\u200cگذشته')).toBe(true);
  });
  it('a word added to the file is a tense word', () => {
    const t = validateTense(shipped());
    expect(compileTense(t).past.test('نوشت')).toBe(false);
    t.past.push('نوشت');
    expect(compileTense(t).past.test('او نوشت')).toBe(true);
  });
  it('the tense decides a weekday either way', () => {
    expect(one('وزیر روز شنبه به مسکو سفر خواهد کرد.', '2021-06-15').value).toBe('2021-06-19');
    expect(one('وزیر روز شنبه به مسکو سفر کرد.', '2021-06-15').value).toBe('2021-06-12');
  });
});

describe('year words after a month come from relative.json', () => {
  it('every relative year expression, and «سال X میلادی» / «سال میلادی X»', () => {
    const lex = calendarLexicon();
    expect(lex.yearOffsets.get('امسال')).toBe(0);
    expect(lex.yearOffsets.get('سالگذشته')).toBe(-1);
    expect(lex.yearOffsets.get('سالمیلادیگذشته')).toBe(-1);
    expect(lex.yearOffsets.get('سالآیندهمیلادی')).toBe(1);
    expect(one('در اسفند سال گذشته میلادی برف بارید.', '2021-06-15').value).toBe('2021-02-19');
  });
  it('«دو روز دیگر» counts from the reference even before «از»', () => {
    expect(one('دو روز دیگر از تهران می‌رود.', '2021-06-15').value).toBe('2021-06-17');
  });
});
