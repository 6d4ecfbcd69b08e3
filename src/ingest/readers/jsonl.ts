// JSONL, streamed: bytes are split on newlines as they arrive, so a 2 GB file never sits in memory.
// Each line is decoded strictly, so unreadable bytes reject that line, not the file.
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { toArticleInput } from './article-object.js';
import type { OnBytes, ReadItem } from './types.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The lines of a file as raw bytes, with their 1-based numbers. */
export async function* byteLines(
  file: string,
  onBytes?: OnBytes,
): AsyncGenerator<{ line: number; bytes: Buffer }> {
  let carry: Buffer | null = null;
  let line = 0;
  let consumed = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    consumed += chunk.length;
    let buf: Buffer = carry ? Buffer.concat([carry, chunk]) : chunk;
    let start = 0;
    for (let nl = buf.indexOf(10, start); nl >= 0; nl = buf.indexOf(10, start)) {
      line++;
      yield { line, bytes: buf.subarray(start, nl > start && buf[nl - 1] === 13 ? nl - 1 : nl) };
      start = nl + 1;
    }
    carry = start < buf.length ? Buffer.from(buf.subarray(start)) : null;
    buf = Buffer.alloc(0);
    onBytes?.(consumed);
  }
  if (carry && carry.length > 0) {
    line++;
    yield { line, bytes: carry };
  }
}

export async function* readJsonl(file: string, onBytes?: OnBytes): AsyncGenerator<ReadItem> {
  const stem = basename(file).replace(/\.[^.]*$/, '');
  for await (const { line, bytes } of byteLines(file, onBytes)) {
    const origin = { file, line };
    let text: string;
    try {
      text = utf8.decode(bytes);
    } catch {
      yield { kind: 'reject', origin, reason: 'unreadable bytes: not valid UTF-8' };
      continue;
    }
    if (text.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      yield { kind: 'reject', origin, reason: `broken JSON: ${(e as Error).message.split('\n')[0]}` };
      continue;
    }
    const input = toArticleInput(value, `${stem}:${line}`);
    if (typeof input === 'string') yield { kind: 'reject', origin, reason: input };
    else yield { kind: 'article', origin, input };
  }
}
