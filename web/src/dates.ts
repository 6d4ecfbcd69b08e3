// Dates as readers expect them: every day shown in the Solar Hijri and the Gregorian calendar, and
// date inputs that accept a Jalali day (1401/10/22, Persian digits too) as well as an ISO day.

import { isValidJalaaliDate, toGregorian } from 'jalaali-js';
import type { TimelineInterval } from '../../src/api-types.js';

const PERSIAN = new Intl.DateTimeFormat('fa-IR-u-ca-persian', {
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  timeZone: 'UTC',
});
const GREGORIAN = new Intl.DateTimeFormat('en-GB', {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  timeZone: 'UTC',
});

const MONTH_FA = new Intl.DateTimeFormat('fa-IR-u-ca-gregory', {
  year: 'numeric',
  month: 'long',
  timeZone: 'UTC',
});
const MONTH_EN = new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'short', timeZone: 'UTC' });

/** A Gregorian month (the store's monthly buckets), named in the interface language. */
export function gregorianMonth(iso: string, lang: 'fa' | 'en'): string {
  return (lang === 'fa' ? MONTH_FA : MONTH_EN).format(new Date(`${iso.slice(0, 7)}-01T00:00:00Z`));
}

const asDate = (iso: string) => new Date(`${iso.slice(0, 10)}T00:00:00Z`);

export function solarHijri(iso: string): string {
  return PERSIAN.format(asDate(iso));
}
export function gregorian(iso: string): string {
  return GREGORIAN.format(asDate(iso));
}

/** Persian and Arabic-Indic digits to ASCII. */
export function asciiDigits(s: string): string {
  return s
    .replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660));
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A day typed by a user as an ISO day, or null if it is not one. Years before 1700 are read as
 * Solar Hijri (1401/10/22 → 2023-01-12); later years as Gregorian. Empty input is undefined.
 */
export function parseDayInput(raw: string): string | null | undefined {
  const s = asciiDigits(raw.trim());
  if (s === '') return undefined;
  const m = /^(\d{4})[/\-.](\d{1,2})[/\-.](\d{1,2})$/.exec(s);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1700) {
    if (!isValidJalaaliDate(y, mo, d)) return null;
    const g = toGregorian(y, mo, d);
    return `${g.gy}-${pad(g.gm)}-${pad(g.gd)}`;
  }
  const iso = `${y}-${pad(mo)}-${pad(d)}`;
  const date = asDate(iso);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso ? null : iso;
}

/** The periods of GET /api/timeline (the server's own type). */
export type Interval = TimelineInterval;

/** The last day of the period a timeline bucket starts (a day, a week of 7 days, a month, a year). */
export function periodEnd(start: string, interval: Interval): string {
  if (interval === 'day') return start;
  const d = asDate(start);
  if (interval === 'week') return new Date(d.getTime() + 6 * 86_400_000).toISOString().slice(0, 10);
  const end =
    interval === 'month'
      ? Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)
      : Date.UTC(d.getUTCFullYear(), 11, 31);
  return new Date(end).toISOString().slice(0, 10);
}

/** The interval that shows a span of days readably: days up to four months, months up to six years. */
export function intervalFor(first: string, last: string): Interval {
  const days = (asDate(last).getTime() - asDate(first).getTime()) / 86_400_000;
  return days <= 120 ? 'day' : days <= 6 * 366 ? 'month' : 'year';
}
