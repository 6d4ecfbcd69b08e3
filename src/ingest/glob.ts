// A small glob matcher (Node 20 has no fs.glob): `*` and `?` within one path segment, `**` across
// segments, `{a,b}` alternatives, `[...]` classes. Enough for `news/**/*.json`, `feeds/*.{xml,rss}`.
import { type Dirent, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';

export function isGlob(pattern: string): boolean {
  return /[*?[{]/.test(pattern);
}

export function globToRegExp(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        // `**/` matches zero or more directories; a bare `**` anything.
        if (pattern[i + 2] === '/') {
          re += '(?:.*/)?';
          i += 2;
        } else {
          re += '.*';
          i += 1;
        }
      } else {
        re += '[^/]*';
      }
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      const close = pattern.indexOf('}', i);
      if (close < 0) re += '\\{';
      else {
        re += `(?:${pattern
          .slice(i + 1, close)
          .split(',')
          .map((alt) =>
            alt
              .replace(/[.+^$()|\\]/g, '\\$&')
              .replace(/\*/g, '[^/]*')
              .replace(/\?/g, '[^/]'),
          )
          .join('|')})`;
        i = close;
      }
    } else if (c === '[') {
      const close = pattern.indexOf(']', i);
      if (close < 0) re += '\\[';
      else {
        re += `[${pattern.slice(i + 1, close).replace(/^!/, '^')}]`;
        i = close;
      }
    } else re += c.replace(/[.+^$()|\\\]]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** The part of a pattern before its first wildcard segment: where the walk starts. */
export function globBase(pattern: string): string {
  const parts = pattern.split('/');
  const fixed: string[] = [];
  for (const p of parts) {
    if (isGlob(p)) break;
    fixed.push(p);
  }
  if (fixed.length === parts.length) fixed.pop();
  const base = fixed.join('/');
  return base === '' ? (pattern.startsWith('/') ? '/' : '.') : base;
}

/** Files matching the pattern, sorted. Unreadable directories are skipped, and reported to onError. */
export function globFiles(pattern: string, onError: (path: string, e: Error) => void = () => {}): string[] {
  const normalized = pattern.split(sep).join('/');
  const base = globBase(normalized);
  const re = globToRegExp(normalized.startsWith('./') ? normalized.slice(2) : normalized);
  const out: string[] = [];
  const walk = (dir: string): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      onError(dir, e as Error);
      return;
    }
    for (const entry of entries) {
      const path = dir === '.' ? entry.name : join(dir, entry.name).split(sep).join('/');
      if (entry.isDirectory()) walk(path);
      // Links, FIFOs and devices that match go out too: the caller follows or refuses them with a reason.
      else if (re.test(path)) out.push(path);
    }
  };
  walk(base);
  return out.sort();
}
