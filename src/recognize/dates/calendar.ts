// Calendar arithmetic on Julian day numbers (JDN). Solar Hijri and Gregorian conversions come from
// jalaali-js, Hijri lunar (Umm al-Qura) from ICU through Intl.DateTimeFormat: no month-length tables
// are written here.
import * as jalaali from 'jalaali-js';

export type CalendarKind = 'persian' | 'gregorian' | 'hijri';

/** JDN of 1970-01-01, to go between JDN and JavaScript time values. */
const UNIX_EPOCH_JDN = 2440588;
const DAY_MS = 86_400_000;

export function gregorianToJdn(y: number, m: number, d: number): number {
  return jalaali.g2d(y, m, d);
}

export function jdnToGregorian(jdn: number): { y: number; m: number; d: number } {
  const g = jalaali.d2g(jdn);
  return { y: g.gy, m: g.gm, d: g.gd };
}

export function persianToJdn(y: number, m: number, d: number): number {
  return jalaali.j2d(y, m, d);
}

export function jdnToPersian(jdn: number): { y: number; m: number; d: number } {
  const j = jalaali.d2j(jdn);
  return { y: j.jy, m: j.jm, d: j.jd };
}

export function isoOfJdn(jdn: number): string {
  const { y, m, d } = jdnToGregorian(jdn);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** JDN of an ISO day (YYYY-MM-DD), or null. */
export function jdnOfIso(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > gregorianMonthLength(y, mo)) return null;
  return gregorianToJdn(y, mo, d);
}

/** Weekday with Saturday = 0 … Friday = 6. */
export function weekdayOfJdn(jdn: number): number {
  return (((jdn + 2) % 7) + 7) % 7;
}

export function gregorianMonthLength(y: number, m: number): number {
  // Day 0 of the next month is the last day of this one (the platform's calendar, not a table).
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function persianMonthLength(y: number, m: number): number {
  return jalaali.jalaaliMonthLength(y, m);
}

const hijriFormat = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
  timeZone: 'UTC',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});

export function jdnToHijri(jdn: number): { y: number; m: number; d: number } {
  const parts = hijriFormat.formatToParts(new Date((jdn - UNIX_EPOCH_JDN) * DAY_MS));
  let y = 0;
  let m = 0;
  let d = 0;
  for (const p of parts) {
    if (p.type === 'year') y = Number.parseInt(p.value, 10);
    else if (p.type === 'month') m = Number.parseInt(p.value, 10);
    else if (p.type === 'day') d = Number.parseInt(p.value, 10);
  }
  return { y, m, d };
}

const MEAN_LUNAR_MONTH = 29.530588;
/** JDN of 1 Muharram 1 AH (civil epoch, 16 July 622 Julian). */
const HIJRI_EPOCH_JDN = 1948440;

/** JDN of a Hijri lunar date, found by asking ICU around the mean-month estimate; null if invalid. */
export function hijriToJdn(y: number, m: number, d: number): number | null {
  if (m < 1 || m > 12 || d < 1 || d > 30) return null;
  let jdn = Math.round(HIJRI_EPOCH_JDN + ((y - 1) * 12 + (m - 1)) * MEAN_LUNAR_MONTH + d - 1);
  for (let i = 0; i < 6; i++) {
    const h = jdnToHijri(jdn);
    const diff = Math.round(((y - h.y) * 12 + (m - h.m)) * MEAN_LUNAR_MONTH) + (d - h.d);
    if (diff === 0) return jdn;
    jdn += diff;
  }
  const h = jdnToHijri(jdn);
  return h.y === y && h.m === m && h.d === d ? jdn : null;
}

export function hijriMonthLength(y: number, m: number): number {
  const first = hijriToJdn(y, m, 1);
  const next = m === 12 ? hijriToJdn(y + 1, 1, 1) : hijriToJdn(y, m + 1, 1);
  if (first == null || next == null) return 30;
  return next - first;
}

export function monthLength(cal: CalendarKind, y: number, m: number): number {
  if (cal === 'persian') return persianMonthLength(y, m);
  if (cal === 'gregorian') return gregorianMonthLength(y, m);
  return hijriMonthLength(y, m);
}

/** JDN of a day in one of the calendars, or null when the day does not exist. */
export function toJdn(cal: CalendarKind, y: number, m: number, d: number): number | null {
  if (m < 1 || m > 12 || d < 1) return null;
  if (cal === 'hijri') return hijriToJdn(y, m, d);
  if (cal === 'persian') {
    if (y < -61 || y > 3177 || d > persianMonthLength(y, m)) return null;
    return persianToJdn(y, m, d);
  }
  if (d > gregorianMonthLength(y, m)) return null;
  return gregorianToJdn(y, m, d);
}

export function fromJdn(cal: CalendarKind, jdn: number): { y: number; m: number; d: number } {
  if (cal === 'persian') return jdnToPersian(jdn);
  if (cal === 'gregorian') return jdnToGregorian(jdn);
  return jdnToHijri(jdn);
}

/** First and last JDN of a month. */
export function monthSpan(cal: CalendarKind, y: number, m: number): [number, number] | null {
  const first = toJdn(cal, y, m, 1);
  if (first == null) return null;
  return [first, first + monthLength(cal, y, m) - 1];
}

/** First and last JDN of a year. */
export function yearSpan(cal: CalendarKind, y: number): [number, number] | null {
  const first = toJdn(cal, y, 1, 1);
  const next = toJdn(cal, y + 1, 1, 1);
  if (first == null || next == null) return null;
  return [first, next - 1];
}

/** The Saturday-to-Friday week containing a day. */
export function weekSpan(jdn: number): [number, number] {
  const start = jdn - weekdayOfJdn(jdn);
  return [start, start + 6];
}

/** Adds months to (y, m) in a calendar. */
export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const idx = y * 12 + (m - 1) + n;
  return { y: Math.floor(idx / 12), m: (idx % 12) + 1 };
}

/** Tells a four-digit year's calendar from its range (Solar Hijri, Hijri lunar or Gregorian). */
export function calendarOfYear(y: number): CalendarKind | null {
  if (y >= 1250 && y < 1420) return 'persian';
  if (y >= 1420 && y < 1500) return 'hijri';
  if (y >= 1600 && y < 2200) return 'gregorian';
  return null;
}
