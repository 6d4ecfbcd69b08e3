// Protects `rasad normalize` on bad and odd input: each gives sensible output or a one-line error
// naming the input with exit 1, never a crash, a stack trace or a hang; other files still go through.
// The cases share two runs of the command (spawning is the slow part).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'rasad-normalize-'));
const file = (name: string, data: string | Uint8Array) => {
  const p = join(dir, name);
  writeFileSync(p, data);
  return p;
};
const rasad = (args: string[], input?: string | Buffer) =>
  spawnSync('./bin/rasad', ['normalize', ...args], { input, encoding: 'utf8', maxBuffer: 1 << 28 });
const Z = '\u200c';

describe('rasad normalize on standard input', () => {
  // One output line per input line: boilerplate becomes an empty line, a line of only ZWNJs or only
  // diacritics becomes empty, Arabic letters and lost ZWNJs are repaired.
  const r = rasad([], `نمیخواهد\nRead More\n\nكتاب ها\n${Z}${Z}${Z}\n\u064E\u0650\u0651\u064B\n`);
  it('keeps line count and order', () => {
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`نمی${Z}خواهد\n\n\nکتاب${Z}ها\n\n\n`);
  });
});

describe('rasad normalize on a batch of good and bad files', () => {
  const long = 'کتابهای او میدهد، '.repeat(Math.floor(5_000_000 / 19));
  const files = [
    file('empty.txt', ''),
    file('bin.dat', Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 3, 0, 0, 0xff, 0xfe, 9])),
    file('good.txt', 'میدهد\n'),
    file('nul.txt', 'سلام\0دنیا\n'),
    file('cp1256.txt', iconv.encode('كتابهاي او\n', 'windows-1256')),
    file('u16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('میشود\n', 'utf-16le')])),
    join(dir, 'missing.txt'),
    file('long.txt', `${long}\n`),
  ];
  const r = rasad(files);
  const errors = r.stderr.trim().split('\n');
  const out = r.stdout.split('\n');

  it('exits 1 with one line per bad file naming it, and no stack trace', () => {
    expect(r.status).toBe(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(errors).toHaveLength(3);
    expect(errors[0]).toMatch(/bin\.dat.*(NUL|binary)/);
    expect(errors[1]).toMatch(/nul\.txt.*NUL/);
    expect(errors[2]).toMatch(/missing\.txt.*no such file/);
  });
  it('still processes the good files, in order', () => {
    // empty.txt adds nothing; the bad files add nothing.
    expect(out[0]).toBe(`می${Z}دهد`);
    // Windows-1256 (legacy Persian sites) is detected when the bytes are not UTF-8.
    expect(out[1]).toBe(`کتاب${Z}های او`);
    // UTF-16 with a byte order mark.
    expect(out[2]).toBe(`می${Z}شود`);
  });
  it('processes a 5 MB single line', () => {
    expect(out[3].length).toBeGreaterThan(4_900_000);
    expect(out[3].startsWith(`کتاب${Z}های او می${Z}دهد،`)).toBe(true);
    expect(out).toHaveLength(5); // four lines and the final line break
  });
});
