// Idempotency: an article is the same article when its title and plain text are the same, whatever
// id, file or feed it came through. Ingest hashes before extracting, so a rerun skips known work.
import { createHash } from 'node:crypto';

export function contentHash(title: string | null | undefined, text: string): string {
  return createHash('sha256')
    .update(title ?? '')
    .update('\u0000')
    .update(text)
    .digest('hex');
}

/** A short stable id from a key (actors and events are keyed by what they are, not by who saw them first). */
export function stableId(prefix: string, key: string): string {
  return prefix + createHash('sha1').update(key).digest('base64url').slice(0, 16);
}
