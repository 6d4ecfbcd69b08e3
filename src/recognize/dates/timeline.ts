// A timeline entry: a line that opens with a year and a colon («2004: زمین لرزه … در 26 دسامبر …»,
// «۱۳۵۷: …»). The year is a year mention, and a day or month written without a year in the same line
// belongs to that year, not to the year nearest the publication date.
import type { Candidate } from './scan.js';

/** A line opening with a four-digit year and a colon. */
const HEADING = /^[ \t\u200c]*(\d{4})[ \t]*:/;

/** Years a heading may carry: the Solar Hijri and Gregorian years the scanner takes without «سال». */
const isYear = (y: number): boolean => (y >= 1300 && y <= 1420) || (y >= 1900 && y <= 2100);

/** The heading of the line `pos` stands in: its year and span, or null. */
function headingOf(view: string, pos: number): { y: number; start: number; end: number } | null {
  const lineStart = view.lastIndexOf('\n', pos - 1) + 1;
  const m = HEADING.exec(view.slice(lineStart, lineStart + 12));
  if (!m?.[1]) return null;
  const y = Number(m[1]);
  if (!isYear(y)) return null;
  const start = lineStart + m[0].indexOf(m[1]);
  return { y, start, end: start + 4 };
}

/**
 * The year mentions of timeline headings the scanner left (a bare number is a year only after a
 * preposition), and the heading's year given to the yearless days and months of its line when the
 * calendars agree (a Gregorian year for a Gregorian month, a Solar one for a Solar month).
 */
export function applyTimelineYears(cands: Candidate[], view: string): Candidate[] {
  if (!/(^|\n)[ \t\u200c]*\d{4}[ \t]*:/.test(view)) return cands;
  const out: Candidate[] = [];
  const headings = new Set<number>();
  for (const c of cands) {
    const h = headingOf(view, c.start);
    if (h && c.kind === 'year' && c.start === h.start) headings.add(h.start);
    const p = c.parts;
    if (
      h &&
      c.start >= h.end &&
      (c.kind === 'day-month' || c.kind === 'month') &&
      p &&
      p.y === undefined &&
      c.yearOffset === undefined &&
      c.direction === undefined &&
      (p.calendar === 'gregorian') === h.y >= 1900 &&
      p.calendar !== 'hijri'
    ) {
      out.push({ ...c, parts: { ...p, y: h.y } });
      continue;
    }
    out.push(c);
  }
  // the heading's own year mention, where the scanner did not find it
  for (const m of view.matchAll(/(?:^|\n)[ \t\u200c]*(\d{4})[ \t]*:/g)) {
    const h = headingOf(view, (m.index ?? 0) + m[0].length - 1);
    if (!h || headings.has(h.start)) continue;
    headings.add(h.start);
    const calendar = h.y >= 1900 ? 'gregorian' : 'persian';
    out.push({ start: h.start, end: h.end, kind: 'year', parts: { calendar, y: h.y, era: calendar } });
  }
  return out.sort((a, b) => a.start - b.start);
}
