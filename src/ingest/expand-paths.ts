// PATH... → the files to read: a file as is, a directory recursively, a glob by matching. Nothing is
// skipped silently (issue 10): a symbolic link is followed (to a file or a directory, once per real
// directory so a loop ends), a dangling one is reported, and FIFOs, sockets and devices are refused
// with a reason (reading a FIFO would wait forever for a writer).
import { type Dirent, lstatSync, readdirSync, realpathSync, type Stats, statSync } from 'node:fs';
import { join } from 'node:path';
import { globFiles, isGlob } from './glob.js';

export interface PathProblem {
  file: string;
  reason: string;
}

const HIDDEN = /(^|\/)\.[^/]/;

const code = (e: unknown) => (e as NodeJS.ErrnoException).code ?? (e as Error).message;

/** What a path that is neither a file nor a directory is, for the reason it is refused. */
function specialKind(stat: Stats): string | null {
  if (stat.isFIFO()) return 'a FIFO';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  return null;
}

function refusal(stat: Stats): string {
  return `not a regular file (${specialKind(stat) ?? 'unknown kind'}): refused`;
}

/** Why a path that cannot be stat'ed cannot be read: a dangling or looping link, or nothing there. */
function missingReason(path: string, e: unknown): string {
  if (code(e) === 'ELOOP') return 'symbolic link loop';
  try {
    if (lstatSync(path).isSymbolicLink()) return `dangling symbolic link (${code(e)})`;
  } catch {
    // not there at all
  }
  return `no such file or directory (${code(e) ?? 'error'})`;
}

class Walker {
  readonly files: string[] = [];
  readonly problems: PathProblem[] = [];
  /** Real paths of the directories walked: a link back up the tree is walked once. */
  private readonly seen = new Set<string>();

  directory(dir: string): void {
    let real: string;
    try {
      real = realpathSync(dir);
    } catch (e) {
      this.problems.push({ file: dir, reason: `cannot read directory: ${code(e)}` });
      return;
    }
    if (this.seen.has(real)) return;
    this.seen.add(real);
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      this.problems.push({ file: dir, reason: `cannot read directory: ${code(e)}` });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : 1));
    const before = this.files.length;
    const problemsBefore = this.problems.length;
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) this.directory(path);
      else if (entry.isFile()) this.files.push(path);
      else if (entry.isSymbolicLink()) this.link(path);
      else {
        try {
          this.problems.push({ file: path, reason: refusal(lstatSync(path)) });
        } catch (e) {
          this.problems.push({ file: path, reason: `cannot read: ${code(e)}` });
        }
      }
    }
    if (this.files.length === before && this.problems.length === problemsBefore)
      this.problems.push({ file: dir, reason: 'no files in this directory' });
  }

  private link(path: string): void {
    let stat: Stats;
    try {
      stat = statSync(path);
    } catch (e) {
      this.problems.push({ file: path, reason: missingReason(path, e) });
      return;
    }
    this.path(path, stat);
  }

  path(path: string, stat: Stats): void {
    if (stat.isDirectory()) this.directory(path);
    else if (stat.isFile()) this.files.push(path);
    else this.problems.push({ file: path, reason: refusal(stat) });
  }
}

export function expandPaths(paths: string[]): { files: string[]; problems: PathProblem[] } {
  const walker = new Walker();
  for (const p of paths) {
    let stat: Stats;
    try {
      stat = statSync(p);
    } catch (e) {
      if (isGlob(p)) {
        const matched = globFiles(p, (dir, err) =>
          walker.problems.push({ file: dir, reason: `cannot read directory: ${code(err)}` }),
        ).filter((f) => !HIDDEN.test(f));
        if (matched.length === 0) walker.problems.push({ file: p, reason: 'no file matches this pattern' });
        for (const f of matched) {
          try {
            walker.path(f, statSync(f));
          } catch (err) {
            walker.problems.push({ file: f, reason: missingReason(f, err) });
          }
        }
      } else {
        walker.problems.push({ file: p, reason: missingReason(p, e) });
      }
      continue;
    }
    walker.path(p, stat);
  }
  return { files: [...new Set(walker.files)], problems: walker.problems };
}
