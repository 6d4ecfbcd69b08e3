// Validates lexicon/calendars/*.json against the schema in lexicon/calendars/README.md, so that a
// user's extension that breaks it fails here rather than silently at run time.
import { describe, expect, it } from 'vitest';
import {
  keyOf,
  type MonthsFile,
  readJson,
  type ScanWordsFile,
} from '../../../src/recognize/dates/lexicon.js';

const months = readJson<MonthsFile>('months.json');

describe('calendar lexicon', () => {
  it('months: twelve per calendar, each name in one month only', () => {
    const seen = new Map<string, string>();
    for (const cal of ['persian', 'afghan-persian', 'gregorian', 'hijri'] as const) {
      const list = months[cal];
      expect(list.map((e) => e.month).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
      for (const e of list) {
        expect(e.names.length).toBeGreaterThan(0);
        if (e.ambiguous !== undefined) expect(typeof e.ambiguous).toBe('boolean');
        for (const n of e.names) {
          // Two spellings of one month may share a key (the fold meets «ژانویهٔ» and «ژانویه»);
          // one key in two months would make a name ambiguous.
          const k = keyOf(n);
          const here = `${cal}:${e.month}`;
          expect(seen.get(k) ?? here, `${n} in ${seen.get(k)} and ${here}`).toBe(here);
          seen.set(k, here);
        }
      }
    }
  });
  it('weekdays: Saturday 0 … Friday 6', () => {
    const w = readJson<{ weekdays: Array<{ day: number; names: string[] }> }>('weekdays.json');
    expect(w.weekdays.map((x) => x.day).sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });
  it('relative: units and offsets', () => {
    const r = readJson<{
      expressions: Array<{ names: string[]; unit: string; offset: number }>;
      countUnits: Record<string, string>;
    }>('relative.json');
    for (const e of r.expressions) {
      expect(['day', 'week', 'month', 'year']).toContain(e.unit);
      expect(Number.isInteger(e.offset)).toBe(true);
      expect(e.names.length).toBeGreaterThan(0);
    }
    for (const u of Object.values(r.countUnits)) expect(['day', 'week', 'month', 'year']).toContain(u);
  });
  it('numbers: values in range', () => {
    const n = readJson<{
      cardinals: Record<string, number>;
      ordinals: Record<string, number>;
      tens: string[];
    }>('numbers.json');
    for (const v of [...Object.values(n.cardinals), ...Object.values(n.ordinals)])
      expect(v).toBeGreaterThan(0);
    for (const t of n.tens) expect(n.cardinals[t]).toBeDefined();
  });
  it('stop-contexts and named days are well formed', () => {
    const s = readJson<{
      before: Record<string, string[]>;
      after: Record<string, string[]>;
      phrases: string[];
    }>('stop-contexts.json');
    for (const v of [...Object.values(s.before), ...Object.values(s.after), s.phrases])
      expect(Array.isArray(v)).toBe(true);
    const d = readJson<{
      days: Array<{ calendar: string; month: number; day: number; year: number; cues: string[] }>;
    }>('named-days.json');
    const l = readJson<{
      lunarDays: Array<{ names: string[]; month: number; day: number }>;
      lunarDayCues: string[];
    }>('named-days.json');
    for (const x of l.lunarDays) {
      expect(x.names.length).toBeGreaterThan(0);
      expect(x.month >= 1 && x.month <= 12 && x.day >= 1 && x.day <= 30).toBe(true);
    }
    expect(l.lunarDayCues.length).toBeGreaterThan(0);
    for (const x of d.days) {
      expect(['persian', 'gregorian', 'hijri']).toContain(x.calendar);
      expect(x.month).toBeGreaterThanOrEqual(1);
      expect(x.month).toBeLessThanOrEqual(12);
      expect(x.cues.length).toBeGreaterThan(0);
    }
  });

  it('scan-words: offsets, eras, seasons and word lists are well formed', () => {
    const w = readJson<ScanWordsFile>('scan-words.json');
    for (const v of Object.values(w.directionWords)) expect([-1, 1]).toContain(v);
    // a weekday modifier names a week or a direction, exactly one
    for (const v of Object.values(w.weekdayModifiers)) {
      expect((v.week === undefined) !== (v.direction === undefined)).toBe(true);
      if (v.week !== undefined) expect([-1, 0, 1]).toContain(v.week);
      if (v.direction !== undefined) expect([-1, 1]).toContain(v.direction);
    }
    expect(Object.keys(w.eras).sort()).toEqual(['gregorian', 'hijri', 'persian']);
    // an era word names one era only
    const eraKeys = Object.values(w.eras).flat().map(keyOf);
    expect(new Set(eraKeys).size).toBe(eraKeys.length);
    expect(w.seasons.map((x) => x.season).sort()).toEqual([1, 2, 3, 4]);
    for (const x of w.seasons) expect(x.names.length).toBeGreaterThan(0);
    for (const list of [
      w.forwardCues,
      w.firstDayWords,
      w.countWords,
      w.countWordPrepositions,
      w.titleNouns,
      w.rangeWords,
      w.recurring,
      w.specificBefore,
      w.strongHijriCues,
      w.quantityUnits,
      w.timeUnits,
      w.yearPrepositions,
    ]) {
      expect(list.length).toBeGreaterThan(0);
      for (const x of list) expect(typeof x === 'string' && x.trim().length > 0).toBe(true);
    }
    // a quantity unit is never a time unit: «سال ۸۳ روز …» must stay a year
    const time = new Set(w.timeUnits.map(keyOf));
    for (const q of w.quantityUnits) expect(time.has(keyOf(q))).toBe(false);
    // a month name is not a season name (seasons are read with a year word, months alone are not)
    const monthKeys = new Set(
      (['persian', 'afghan-persian', 'gregorian', 'hijri'] as const).flatMap((c) =>
        months[c].flatMap((e) => e.names.map(keyOf)),
      ),
    );
    for (const x of w.seasons) for (const n of x.names) expect(monthKeys.has(keyOf(n))).toBe(false);
  });
});
