// The rejects file: one JSON object per rejected input, {file, line?, item?, reason}. Created on the
// first reject only, so a clean run leaves no file behind.
import { appendFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Origin } from './readers/types.js';

export class RejectsFile {
  private opened = false;
  count = 0;

  constructor(readonly path: string) {}

  static defaultPath(): string {
    const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '').replace('T', '-');
    return resolve(`rasad-rejects-${stamp}.jsonl`);
  }

  write(origin: Origin, reason: string): void {
    const line = `${JSON.stringify({ ...origin, reason })}\n`;
    if (!this.opened) {
      writeFileSync(this.path, line);
      this.opened = true;
    } else {
      appendFileSync(this.path, line);
    }
    this.count++;
  }

  /** The file's path if anything was written to it. */
  get written(): string | null {
    return this.opened ? this.path : null;
  }
}
