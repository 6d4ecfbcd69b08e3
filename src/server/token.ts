// Write access needs `Authorization: Bearer $RASAD_TOKEN`. Both sides are hashed first so the
// comparison runs over equal-length digests in constant time: neither the token's content nor its
// length leaks through response timing.
import { createHash, timingSafeEqual } from 'node:crypto';
import { HttpError } from './errors.js';

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/** Returns a check that throws 401 unless the header carries the expected bearer token. */
export function bearerCheck(expected: string | undefined): (header: string | undefined) => void {
  const want = expected ? digest(expected) : null;
  return (header) => {
    if (!want)
      throw new HttpError(
        401,
        'writing is disabled: the server was started without RASAD_TOKEN',
        'authorization',
      );
    const match = /^Bearer\s+(.+)$/i.exec(header ?? '');
    if (!match) throw new HttpError(401, 'missing bearer token', 'authorization');
    if (!timingSafeEqual(digest(match[1].trim()), want))
      throw new HttpError(401, 'wrong token', 'authorization');
  };
}
