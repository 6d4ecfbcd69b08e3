// `rasad tag` (docs: output-contract.md): CoNLL in (one token a line, blank line between sentences,
// an optional gold tag after `|` or a TAB, ignored), `TOKEN<TAB>TAG` out, tokens unchanged and in
// order, blank line between sentences. Streams sentence by sentence. A line with more than two TAB
// columns is bad input: one line naming it on stderr, exit 1 (sentences before it are already out).
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { ConllFormatError, parseConllLine } from '../eval/conll.js';
import { tagTokens } from '../recognize/tagger/index.js';
import { UserError } from './errors.js';

/** Output is gathered into chunks of about this many characters before writing. */
const FLUSH_AT = 1 << 16;

export async function tagStream(
  input: NodeJS.ReadableStream,
  name: string,
  write: (s: string) => void,
): Promise<void> {
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let tokens: string[] = [];
  let out = '';
  let lineNo = 0;
  let sentences = 0;
  const flushSentence = () => {
    if (tokens.length === 0) return;
    const tags = tagTokens(tokens);
    if (sentences++ > 0) out += '\n';
    for (let i = 0; i < tokens.length; i++) out += `${tokens[i]}\t${tags[i]}\n`;
    tokens = [];
    if (out.length >= FLUSH_AT) {
      write(out);
      out = '';
    }
  };
  try {
    for await (let line of lines) {
      lineNo++;
      if (lineNo === 1) line = line.replace(/^\uFEFF/, '');
      const parsed = parseConllLine(line, lineNo);
      if (parsed === null) flushSentence();
      else tokens.push(parsed.token);
    }
    flushSentence();
  } catch (e) {
    if (out) write(out);
    if (e instanceof ConllFormatError) throw new UserError(`${name}: ${e.message}`, 1);
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new UserError(`${name}: no such file`, 1);
    if ((e as NodeJS.ErrnoException).code === 'EISDIR') throw new UserError(`${name}: is a directory`, 1);
    throw e;
  }
  if (out) write(out);
}

export function registerTag(program: Command): void {
  program
    .command('tag')
    .description(
      'tag tokenized sentences (CoNLL: one token a line) with PER/ORG/LOC/DAT/TIM/MON/PCT; prints TOKEN<TAB>TAG',
    )
    .argument('[file]', 'input file (default: standard input)')
    .action(async (file?: string) => {
      const input = file === undefined || file === '-' ? process.stdin : createReadStream(file);
      await tagStream(input, file ?? 'stdin', (s) => process.stdout.write(s));
    });
}
