// Protects sentence and token boundaries the later layers depend on: final marks and line breaks split;
// quotes with full stops inside, decimal numbers and abbreviations do not; tokens carry exact offsets.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const sentencesOf = (text: string) => segment(text).sentences.map((s) => text.slice(s.start, s.end));
const tokensOf = (text: string) => segment(text).tokens.map((t) => t.text);

describe('sentences', () => {
  it('splits at . ؟ ? ! … and line breaks', () => {
    expect(sentencesOf('اول آمد. دوم رفت؟ سوم! چهارم… پنجم\nششم')).toEqual([
      'اول آمد.',
      'دوم رفت؟',
      'سوم!',
      'چهارم…',
      'پنجم',
      'ششم',
    ]);
  });
  it('keeps a quote with full stops inside one sentence, ending it after »', () => {
    expect(sentencesOf('او گفت: «روسیه نمی‌خواهد. افغانستان منزوی شود.» سپس رفت.')).toEqual([
      'او گفت: «روسیه نمی‌خواهد. افغانستان منزوی شود.»',
      'سپس رفت.',
    ]);
  });
  it('does not split numbers or abbreviations', () => {
    expect(sentencesOf('رشد ۱۲.۵ درصد و 12.5 بود. ساعت ۱۰ ق.ظ. آغاز شد. Dr. Smith آمد.')).toEqual([
      'رشد ۱۲.۵ درصد و 12.5 بود.',
      'ساعت ۱۰ ق.ظ. آغاز شد.',
      'Dr. Smith آمد.',
    ]);
  });
  it('does not let an unclosed quote swallow the next line', () => {
    expect(sentencesOf('او گفت: «روسیه نمی‌خواهد. افغانستان\nخط بعد. پایان.')).toEqual([
      'او گفت: «روسیه نمی‌خواهد. افغانستان',
      'خط بعد.',
      'پایان.',
    ]);
  });
  it('ignores blank lines and gives no sentence for empty text', () => {
    expect(segment('').sentences).toEqual([]);
    expect(sentencesOf('\n\n  \nیک\n\n')).toEqual(['یک']);
  });
});

describe('tokens', () => {
  it('keeps ZWNJ inside words and separates punctuation', () => {
    expect(tokensOf('«کتاب‌هایش» را، می‌خواند؟')).toEqual(['«', 'کتاب‌هایش', '»', 'را', '،', 'می‌خواند', '؟']);
  });
  it('reads numbers, dates and URLs as one token', () => {
    expect(tokensOf('در ۱۴۰۱/۱۰/۲۲ و 1,000 نفر https://example.com/a.b.')).toEqual([
      'در',
      '۱۴۰۱/۱۰/۲۲',
      'و',
      '1,000',
      'نفر',
      'https://example.com/a.b',
      '.',
    ]);
  });
  it('gives offsets into the text and sentence indices', () => {
    const text = 'یک دو. سه';
    const { tokens } = segment(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.map((t) => t.sentence)).toEqual([0, 0, 0, 1]);
  });
  it('handles a long text without quadratic work', () => {
    const text = 'کتاب‌ها را خواند. '.repeat(50_000);
    const r = segment(text);
    expect(r.sentences.length).toBe(50_000);
    expect(r.tokens.length).toBe(200_000);
  });
});
