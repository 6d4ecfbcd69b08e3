// Analysts' corrections of the coder's events, kept BESIDE the machine's output (never overwriting
// a stored event): an append-only JSON-lines log, one correction a line, the latest correction of
// an event winning. The file sits next to the embedded store (`rasad.db.corrections.jsonl`) or where
// RASAD_CORRECTIONS says; without a path the log lives in memory (tests).

import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync, readFileSync } from 'node:fs';

import type { Correction, NewCorrection } from './correction-types.js';

export type { Correction, NewCorrection };

export class CorrectionLog {
  private readonly items: Correction[] = [];

  constructor(private readonly path: string | null) {
    if (path && existsSync(path)) {
      readFileSync(path, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (!line.trim()) return;
          try {
            this.items.push(JSON.parse(line) as Correction);
          } catch {
            // One damaged line (a crash mid-write) must not hide the others.
            process.stderr.write(`rasad: ${path}:${i + 1}: not a correction (skipped)\n`);
          }
        });
    }
  }

  list(article?: string): Correction[] {
    return article ? this.items.filter((c) => c.article === article) : [...this.items];
  }

  add(c: NewCorrection): Correction {
    const saved: Correction = { ...c, id: randomUUID(), created_at: new Date().toISOString() };
    if (this.path) appendFileSync(this.path, `${JSON.stringify(saved)}\n`);
    this.items.push(saved);
    return saved;
  }

  /** The latest correction of each corrected event, and every added event, by article. */
  byArticle(): Map<string, { edits: Map<string, Correction>; added: Correction[] }> {
    const out = new Map<string, { edits: Map<string, Correction>; added: Correction[] }>();
    for (const c of this.items) {
      const a = out.get(c.article) ?? { edits: new Map<string, Correction>(), added: [] as Correction[] };
      if (c.kind === 'add' || !c.event) a.added.push(c);
      else a.edits.set(c.event, c);
      out.set(c.article, a);
    }
    return out;
  }
}

/** Where the corrections of a store live: beside an embedded store's file; none for a URL. */
export function correctionsPathFor(db: string): string | null {
  if (process.env.RASAD_CORRECTIONS) return process.env.RASAD_CORRECTIONS;
  if (/^postgres(ql)?:\/\//i.test(db) || db === ':memory:') return null;
  return `${db}.corrections.jsonl`;
}
