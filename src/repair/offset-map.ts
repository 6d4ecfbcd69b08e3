// The way back from repaired text to the original input. A repair step writes its output through an
// EditBuilder: runs copied unchanged, replacements (ي→ی), insertions (a restored ZWNJ) and deletions
// (kashida, a boilerplate line). The builder keeps only the edit points, in parallel number arrays, so
// a map over a long article costs a few numbers per edit, not an object per character; a lookup is a
// binary search. Maps of successive steps compose into one.
import type { OffsetMap, Span } from '../doc.js';
import { partitionPoint } from '../text/span-index.js';

/**
 * A map built from segments of output. Segment i covers output [outStart[i], outStart[i+1]) and came
 * from original [origStart[i], origEnd[i]). In a copied segment output char k comes from original
 * char origStart + (k - outStart); in a replaced segment every output char comes from the whole
 * original span (an insertion is a replacement of an empty original span).
 */
export class SegmentMap implements OffsetMap {
  constructor(
    private readonly outStart: Int32Array | number[],
    private readonly origStart: Int32Array | number[],
    private readonly origEnd: Int32Array | number[],
    private readonly copied: Uint8Array | boolean[],
    readonly outLength: number,
    readonly origLength: number,
  ) {}

  get segments(): number {
    return this.outStart.length;
  }

  /** Index of the segment holding output char `pos` (0 <= pos < outLength). */
  private find(pos: number): number {
    const starts = this.outStart;
    return Math.max(0, partitionPoint(starts.length, (i) => (starts[i] as number) <= pos) - 1);
  }

  /** The original span output char `pos` came from. */
  private charSpan(pos: number): Span {
    const i = this.find(pos);
    if (this.copied[i]) {
      const o = this.origStart[i] + (pos - this.outStart[i]);
      return { start: o, end: o + 1 };
    }
    return { start: this.origStart[i], end: this.origEnd[i] };
  }

  /** The original position of the boundary before output char `pos` (pos may equal outLength). */
  private boundary(pos: number): number {
    if (pos >= this.outLength) return this.origLength;
    return this.charSpan(pos).start;
  }

  toOriginal(start: number, end: number): Span {
    const s = Math.max(0, Math.min(start, this.outLength));
    const e = Math.max(s, Math.min(end, this.outLength));
    if (this.outStart.length === 0) return { start: this.origLength, end: this.origLength };
    if (s === e) {
      const b = this.boundary(s);
      return { start: b, end: b };
    }
    return { start: this.charSpan(s).start, end: this.charSpan(e - 1).end };
  }
}

/** Writes the output of one repair step and records where each piece came from. */
export class EditBuilder {
  private readonly parts: string[] = [];
  private outLen = 0;
  private readonly outStart: number[] = [];
  private readonly origStart: number[] = [];
  private readonly origEnd: number[] = [];
  private readonly copied: boolean[] = [];
  /** Number of non-copy edits, so a step can tell whether it changed anything. */
  edits = 0;

  constructor(private readonly source: string) {}

  /** Copies source[from, to) unchanged. */
  copy(from: number, to: number): void {
    if (to <= from) return;
    const n = this.outStart.length;
    // Extend the previous copied run when contiguous, so unchanged text stays one segment.
    if (
      n > 0 &&
      this.copied[n - 1] &&
      this.origEnd[n - 1] === from &&
      this.outStart[n - 1] + (this.origEnd[n - 1] - this.origStart[n - 1]) === this.outLen
    ) {
      this.origEnd[n - 1] = to;
    } else {
      this.push(from, to, true);
    }
    this.parts.push(from === 0 && to === this.source.length ? this.source : this.source.slice(from, to));
    this.outLen += to - from;
  }

  /** Writes `text` in place of source[from, to) (to === from: an insertion; text === '': a deletion). */
  replace(from: number, to: number, text: string): void {
    this.edits++;
    if (text.length === 0) return;
    this.push(from, to, false);
    this.parts.push(text);
    this.outLen += text.length;
  }

  private push(from: number, to: number, copied: boolean): void {
    this.outStart.push(this.outLen);
    this.origStart.push(from);
    this.origEnd.push(to);
    this.copied.push(copied);
  }

  get length(): number {
    return this.outLen;
  }

  text(): string {
    return this.parts.length === 1 ? this.parts[0] : this.parts.join('');
  }

  map(): SegmentMap {
    return new SegmentMap(
      Int32Array.from(this.outStart),
      Int32Array.from(this.origStart),
      Int32Array.from(this.origEnd),
      Uint8Array.from(this.copied, (c) => (c ? 1 : 0)),
      this.outLen,
      this.source.length,
    );
  }
}

/** The result of one step: its text and the map back to that step's input. */
export interface StepResult {
  text: string;
  map: OffsetMap;
  /** How many edits the step made (0: text is the input, unchanged). */
  edits: number;
}

export const unchanged = (text: string): StepResult => ({ text, map: identity(text.length), edits: 0 });

export function identity(length: number): OffsetMap {
  return {
    toOriginal: (start, end) => {
      const s = Math.max(0, Math.min(start, length));
      return { start: s, end: Math.max(s, Math.min(end, length)) };
    },
  };
}

/** The map of `later` applied after `earlier`: from the final text back to the first input. */
export function compose(earlier: OffsetMap, later: OffsetMap): OffsetMap {
  return {
    toOriginal: (start, end) => {
      const mid = later.toOriginal(start, end);
      return earlier.toOriginal(mid.start, mid.end);
    },
  };
}
