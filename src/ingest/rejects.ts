// The rejects file: one JSON object per rejected input, {file, line?, item?, job?, reason}. Created on
// the first reject only, so a clean run leaves no file behind. `rasad ingest` writes what it could not
// read or extract; `rasad worker` writes the queued jobs it failed (with the file and line they were
// read from, and the job's id).
import { appendFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Origin } from './readers/types.js';

export interface RejectsOptions {
  /**
   * Append to the file if it exists instead of starting it afresh: for workers, several of which may be
   * given the same file (or start in the same second in one directory, under the same default name).
   */
  append?: boolean;
}

export class RejectsFile {
  private opened = false;
  count = 0;

  constructor(
    readonly path: string,
    private readonly options: RejectsOptions = {},
  ) {}

  static defaultPath(): string {
    const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '').replace('T', '-');
    return resolve(`rasad-rejects-${stamp}.jsonl`);
  }

  write(origin: Origin & { job?: number }, reason: string): void {
    // One write per line (O_APPEND), so lines from workers sharing a file never interleave.
    const line = `${JSON.stringify({ ...origin, reason })}\n`;
    if (!this.opened && !this.options.append) writeFileSync(this.path, line);
    else appendFileSync(this.path, line);
    this.opened = true;
    this.count++;
  }

  /** The file's path if anything was written to it. */
  get written(): string | null {
    return this.opened ? this.path : null;
  }
}
