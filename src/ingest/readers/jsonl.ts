// JSONL, streamed: bytes are split on newlines as they arrive, so a 2 GB file never sits in memory
// (measured flat: docs/bench-store.md). Each line is decoded strictly, so unreadable bytes reject that
// line, not the file. A line's pieces are joined once, when its newline arrives (joining at every chunk
// made a long line cost time quadratic in its length), and a line longer than MAX_LINE_BYTES is not
// kept at all: it is counted to its end and rejected, so a file without newlines cannot fill memory.

import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { errorLine } from '../../errors.js';
import { toArticleInput } from './article-object.js';
import type { OnBytes, ReadItem } from './types.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The longest JSONL line read (64 MiB): far above any article, far below V8's string limit. */
export const MAX_LINE_BYTES = 64 * 2 ** 20;

/** A line: its bytes (CR LF ending removed), or null with its length when it was over the limit. */
export type ByteLine =
  | { line: number; bytes: Buffer; length: number }
  | { line: number; bytes: null; length: number };

/** The lines of a file as raw bytes, with their 1-based numbers. */
export async function* byteLines(
  file: string,
  onBytes?: OnBytes,
  maxLine: number = MAX_LINE_BYTES,
): AsyncGenerator<ByteLine> {
  // The current line's pieces from earlier chunks (copied: the stream may reuse its buffers).
  let parts: Buffer[] = [];
  let partsLength = 0;
  let tooLong = false;
  let line = 0;
  let consumed = 0;
  const finish = (last: Buffer): ByteLine => {
    line++;
    const length = partsLength + last.length;
    if (tooLong || length > maxLine) return { line, bytes: null, length };
    let bytes = parts.length === 0 ? last : Buffer.concat([...parts, last], length);
    if (bytes.length > 0 && bytes[bytes.length - 1] === 13) bytes = bytes.subarray(0, bytes.length - 1);
    return { line, bytes, length };
  };
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    consumed += chunk.length;
    let start = 0;
    for (let nl = chunk.indexOf(10, start); nl >= 0; nl = chunk.indexOf(10, start)) {
      yield finish(chunk.subarray(start, nl));
      parts = [];
      partsLength = 0;
      tooLong = false;
      start = nl + 1;
    }
    if (start < chunk.length) {
      const rest = chunk.subarray(start);
      partsLength += rest.length;
      if (partsLength > maxLine) {
        tooLong = true;
        parts = [];
      } else parts.push(Buffer.from(rest));
    }
    onBytes?.(consumed);
  }
  if (partsLength > 0) yield finish(Buffer.alloc(0));
}

export async function* readJsonl(file: string, onBytes?: OnBytes): AsyncGenerator<ReadItem> {
  const stem = basename(file).replace(/\.[^.]*$/, '');
  for await (const { line, bytes, length } of byteLines(file, onBytes)) {
    const origin = { file, line };
    if (bytes === null) {
      yield {
        kind: 'reject',
        origin,
        reason: `line too long (${length} bytes; a line may have at most ${MAX_LINE_BYTES} bytes): not read`,
      };
      continue;
    }
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
      yield { kind: 'reject', origin, reason: `broken JSON: ${errorLine(e)}` };
      continue;
    }
    const input = toArticleInput(value, `${stem}:${line}`);
    if (typeof input === 'string') yield { kind: 'reject', origin, reason: input };
    else yield { kind: 'article', origin, input };
  }
}
