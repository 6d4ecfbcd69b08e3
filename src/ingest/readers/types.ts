import type { ArticleInput } from '../../read/article.js';

/** Where an input came from, for the rejects file: the file, and the line (JSONL) or item (JSON list, feed). */
export interface Origin {
  file: string;
  line?: number;
  item?: number;
}

export type ReadItem =
  | { kind: 'article'; origin: Origin; input: ArticleInput }
  | { kind: 'reject'; origin: Origin; reason: string };

/** Called with the number of bytes of the current file consumed so far. */
export type OnBytes = (bytes: number) => void;
