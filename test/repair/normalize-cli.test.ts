// Protects `rasad normalize` on bad and odd input: each gives sensible output or a one-line error
// naming the input with exit 1, never a crash, a stack trace or a hang; other files still go through.
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
const oneLineError = (stderr: string) => {
  expect(stderr.trim().split('\n').length).toBe(1);
  expect(stderr).not.toMatch(/\n\s+at /);
};

describe('rasad normalize input handling', () => {
  it('keeps line count and order, boilerplate becoming an empty line', () => {
    const r = rasad([], 'نمیخواهد\nRead More\n\nكتاب ها\n');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`نمی${Z}خواهد\n\n\nکتاب${Z}ها\n`);
  });
  it('prints nothing for an empty file', () => {
    const r = rasad([file('empty.txt', '')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
  });
  it('refuses a binary file with one line naming it, and still processes the next file', () => {
    const bin = file('bin.dat', Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 3, 0, 0, 0xff, 0xfe, 9]));
    const good = file('good.txt', 'میدهد\n');
    const r = rasad([bin, good]);
    expect(r.status).toBe(1);
    oneLineError(r.stderr);
    expect(r.stderr).toContain('bin.dat');
    expect(r.stdout).toBe(`می${Z}دهد\n`);
  });
  it('refuses a NUL byte in otherwise good text', () => {
    const r = rasad([file('nul.txt', 'سلام\0دنیا\n')]);
    expect(r.status).toBe(1);
    oneLineError(r.stderr);
    expect(r.stderr).toContain('nul.txt');
  });
  it('reads invalid UTF-8 as Windows-1256 (the legacy Persian encoding) when it decodes as such', () => {
    const r = rasad([file('cp1256.txt', iconv.encode('كتابهاي او\n', 'windows-1256'))]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`کتاب${Z}های او\n`);
  });
  it('decodes UTF-16 with a byte order mark', () => {
    const r = rasad([
      file('u16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('میشود\n', 'utf-16le')])),
    ]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`می${Z}شود\n`);
  });
  it('names a missing file', () => {
    const r = rasad([join(dir, 'missing.txt')]);
    expect(r.status).toBe(1);
    oneLineError(r.stderr);
    expect(r.stderr).toContain('missing.txt');
  });
  it('empties a line of only ZWNJs and one of only diacritics', () => {
    const r = rasad([], `${Z}${Z}${Z}\n\u064E\u0650\u0651\u064B\n`);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('\n\n');
  });
  it('processes a 5 MB single line', () => {
    const line = 'کتابهای او میدهد، '.repeat(5_000_000 / 19);
    const r = rasad([file('long.txt', line)]);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n').length).toBe(1);
    expect(r.stdout.startsWith(`کتاب${Z}های او می${Z}دهد،`)).toBe(true);
  });
});
