// The one article-object validator shared by `extract --input jsonl`, ingest and the server.
import { describe, expect, it } from 'vitest';
import { ArticleError } from '../../src/read/article.js';
import { readArticleObject } from '../../src/read/article-object.js';

function refusal(value: unknown): { message: string; field: string } {
  try {
    readArticleObject(value);
  } catch (e) {
    if (e instanceof ArticleError) return { message: e.message, field: e.field };
    throw e;
  }
  throw new Error('accepted');
}

describe('readArticleObject', () => {
  it('reads the extract layout; a numeric id becomes a string', () => {
    expect(
      readArticleObject({
        id: 7,
        title: 'ت',
        text: 'متن',
        published: '2023-01-12',
        url: 'https://x.ir/a',
        source: 's',
      }),
    ).toEqual({
      id: '7',
      title: 'ت',
      text: 'متن',
      published: '2023-01-12',
      url: 'https://x.ir/a',
      source: 's',
    });
  });

  it('reads the Fars layout: abstract before the paragraphs, blank ones dropped; id and date from the link', () => {
    const input = readArticleObject({
      title: 'ت',
      abstract: 'خلاصه',
      paragraphs: ['پ۱', '  ', 'پ۲'],
      link: 'https://www.farsnews.ir/news/8603100001',
      tags: ['ignored'],
    });
    expect(input).toMatchObject({
      id: 'fars-8603100001',
      text: 'خلاصه\nپ۱\nپ۲',
      url: 'https://www.farsnews.ir/news/8603100001',
      published: '2007-05-31',
    });
    expect(readArticleObject({ abstract: 'فقط خلاصه' }).text).toBe('فقط خلاصه');
  });

  it('an explicit id and date win over the link; the defaults fill only what is missing', () => {
    const link = 'https://www.farsnews.ir/news/8603100001';
    expect(readArticleObject({ id: 'mine', text: 'x', link, published: '2020-01-02' })).toMatchObject({
      id: 'mine',
      published: '2020-01-02',
    });
    expect(readArticleObject({ text: 'x' }, { id: 'f:3', published: '2021-05-06' })).toMatchObject({
      id: 'f:3',
      published: '2021-05-06',
    });
    expect(
      readArticleObject({ text: 'x', published: '2020-01-02' }, { published: '2021-05-06' }).published,
    ).toBe('2020-01-02');
    expect(readArticleObject({ text: 'x' })).not.toHaveProperty('id');
  });

  it('HTML with content wins; blank HTML falls back to the text', () => {
    expect(readArticleObject({ html: '<p>ا</p>', text: 'ب' })).toMatchObject({ html: '<p>ا</p>' });
    expect(readArticleObject({ html: '<p>ا</p>', text: 'ب' })).not.toHaveProperty('text');
    expect(readArticleObject({ html: ' ', text: 'ب' })).toMatchObject({ text: 'ب' });
    expect(readArticleObject({ html: ' ', text: 'ب' })).not.toHaveProperty('html');
  });

  it('paragraphs win over text, as the pipeline reads them', () => {
    expect(readArticleObject({ text: 'ب', paragraphs: ['ا', 'ج'] }).text).toBe('ا\nج');
  });

  it('refuses with one line naming the field', () => {
    expect(refusal([1])).toEqual({ message: 'not a JSON object', field: 'body' });
    expect(refusal({ id: true, text: 'x' })).toEqual({ message: 'field "id" must be a string', field: 'id' });
    expect(refusal({ text: 'x', abstract: 3 })).toEqual({
      message: 'field "abstract" must be a string',
      field: 'abstract',
    });
    expect(refusal({ text: 'x', link: {} }).field).toBe('link');
    expect(refusal({ paragraphs: ['a', 2] })).toEqual({
      message: 'field "paragraphs" must be a list of strings',
      field: 'paragraphs',
    });
    expect(refusal({ title: 'only a title', paragraphs: [' '] }).field).toBe('text');
    expect(refusal({ text: 'x', published: '1401/10/22' })).toEqual({
      message: 'published: not a YYYY-MM-DD date: "1401/10/22"',
      field: 'published',
    });
    for (const r of [refusal({ id: [] }), refusal({})]) expect(r.message).not.toContain('\n');
  });
});
