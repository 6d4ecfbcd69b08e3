// `rasad extract [FILE]` (docs: output-contract.md): one article — plain text or an HTML page, told
// apart by its content — from a file or standard input, printed as one JSON result object (indented,
// for reading). With `--input jsonl` every input line is one article object and every output line is
// one compact result, in the same order; lines are read as they arrive, extracted in small groups
// and written in order, so memory stays flat however long the batch. A bad line (not JSON, no text, a bad field) gets one line on standard
// error naming its number, the rest of the batch still goes through, and the exit status becomes 1.
import { createReadStream, readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { Command } from 'commander';
import type { PipelineOptions } from '../doc.js';
import { extract, extractBatch, STAGE_BATCH } from '../pipeline.js';
import { ArticleError, type ArticleInput } from '../read/article.js';
import { readArticleObject } from '../read/article-object.js';
import { looksLikeHtml } from '../read/html.js';
import { DecodeError, decodeBytes } from '../repair/decode.js';
import { UserError } from './errors.js';

interface ExtractFlags {
  input: string;
  published?: string;
  dictionary: string[];
  tagger: boolean;
  compact?: boolean;
}

const FORMATS = new Set(['auto', 'text', 'html', 'jsonl']);

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** --published must be a real calendar day (2023-02-30 is refused). */
export function parsePublished(value: string | undefined): string | null {
  if (value === undefined) return null;
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : '';
  const date = day ? new Date(`${day}T00:00:00Z`) : null;
  if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== day) {
    throw new UserError(`extract: --published: not a YYYY-MM-DD date: ${JSON.stringify(value)}`, 2);
  }
  return day;
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function write(s: string): Promise<void> {
  if (!process.stdout.write(s)) await new Promise<void>((resolve) => process.stdout.once('drain', resolve));
}

function pipelineOptions(flags: ExtractFlags): PipelineOptions {
  for (const file of flags.dictionary) {
    try {
      readFileSync(file);
    } catch (e) {
      throw new UserError(
        `extract: --dictionary: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
        1,
      );
    }
  }
  return { dictionaries: flags.dictionary.length ? flags.dictionary : undefined, tagger: flags.tagger };
}

/** One article from a file or standard input. */
async function extractOne(
  file: string | undefined,
  flags: ExtractFlags,
  options: PipelineOptions,
  published: string | null,
): Promise<void> {
  const name = file ?? 'stdin';
  let bytes: Buffer;
  try {
    bytes = file === undefined || file === '-' ? await readAll(process.stdin) : readFileSync(file);
  } catch (e) {
    throw new UserError(
      `extract: cannot read ${name}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
      1,
    );
  }
  let text: string;
  try {
    text = decodeBytes(bytes).text;
  } catch (e) {
    if (e instanceof DecodeError) throw new UserError(`extract: ${name}: ${e.message}`, 1);
    throw e;
  }
  const ext = file ? extname(file).toLowerCase() : '';
  const html =
    flags.input === 'html' ||
    (flags.input === 'auto' && (ext === '.html' || ext === '.htm' || looksLikeHtml(text)));
  const id = file && file !== '-' ? basename(file, extname(file)) : 'stdin';
  const input: ArticleInput = html ? { id, html: text, published } : { id, text, published };
  let result: ReturnType<typeof extract>;
  try {
    result = extract(input, options);
  } catch (e) {
    // An article past a cap (issue 10) or with a bad field: one line naming the file, exit 1.
    if (e instanceof ArticleError) throw new UserError(`extract: ${name}: ${e.message}`, 1);
    throw e;
  }
  await write(flags.compact ? `${JSON.stringify(result)}\n` : `${JSON.stringify(result, null, 2)}\n`);
}

/**
 * Reads an article object from one JSONL line (the shared validator, src/read/article-object.ts), or
 * throws an ArticleError naming the field. A line without an id is named `STEM:LINE`, as ingest names it.
 */
export function articleFromLine(
  line: string,
  defaultPublished: string | null,
  fallbackId?: string,
): ArticleInput {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    throw new ArticleError(`not JSON (${(e as Error).message.split('\n')[0]})`, 'line');
  }
  return readArticleObject(value, { id: fallbackId, published: defaultPublished });
}

/** Lines read ahead of extraction before reading pauses (memory stays flat). */
const READ_AHEAD = 256;

/**
 * A JSONL batch: one result line per input line, in order; bad lines reported and skipped. Lines are
 * taken as they arrive: whatever has arrived (up to STAGE_BATCH) is extracted together, so a fast
 * input is extracted stage by stage over many articles while a slow one (a live pipe) still gets each
 * result as soon as its line arrives.
 */
async function extractJsonl(
  file: string | undefined,
  options: PipelineOptions,
  published: string | null,
): Promise<void> {
  const name = file && file !== '-' ? file : 'stdin';
  const stem = basename(name).replace(/\.[^.]*$/, '');
  let stream: Readable;
  if (file && file !== '-') {
    stream = createReadStream(file);
    await new Promise<void>((resolve, reject) => {
      stream.once('readable', resolve);
      stream.once('error', (e: NodeJS.ErrnoException) =>
        reject(new UserError(`extract: cannot read ${name}: ${e.code ?? e.message}`, 1)),
      );
    });
  } else stream = process.stdin;
  const lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
  const queue: Array<{ lineNo: number; line: string }> = [];
  let lineNo = 0;
  let closed = false;
  let wake: (() => void) | null = null;
  const notify = () => {
    wake?.();
    wake = null;
  };
  lines.on('line', (raw) => {
    lineNo++;
    const line = lineNo === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (line.trim() !== '') queue.push({ lineNo, line });
    if (queue.length >= READ_AHEAD) lines.pause();
    notify();
  });
  lines.on('close', () => {
    closed = true;
    notify();
  });
  let bad = 0;
  const report = (n: number, why: string) => {
    bad++;
    process.stderr.write(`rasad: extract: ${name}: line ${n}: ${why}\n`);
  };
  const internal = (e: unknown) =>
    e instanceof ArticleError ? e.message : `internal error: ${(e as Error).message?.split('\n')[0]}`;
  while (!closed || queue.length > 0) {
    if (queue.length === 0) {
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
      continue;
    }
    const taken = queue.splice(0, STAGE_BATCH);
    if (queue.length < READ_AHEAD) lines.resume();
    const inputs: Array<{ lineNo: number; input: ArticleInput }> = [];
    for (const t of taken) {
      try {
        inputs.push({ lineNo: t.lineNo, input: articleFromLine(t.line, published, `${stem}:${t.lineNo}`) });
      } catch (e) {
        report(t.lineNo, internal(e));
      }
    }
    const outcomes = extractBatch(
      inputs.map((x) => x.input),
      options,
    );
    let out = '';
    outcomes.forEach((o, k) => {
      if (o.ok) out += `${JSON.stringify(o.result)}\n`;
      else report(inputs[k].lineNo, internal(o.error));
    });
    if (out) await write(out);
  }
  if (bad > 0) throw new UserError(`extract: ${name}: ${bad} of ${lineNo} lines rejected`, 1);
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description(
      'code one article (text or HTML, from FILE or stdin) into dates, actors, quotes and PLOVER/CAMEO events as JSON',
    )
    .argument('[file]', 'the article (default: standard input)')
    .option(
      '--input <format>',
      'auto (text or HTML, detected), text, html, or jsonl (one article object per line)',
      'auto',
    )
    .option('--published <YYYY-MM-DD>', 'publication date: the reference for relative dates')
    .option('--dictionary <file>', 'an extra actor dictionary (repeatable)', collect, [])
    .option('--no-tagger', 'turn the statistical entity tagger off (the lexicon still runs)')
    .option('--compact', 'print a single article on one line (JSONL output is always compact)')
    .action(async (file: string | undefined, flags: ExtractFlags) => {
      if (!FORMATS.has(flags.input))
        throw new UserError(
          `extract: --input: expected auto, text, html or jsonl, got ${JSON.stringify(flags.input)}`,
          2,
        );
      const published = parsePublished(flags.published);
      const options = pipelineOptions(flags);
      if (flags.input === 'jsonl') await extractJsonl(file, options, published);
      else await extractOne(file, flags, options, published);
    });
}
