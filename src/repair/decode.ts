// Bytes → text. Encodings are detected (BOM first, then UTF-8 validity, then UTF-16 without BOM by the
// pattern of zero bytes, then chardet) and decoded with iconv-lite. chardet guesses badly on short
// Arabic-script text, so its answer is only used for bytes that are not valid UTF-8, and Windows-1256 is
// preferred for Arabic-script single-byte text. Binary input is refused with a DecodeError.
import chardet from 'chardet';
import iconv from 'iconv-lite';

export interface Decoded {
  text: string;
  encoding: string;
}

/** The input is not text (binary, NUL bytes, undecodable). The message names the problem. */
export class DecodeError extends Error {
  override name = 'DecodeError';
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function isUtf8(bytes: Uint8Array): boolean {
  try {
    utf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** UTF-16 without BOM: text in a Latin or Arabic script has zero bytes on one side of most pairs. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  const n = Math.min(bytes.length, 4096) & ~1;
  let zeroEven = 0;
  let zeroOdd = 0;
  let arabicHighOdd = 0;
  let arabicHighEven = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) zeroEven++;
    if (bytes[i + 1] === 0) zeroOdd++;
    if (bytes[i + 1] === 0x06) arabicHighOdd++;
    if (bytes[i] === 0x06) arabicHighEven++;
  }
  const pairs = n / 2;
  // LE: high byte (odd index) is 0x00 (ASCII) or 0x06 (Arabic block) for most characters.
  if ((zeroOdd + arabicHighOdd) / pairs > 0.6 && zeroEven / pairs < 0.1) return 'utf-16le';
  if ((zeroEven + arabicHighEven) / pairs > 0.6 && zeroOdd / pairs < 0.1) return 'utf-16be';
  return null;
}

/** Control bytes other than tab, line breaks, form feed and escape mean binary data. */
function looksBinary(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length, 65536);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = bytes[i];
    if (c === 0) return 'NUL byte';
    if (c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 27) control++;
  }
  return control > n * 0.01 + 2 ? 'binary data (control bytes)' : null;
}

/**
 * Bytes that are valid UTF-8, allowing the last character to be cut off when `complete` is false (a
 * first chunk of a stream).
 */
function isUtf8Prefix(bytes: Uint8Array, complete: boolean): boolean {
  if (isUtf8(bytes)) return true;
  if (complete) return false;
  // Drop a truncated multi-byte sequence at the end (at most 3 bytes) and try again.
  const cut = bytes.length;
  for (let k = 1; k <= 3 && cut - k >= 0; k++) {
    const b = bytes[cut - k];
    if ((b & 0xc0) === 0xc0) return isUtf8(bytes.subarray(0, cut - k));
    if ((b & 0xc0) !== 0x80) break;
  }
  return false;
}

/**
 * The encoding of a text from its bytes (a whole file, or the first chunk of a stream when `complete`
 * is false). Throws DecodeError for binary data.
 */
export function detectEncoding(bytes: Uint8Array, complete = true): string {
  if (bytes.length === 0) return 'utf-8';
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const u16 = utf16WithoutBom(bytes.subarray(0, bytes.length & ~1));
  if (u16) return u16;
  const binary = looksBinary(bytes);
  if (binary) throw new DecodeError(`not text: ${binary}`);
  if (isUtf8Prefix(bytes, complete)) return 'utf-8';
  const guess = (chardet.detect(bytes) ?? '').toLowerCase();
  if (guess === 'utf-16le' || guess === 'utf-16be' || guess === 'utf-32le' || guess === 'utf-32be')
    return guess;
  if (guess && guess !== 'iso-8859-6' && iconv.encodingExists(guess) && !hasArabicSingleByte(bytes))
    return guess;
  // Arabic-script single-byte text: Windows-1256 is what Persian sites used (chardet often says
  // ISO-8859-6 or windows-1252 for short samples).
  return 'windows-1256';
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { text: '', encoding: 'utf-8' };
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    if (!isUtf8(bytes.subarray(3))) throw new DecodeError('invalid UTF-8 after a UTF-8 byte order mark');
    const text = iconv.decode(buf.subarray(3), 'utf-8');
    if (text.includes('\0')) throw new DecodeError('NUL byte in text');
    return { text, encoding: 'utf-8' };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const enc = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    const text = iconv.decode(buf.subarray(2), enc);
    if (text.includes('\0')) throw new DecodeError(`NUL character in ${enc} text`);
    return { text, encoding: enc };
  }
  const bom16 = utf16WithoutBom(bytes);
  if (bom16) {
    const text = iconv.decode(buf, bom16);
    if (!text.includes('\0') && !text.includes('\ufffd')) return { text, encoding: bom16 };
  }
  const binary = looksBinary(bytes);
  if (binary) throw new DecodeError(`not text: ${binary}`);
  if (isUtf8(bytes)) return { text: iconv.decode(buf, 'utf-8'), encoding: 'utf-8' };
  const guess = (chardet.detect(bytes) ?? '').toLowerCase();
  // Arabic-script single-byte text: Windows-1256 is what Persian sites used; chardet often says
  // ISO-8859-6 or windows-1252 for short samples.
  let enc = 'windows-1256';
  if (guess === 'utf-16le' || guess === 'utf-16be' || guess === 'utf-32le' || guess === 'utf-32be')
    enc = guess;
  else if (guess === 'iso-8859-6' || guess === 'windows-1256') enc = 'windows-1256';
  else if (guess && iconv.encodingExists(guess) && !hasArabicSingleByte(bytes)) enc = guess;
  if (!iconv.encodingExists(enc)) throw new DecodeError(`unknown encoding ${guess}`);
  const text = iconv.decode(buf, enc);
  if (text.includes('\0')) throw new DecodeError('NUL byte in text');
  return { text, encoding: enc };
}

/** Windows-1256 puts Arabic letters at 0xC1–0xFE; many such bytes suggest Arabic-script text. */
function hasArabicSingleByte(bytes: Uint8Array): boolean {
  let high = 0;
  let arabic = 0;
  const n = Math.min(bytes.length, 65536);
  for (let i = 0; i < n; i++) {
    if (bytes[i] >= 0x80) {
      high++;
      if (bytes[i] >= 0xc1) arabic++;
    }
  }
  return high > 0 && arabic / high > 0.5;
}
