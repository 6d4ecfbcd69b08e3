// One file → its articles (or the reasons they were rejected). The format comes from the extension
// and, where that says nothing, from the first bytes.

import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { errorLine } from '../../errors.js';
import { decodeBytes } from '../../repair/decode.js';
import { readFeed } from './feed.js';
import { readJsonList } from './json-list.js';
import { readJsonl } from './jsonl.js';
import type { OnBytes, ReadItem } from './types.js';

export type Format = 'jsonl' | 'json' | 'txt' | 'html' | 'feed';

const BY_EXTENSION: Record<string, Format> = {
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.json': 'json',
  '.txt': 'txt',
  '.text': 'txt',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.xml': 'feed',
  '.rss': 'feed',
  '.atom': 'feed',
};

/** Whole files above this are read as streams only (JSONL); anything else that big is refused. */
export const MAX_WHOLE_FILE = 256 * 1024 * 1024;

export function sniffFormat(head: string): Format {
  const s = head.replace(/^\ufeff/, '').trimStart();
  if (s.startsWith('[')) return 'json';
  if (s.startsWith('{')) {
    const firstLine = s.split('\n', 1)[0].trim();
    try {
      JSON.parse(firstLine);
      return 'jsonl';
    } catch {
      return 'json';
    }
  }
  if (/^<\?xml|^<rss[\s>]|^<feed[\s>]|^<rdf:RDF/i.test(s) && !/<html[\s>]/i.test(s.slice(0, 1000)))
    return 'feed';
  if (/^<(!doctype html|html|head|body)/i.test(s)) return 'html';
  return 'txt';
}

export async function* readFileItems(file: string, onBytes?: OnBytes): AsyncGenerator<ReadItem> {
  const origin = { file };
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch (e) {
    yield {
      kind: 'reject',
      origin,
      reason: `cannot read file: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
    };
    return;
  }
  let format = BY_EXTENSION[extname(file).toLowerCase()];
  if (format === 'jsonl') {
    yield* readJsonl(file, onBytes);
    return;
  }
  if (size > MAX_WHOLE_FILE) {
    yield {
      kind: 'reject',
      origin,
      reason: `file too large (${size} bytes) for a ${format ?? 'whole-file'} read: use JSONL, which is streamed`,
    };
    return;
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (e) {
    yield {
      kind: 'reject',
      origin,
      reason: `cannot read file: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
    };
    return;
  }
  onBytes?.(size);
  let text: string;
  try {
    text = decodeBytes(bytes).text;
  } catch (e) {
    yield { kind: 'reject', origin, reason: `unreadable bytes: ${errorLine(e)}` };
    return;
  }
  if (text.includes('\ufffd') && text.split('\ufffd').length > 10) {
    yield { kind: 'reject', origin, reason: 'unreadable bytes: not text in a known encoding' };
    return;
  }
  format ??= sniffFormat(text.slice(0, 4096));
  const stem = basename(file).replace(/\.[^.]*$/, '');
  switch (format) {
    case 'jsonl':
      yield* readJsonl(file);
      return;
    case 'json':
      yield* readJsonList(file, text);
      return;
    case 'feed':
      yield* readFeed(file, text);
      return;
    case 'html':
      yield { kind: 'article', origin, input: { id: stem, html: text } };
      return;
    default:
      if (text.trim() === '') yield { kind: 'reject', origin, reason: 'empty file' };
      else if (text.includes('\u0000'))
        yield { kind: 'reject', origin, reason: 'unreadable bytes: binary file' };
      else yield { kind: 'article', origin, input: { id: stem, text } };
  }
}
