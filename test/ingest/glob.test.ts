import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandPaths } from '../../src/ingest/expand-paths.js';
import { globToRegExp } from '../../src/ingest/glob.js';

describe('paths and globs', () => {
  it('matches *, **, ? and {a,b} the way shells do', () => {
    expect(globToRegExp('news/*.json').test('news/a.json')).toBe(true);
    expect(globToRegExp('news/*.json').test('news/x/a.json')).toBe(false);
    expect(globToRegExp('news/**/*.json').test('news/a.json')).toBe(true);
    expect(globToRegExp('news/**/*.json').test('news/x/y/a.json')).toBe(true);
    expect(globToRegExp('f/*.{xml,rss}').test('f/a.rss')).toBe(true);
    expect(globToRegExp('f/*.{xml,rss}').test('f/a.txt')).toBe(false);
    expect(globToRegExp('f/a?.txt').test('f/ab.txt')).toBe(true);
  });

  it('expands files, directories (recursively, skipping hidden files) and globs, and reports what is missing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rasad-glob-'));
    mkdirSync(join(dir, 'sub', 'deep'), { recursive: true });
    for (const f of ['a.json', 'b.txt', 'sub/c.json', 'sub/deep/d.jsonl', '.hidden.json'])
      writeFileSync(join(dir, f), 'x');
    expect(expandPaths([dir]).files.map((f) => f.slice(dir.length + 1))).toEqual([
      'a.json',
      'b.txt',
      'sub/c.json',
      'sub/deep/d.jsonl',
    ]);
    expect(expandPaths([`${dir}/**/*.json`]).files.map((f) => f.slice(dir.length + 1))).toEqual([
      'a.json',
      'sub/c.json',
    ]);
    const { files, problems } = expandPaths([join(dir, 'nope.txt'), `${dir}/*.xml`, join(dir, 'b.txt')]);
    expect(files).toEqual([join(dir, 'b.txt')]);
    expect(problems.map((p) => p.reason)).toEqual([
      expect.stringMatching(/no such file/),
      'no file matches this pattern',
    ]);
  });
});
