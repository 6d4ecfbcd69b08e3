// Choosing what held on the article's date: a group's code (Taliban: AFGREBTAL until 2021-08-14,
// AFGGOVTAL from 2021-08-15) or a person's role. The reference date is doc.reference (publication
// date, or the date inferred from the article); without one, the current (latest) entry holds.
import type { DatedCode, PersonRole } from './lexicon-schema.js';

interface Dated {
  from?: string;
  until?: string;
}

/** The entry in force on `day`; else the latest that ended before it; else the earliest. */
export function inForce<T extends Dated>(entries: readonly T[], day: string | null): T | null {
  if (entries.length === 0) return null;
  if (entries.length === 1) return entries[0] as T;
  if (day === null) {
    const open = entries.filter((e) => !e.until);
    const pool = open.length ? open : [...entries];
    return pool.reduce((a, b) => ((b.from ?? '') > (a.from ?? '') ? b : a));
  }
  const active = entries.filter((e) => (!e.from || e.from <= day) && (!e.until || day <= e.until));
  if (active.length) return active.reduce((a, b) => ((b.from ?? '') > (a.from ?? '') ? b : a));
  const before = entries.filter((e) => e.until && e.until < day);
  if (before.length) return before.reduce((a, b) => ((b.until ?? '') > (a.until ?? '') ? b : a));
  return entries.reduce((a, b) => ((b.from ?? '9999') < (a.from ?? '9999') ? b : a));
}

/** True when the entry's range contains the day. */
export function holdsOn(entry: Dated, day: string | null): boolean {
  if (day === null) return !entry.until;
  return (!entry.from || entry.from <= day) && (!entry.until || day <= entry.until);
}

export function codeOn(codes: readonly DatedCode[], day: string | null): string | null {
  return inForce(codes, day)?.code ?? null;
}

export function roleOn(roles: readonly PersonRole[], day: string | null): PersonRole | null {
  return inForce(roles, day);
}

/** A code that names a state alone (three letters: «IRN», also a region such as «WST»), no sector. */
export function isBareStateCode(code: string | null | undefined): code is string {
  return !!code && code.length === 3 && /^[A-Z]{3}$/.test(code);
}

/** Country and sector read off a CAMEO code whose first three letters are a known country. */
export function splitCode(
  code: string | null,
  isCountry: (c: string) => boolean,
): { country: string | null; sector: string | null } {
  if (!code) return { country: null, sector: null };
  const head = code.slice(0, 3);
  if (!isCountry(head)) return { country: null, sector: null };
  const sector = code.slice(3, 6);
  return { country: head, sector: sector.length === 3 ? sector : null };
}
