// PATH... → the files to read: a file as is, a directory recursively, a glob by matching.
import { type Dirent, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { globFiles, isGlob } from './glob.js';

export interface PathProblem {
  file: string;
  reason: string;
}

const HIDDEN = /(^|\/)\.[^/]/;

function walkDirectory(dir: string, out: string[], problems: PathProblem[]): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    problems.push({
      file: dir,
      reason: `cannot read directory: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
    });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walkDirectory(path, out, problems);
    else if (entry.isFile()) out.push(path);
  }
}

export function expandPaths(paths: string[]): { files: string[]; problems: PathProblem[] } {
  const files: string[] = [];
  const problems: PathProblem[] = [];
  for (const p of paths) {
    let stat: ReturnType<typeof statSync> | undefined;
    try {
      stat = statSync(p);
    } catch (e) {
      if (isGlob(p)) {
        const matched = globFiles(p, (dir, err) =>
          problems.push({
            file: dir,
            reason: `cannot read directory: ${(err as NodeJS.ErrnoException).code ?? err.message}`,
          }),
        ).filter((f) => !HIDDEN.test(f));
        if (matched.length === 0) problems.push({ file: p, reason: 'no file matches this pattern' });
        files.push(...matched);
      } else {
        problems.push({
          file: p,
          reason: `no such file or directory (${(e as NodeJS.ErrnoException).code ?? 'error'})`,
        });
      }
      continue;
    }
    if (stat.isDirectory()) walkDirectory(p, files, problems);
    else files.push(p);
  }
  return { files: [...new Set(files)], problems };
}
