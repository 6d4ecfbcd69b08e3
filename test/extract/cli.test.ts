// `rasad extract` as users script it (docs: output-contract.md): one article from a file or standard
// input → one JSON object; HTML detected and stripped of scripts; `--input jsonl` → one result line per
// input line in order, a bad line reported on stderr by its number while the rest still goes through
// (exit 1); a bad --published is bad usage (exit 2). Never a stack trace.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'rasad-extract-'));
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const rasad = (args: string[], input?: string) =>
  spawnSync('./bin/rasad', ['extract', ...args], { input, encoding: 'utf8' });
const noStack = (stderr: string) => expect(stderr).not.toMatch(/\n\s+at /);

const ARTICLE = 'سرگئی لاوروف، وزیر خارجه روسیه، روز دوشنبه با محمدجواد ظریف در مسکو دیدار کرد.';

describe('rasad extract', () => {
  it('prints one JSON result for a text file, with the contract fields and the file name as id', () => {
    const r = rasad([file('meeting.txt', ARTICLE), '--published', '2020-05-04']);
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.id).toBe('meeting');
    expect(out.published).toBe('2020-05-04');
    for (const key of [
      'title',
      'url',
      'source',
      'text',
      'sentences',
      'entities',
      'actors',
      'dates',
      'quotes',
      'events',
    ])
      expect(out).toHaveProperty(key);
    expect(out.events.some((e: { type: string }) => e.type === 'CONSULT')).toBe(true);
  });

  it('reads standard input', () => {
    const r = rasad([], ARTICLE);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).text).toContain('لاوروف');
  });

  it('detects HTML and keeps scripts and styles out of the text, even with broken tags', () => {
    const html = `<!doctype html><html><head><title>خبر</title><style>p{color:red}</style></head><body><script>var secret = "ظریف با لاوروف دیدار کرد";</script><p>${ARTICLE}</p><div><b>بدون بستن</div></body></html>`;
    const r = rasad([file('page.html', html)]);
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.text).toContain('لاوروف');
    expect(out.text).not.toContain('secret');
    expect(out.text).not.toContain('color:red');
  });

  it('handles an article with no Persian at all', () => {
    const r = rasad([file('english.txt', 'Nothing but English text here. 12345.')]);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).events).toEqual([]);
  });

  it('streams a JSONL batch in order; a bad line is named on stderr and the rest still goes through (exit 1)', () => {
    const lines = [
      JSON.stringify({ id: 'a', text: ARTICLE, published: '2020-05-04' }),
      '{not json',
      JSON.stringify({ title: 'no id', text: ARTICLE }),
      JSON.stringify({ id: 'd', paragraphs: [ARTICLE, 'دومین بند.'] }),
      JSON.stringify({ id: 'e', text: ARTICLE, published: '2020-13-45' }),
      JSON.stringify({ id: 'f', html: `<p>${ARTICLE}</p>` }),
      JSON.stringify({ id: 'g', title: 'no text' }),
      JSON.stringify({ id: 'h', text: ARTICLE, title: 7 }),
    ];
    const r = rasad(['--input', 'jsonl', file('batch.jsonl', `${lines.join('\n')}\n`)]);
    expect(r.status).toBe(1);
    noStack(r.stderr);
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    // A line without an id is named FILE-STEM:LINE, as `rasad ingest` names it (the shared validator).
    expect(out.map((o) => o.id)).toEqual(['a', 'batch:3', 'd', 'f']);
    expect(r.stderr).toMatch(/batch\.jsonl: line 2: not JSON/);
    expect(r.stderr).toMatch(/line 5: published/);
    expect(r.stderr).toMatch(/line 7: no text: /);
    expect(r.stderr).toMatch(/line 8: field "title" must be a string\n/);
    expect(r.stderr).not.toMatch(/line [1346]:/);
    expect(r.stderr).toMatch(/4 of 8 lines rejected/);
  });

  it('reads JSONL from standard input too', () => {
    const r = rasad(['--input', 'jsonl'], `${JSON.stringify({ id: 1, text: ARTICLE })}\n`);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).id).toBe('1');
  });

  it('JSONL from a live pipe: each result comes as soon as its line arrives (not when a group fills)', async () => {
    const child = spawn('./bin/rasad', ['extract', '--input', 'jsonl'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let exited = false;
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.once('exit', () => {
      exited = true;
    });
    const lines = async (n: number) => {
      while (out.split('\n').length <= n) {
        if (exited) throw new Error(`exited after ${out.split('\n').length - 1} lines`);
        await new Promise((r) => setTimeout(r, 20));
      }
    };
    child.stdin.write(`${JSON.stringify({ id: 'first', text: ARTICLE })}\n`);
    await lines(1); // the input stays open: this waits for a result of the first line alone
    child.stdin.write(`${JSON.stringify({ id: 'second', text: ARTICLE })}\n`);
    await lines(2);
    child.stdin.end();
    while (!exited) await new Promise((r) => setTimeout(r, 20));
    expect(
      out
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).id),
    ).toEqual(['first', 'second']);
  }, 30_000);

  it('refuses a bad --published as bad usage, naming the flag', () => {
    const r = rasad(['--published', '2023-02-30', file('x.txt', ARTICLE)]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--published/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('names a missing input file in one line (exit 1)', () => {
    const r = rasad([join(dir, 'no-such-file.txt')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/no-such-file\.txt/);
    noStack(r.stderr);
  });
});
