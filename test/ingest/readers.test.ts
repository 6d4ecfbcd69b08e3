import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFileItems, sniffFormat } from '../../src/ingest/readers/index.js';
import type { ReadItem } from '../../src/ingest/readers/types.js';

const dir = mkdtempSync(join(tmpdir(), 'rasad-readers-'));
async function read(name: string, content: string | Buffer): Promise<ReadItem[]> {
  const file = join(dir, name);
  writeFileSync(file, content);
  const out: ReadItem[] = [];
  for await (const item of readFileItems(file)) out.push(item);
  return out;
}

describe('readers', () => {
  it('JSONL: every good line an article; broken JSON, bad bytes and non-articles rejected with their line', async () => {
    const bad = Buffer.concat([
      Buffer.from('{"id":"x","text":"'),
      Buffer.from([0xff, 0xfe]),
      Buffer.from('"}'),
    ]);
    const content = Buffer.concat([
      Buffer.from('{"id":"a","text":"متن یک"}\n{"id": broken\n\n'),
      bad,
      Buffer.from('\n[1,2]\n{"id":"b","title":"t"}\n{"text":"بدون شناسه"}'),
    ]);
    const items = await read('in.jsonl', content);
    expect(
      items.map((i) =>
        i.kind === 'article'
          ? `ok:${i.input.id}:${i.origin.line}`
          : `no:${i.origin.line}:${i.reason.slice(0, 16)}`,
      ),
    ).toEqual([
      'ok:a:1',
      'no:2:broken JSON: Une',
      'no:4:unreadable bytes',
      'no:5:not a JSON objec',
      'no:6:no text: none of',
      'ok:in:7:7',
    ]);
  });

  it('a Fars JSON list: abstract and paragraphs become the text, the date comes from the link', async () => {
    const items = await read(
      'fars.json',
      JSON.stringify([
        {
          title: 'ت',
          abstract: 'خلاصه',
          paragraphs: ['پ۱', 'پ۲'],
          link: 'https://www.farsnews.ir/news/8603100001',
        },
        5,
      ]),
    );
    expect(items[0]).toMatchObject({
      kind: 'article',
      input: { id: 'fars-8603100001', text: 'خلاصه\nپ۱\nپ۲', published: '2007-05-31' },
    });
    expect(items[1]).toMatchObject({ kind: 'reject', origin: { item: 1 }, reason: 'not a JSON object' });
  });

  it('a truncated JSON file is one reject naming the line', async () => {
    const items = await read('cut.json', '[\n{"title": "a",\n "paragraphs": ["x"');
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ kind: 'reject', origin: { line: 3 } });
  });

  it('RSS and Atom items become articles with their dates', async () => {
    const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>c</title>
      <item><title>خبر</title><link>https://x.ir/1</link><guid>g1</guid><pubDate>Thu, 12 Jan 2023 10:00:00 GMT</pubDate><description>&lt;p&gt;متن خبر&lt;/p&gt;</description></item>
      <item><title>خالی</title></item></channel></rss>`;
    const items = await read('feed.xml', rss);
    expect(items[0]).toMatchObject({
      kind: 'article',
      input: { id: 'g1', url: 'https://x.ir/1', published: '2023-01-12', html: '<p>متن خبر</p>' },
    });
    expect(items[1]).toMatchObject({ kind: 'reject', origin: { item: 1 } });
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>t1</id><title>عنوان</title><link href="https://y.af/2"/><updated>2021-08-15T00:00:00Z</updated><content>متن</content></entry></feed>`;
    expect((await read('a.atom', atom))[0]).toMatchObject({
      kind: 'article',
      input: { id: 't1', url: 'https://y.af/2', published: '2021-08-15', text: 'متن' },
    });
    expect((await read('broken.xml', '<rss><channel><item>'))[0].kind).toBe('reject');
  });

  it('text and HTML files are one article each; empty and binary files are rejected', async () => {
    expect(await read('note.txt', 'سلام دنیا')).toMatchObject([
      { kind: 'article', input: { id: 'note', text: 'سلام دنیا' } },
    ]);
    expect(await read('page.html', '<html><body><p>x</p></body></html>')).toMatchObject([
      { kind: 'article', input: { id: 'page' } },
    ]);
    expect(await read('empty.txt', '   \n')).toMatchObject([{ kind: 'reject', reason: 'empty file' }]);
    expect(await read('blob.bin', Buffer.from([0, 1, 2, 0, 5]))).toMatchObject([{ kind: 'reject' }]);
  });

  it('sniffs formats by content when the extension says nothing', () => {
    expect(sniffFormat('[{"a":1}]')).toBe('json');
    expect(sniffFormat('{"a":1}\n{"a":2}')).toBe('jsonl');
    expect(sniffFormat('<?xml version="1.0"?><rss>')).toBe('feed');
    expect(sniffFormat('<!DOCTYPE html><html>')).toBe('html');
    expect(sniffFormat('متن ساده')).toBe('txt');
  });
});
