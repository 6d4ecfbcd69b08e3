// What a fetched body is and its text: feeds and HTML pages are told apart by Content-Type and, when
// that is missing or generic, by their first bytes; anything else is skipped with a reason. Text is
// decoded by the charset the server declares, else as `normalize` decodes files (UTF-8, else the
// Arabic-script single-byte guess Windows-1256, via chardet and iconv-lite).
import iconv from 'iconv-lite';
import { DecodeError, decodeBytes } from '../repair/decode.js';

export type BodyKind = 'feed' | 'html';

function mediaType(contentType: string): string {
  return contentType.split(';')[0].trim().toLowerCase();
}

function sniff(bytes: Uint8Array): BodyKind | null {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1').trimStart().toLowerCase();
  if (/^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:rss|feed|rdf:rdf)[\s>]/.test(head)) return 'feed';
  if (/^(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/.test(head)) return 'html';
  if (head.startsWith('<?xml')) return 'feed';
  return null;
}

/** The kind of a body, or why it is neither a feed nor an HTML page. */
export function bodyKind(contentType: string, bytes: Uint8Array): BodyKind | { skip: string } {
  const type = mediaType(contentType);
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (/^application\/(?:rss|atom|rdf)\+xml$/.test(type)) return 'feed';
  if (
    type === '' ||
    type === 'text/xml' ||
    type === 'application/xml' ||
    type === 'text/plain' ||
    type === 'application/octet-stream'
  ) {
    const k = sniff(bytes);
    if (k) return k;
  }
  return { skip: `not HTML or a feed (Content-Type ${type || 'missing'})` };
}

/** Bytes → text, or the reason they are not text. */
export function decodeBody(contentType: string, bytes: Uint8Array): string | { skip: string } {
  const charset = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1]?.toLowerCase();
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // A declared single-byte charset is believed; a declared UTF-8 only when the bytes are UTF-8
  // (servers often send utf-8 for pages that are really Windows-1256), which decodeBytes checks.
  if (charset && charset !== 'utf-8' && charset !== 'utf8' && iconv.encodingExists(charset))
    return iconv.decode(buf, charset);
  try {
    return decodeBytes(bytes).text;
  } catch (e) {
    if (e instanceof DecodeError) return { skip: e.message };
    throw e;
  }
}
