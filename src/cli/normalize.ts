// `rasad normalize [FILE...]` (docs: output-contract.md): reads Persian text from the files named, or
// standard input, and prints the repaired text, one output line per input line, in order. A boilerplate
// line becomes an empty line. Input is streamed: the encoding is detected from the first chunk, lines
// are repaired as they complete, so memory stays flat however long the input (a single huge line is
// held whole, as it must be). A bad file (binary, NUL bytes, invalid UTF-8, unreadable) gets one line
// on standard error naming it, the exit status becomes 1, and the other files are still processed.
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import type { Command } from 'commander';
import iconv from 'iconv-lite';
import { DecodeError, detectEncoding } from '../repair/decode.js';
import { repairLine } from '../repair/index.js';

const FIRST_CHUNK = 64 * 1024;

/** Writes to stdout, waiting when the pipe is full. */
class Output {
  private parts: string[] = [];
  private size = 0;
  async push(s: string): Promise<void> {
    this.parts.push(s);
    this.size += s.length;
    if (this.size >= 1 << 16) await this.flush();
  }
  async flush(): Promise<void> {
    if (this.parts.length === 0) return;
    const s = this.parts.join('');
    this.parts = [];
    this.size = 0;
    if (!process.stdout.write(s)) await new Promise<void>((resolve) => process.stdout.once('drain', resolve));
  }
}

interface TextDecoderLike {
  write(bytes: Buffer): string;
  end(): string;
}

function decoderFor(encoding: string, name: string): TextDecoderLike {
  if (encoding === 'utf-8') {
    const d = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
    return {
      write: (b) => {
        try {
          return d.decode(b, { stream: true });
        } catch {
          throw new DecodeError(`${name}: invalid UTF-8`);
        }
      },
      end: () => {
        try {
          return d.decode();
        } catch {
          throw new DecodeError(`${name}: invalid UTF-8 at the end`);
        }
      },
    };
  }
  const d = iconv.getDecoder(encoding, { stripBOM: true });
  return { write: (b) => d.write(b), end: () => d.end() ?? '' };
}

/** Normalizes one input stream to stdout; throws DecodeError (or a read error) for bad input. */
async function normalizeStream(input: Readable, name: string, out: Output): Promise<void> {
  let decoder: TextDecoderLike | null = null;
  let head: Buffer[] = [];
  let headSize = 0;
  let carry: string[] = [];
  let lineNo = 0;

  const emitText = async (text: string) => {
    if (text.includes('\0')) throw new DecodeError(`${name}: NUL byte near line ${lineNo + 1}`);
    let from = 0;
    for (;;) {
      const nl = text.indexOf('\n', from);
      if (nl === -1) {
        if (from < text.length) carry.push(from === 0 ? text : text.slice(from));
        return;
      }
      let line = text.slice(from, nl);
      if (carry.length > 0) {
        carry.push(line);
        line = carry.join('');
        carry = [];
      }
      if (line.endsWith('\r')) line = line.slice(0, -1);
      lineNo++;
      await out.push(`${repairLine(line)}\n`);
      from = nl + 1;
    }
  };
  const start = async (complete: boolean) => {
    const bytes = Buffer.concat(head);
    head = [];
    let encoding: string;
    try {
      encoding = detectEncoding(bytes, complete);
    } catch (e) {
      if (e instanceof DecodeError) throw new DecodeError(`${name}: ${e.message}`);
      throw e;
    }
    decoder = decoderFor(encoding, name);
    await emitText(decoder.write(bytes));
  };

  for await (const chunk of input) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    if (decoder === null) {
      head.push(buf);
      headSize += buf.length;
      if (headSize >= FIRST_CHUNK) await start(false);
      continue;
    }
    if (buf.includes(0)) throw new DecodeError(`${name}: NUL byte near line ${lineNo + 1}`);
    await emitText((decoder as TextDecoderLike).write(buf));
  }
  if (decoder === null) await start(true);
  await emitText((decoder as unknown as TextDecoderLike).end());
  if (carry.length > 0) {
    const line = carry.join('');
    carry = [];
    lineNo++;
    // The last line had no line break; neither does its output.
    await out.push(repairLine(line.endsWith('\r') ? line.slice(0, -1) : line));
  }
}

export function registerNormalize(program: Command): void {
  program
    .command('normalize')
    .description('repair Persian text: one output line per input line (ZWNJ, letters, digits, spacing)')
    .argument('[files...]', 'files to read (default: standard input)')
    .action(async (files: string[]) => {
      const out = new Output();
      const inputs = files.length > 0 ? files : ['-'];
      let failed = false;
      for (const file of inputs) {
        const name = file === '-' ? 'stdin' : file;
        try {
          const stream = file === '-' ? process.stdin : createReadStream(file, { highWaterMark: 1 << 20 });
          await normalizeStream(stream, name, out);
        } catch (e) {
          await out.flush();
          failed = true;
          const err = e as NodeJS.ErrnoException;
          const message =
            e instanceof DecodeError
              ? e.message
              : err?.code === 'ENOENT'
                ? `${name}: no such file`
                : err?.code === 'EISDIR'
                  ? `${name}: is a directory`
                  : err?.code === 'EACCES'
                    ? `${name}: permission denied`
                    : `${name}: ${err?.message ?? String(e)}`;
          process.stderr.write(`rasad: normalize: ${message.split('\n')[0]}\n`);
        }
      }
      await out.flush();
      if (failed) process.exitCode = 1;
    });
}
