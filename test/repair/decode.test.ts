// Protects decoding: UTF-8 with and without BOM, UTF-16 LE/BE with and without BOM, Windows-1256 (short
// Persian text where chardet alone guesses wrong), and a clear DecodeError for binary input.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { DecodeError, decodeBytes } from '../../src/repair/decode.js';

const text = 'روسیه نمی‌خواهد که افغانستان منزوی شود.';

describe('decodeBytes', () => {
  it('decodes UTF-8 with and without BOM', () => {
    expect(decodeBytes(Buffer.from(text))).toEqual({ text, encoding: 'utf-8' });
    expect(decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toEqual({
      text,
      encoding: 'utf-8',
    });
  });
  it('decodes UTF-16 LE and BE, with and without BOM', () => {
    expect(decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')])).text).toBe(
      text,
    );
    expect(decodeBytes(Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf-16be')])).text).toBe(
      text,
    );
    expect(decodeBytes(iconv.encode(text, 'utf-16le'))).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeBytes(iconv.encode(text, 'utf-16be'))).toEqual({ text, encoding: 'utf-16be' });
  });
  it('decodes short Windows-1256 Persian text', () => {
    // Windows-1256 has Arabic yeh ي and kaf ك (0xED, 0xDF), not the Persian ones: legacy text uses them.
    const t = 'كتاب ها';
    expect(decodeBytes(iconv.encode(t, 'windows-1256'))).toEqual({ text: t, encoding: 'windows-1256' });
    const long = 'پس از حمله گروه داعش به وزارت خارجه طالبان، ضمير كابلوف ديدار كرد.';
    expect(decodeBytes(iconv.encode(long, 'windows-1256')).text).toBe(long);
  });
  it('decodes an empty input to empty text', () => {
    expect(decodeBytes(new Uint8Array(0)).text).toBe('');
  });
  it('throws DecodeError naming the problem for binary input', () => {
    expect(() => decodeBytes(Uint8Array.from([0x50, 0x4b, 3, 4, 0, 0, 8, 0]))).toThrow(DecodeError);
    expect(() => decodeBytes(Uint8Array.from([0x41, 0x00, 0x42, 0x43, 0x44]))).toThrow(/NUL/);
  });
});
