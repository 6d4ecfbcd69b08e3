// The JSONL reader streams: lines longer than a read chunk (1 MiB) come out whole, with their CR LF
// removed and their line numbers right; a line over the limit is skipped without being kept in memory
// and rejected, and the lines after it are read as usual. (The 2 GB measurement: docs/bench-store.md.)
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFileItems } from '../../src/ingest/readers/index.js';
import { byteLines, MAX_LINE_BYTES } from '../../src/ingest/readers/jsonl.js';
import type { ReadItem } from '../../src/ingest/readers/types.js';

const dir = mkdtempSync(join(tmpdir(), 'rasad-jsonl-'));
const MiB = 2 ** 20;

describe('streamed JSONL', () => {
  it('a line across several read chunks is one article, CR LF endings removed, lines numbered', async () => {
    const long = 'متن '.repeat(Math.ceil((3.5 * MiB) / 7)); // ≈ 3.5 MiB of UTF-8, over 3 chunk boundaries
    const file = join(dir, 'long.jsonl');
    writeFileSync(
      file,
      [
        JSON.stringify({ id: 'a', text: 'یک' }),
        JSON.stringify({ id: 'long', text: long }),
        '{"id": broken',
        JSON.stringify({ id: 'b', text: 'دو' }),
      ].join('\r\n'),
    );
    const items: ReadItem[] = [];
    for await (const item of readFileItems(file)) items.push(item);
    expect(items.map((i) => `${i.kind}:${i.origin.line}`)).toEqual([
      'article:1',
      'article:2',
      'reject:3',
      'article:4',
    ]);
    expect(items[1].kind === 'article' && items[1].input.text).toBe(long);
  });

  it('a line over the limit is rejected without being kept, and the next lines are read', async () => {
    const file = join(dir, 'huge-line.jsonl');
    const huge = `{"id":"x","text":"${'a'.repeat(3 * MiB)}"}`;
    writeFileSync(file, `{"id":"a"}\n${huge}\n{"id":"b"}\n${huge}`);
    const lines = [];
    for await (const l of byteLines(file, undefined, 2 * MiB))
      lines.push(`${l.line}:${l.bytes === null ? `skipped ${l.length}` : l.bytes.toString()}`);
    expect(lines).toEqual([
      '1:{"id":"a"}',
      `2:skipped ${huge.length}`,
      '3:{"id":"b"}',
      `4:skipped ${huge.length}`,
    ]);
    expect(MAX_LINE_BYTES).toBe(64 * MiB);
  });

  it('readFileItems names the line that was too long', async () => {
    const file = join(dir, 'no-newlines.jsonl');
    // Over the real limit, with no newline at all (a JSON array saved as .jsonl, a cut download).
    writeFileSync(file, Buffer.alloc(MAX_LINE_BYTES + 10, 0x61));
    const items: ReadItem[] = [];
    for await (const item of readFileItems(file)) items.push(item);
    expect(items).toEqual([
      {
        kind: 'reject',
        origin: { file, line: 1 },
        reason: `line too long (${MAX_LINE_BYTES + 10} bytes; a line may have at most ${MAX_LINE_BYTES} bytes): not read`,
      },
    ]);
  });
});
