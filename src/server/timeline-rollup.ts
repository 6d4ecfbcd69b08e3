// Month and year buckets for /api/timeline, rolled up from the store's day buckets (the store knows
// day and week; a month or a year is a plain sum of its days, so no store change is needed).
import type { TimelineBucket, TimelineInterval } from '../api-types.js';

export type Interval = TimelineInterval;

/** Sums day buckets into month (`YYYY-MM-01`) or year (`YYYY-01-01`) buckets, in date order. */
export function rollUp(days: TimelineBucket[], interval: 'month' | 'year'): TimelineBucket[] {
  const out = new Map<string, TimelineBucket>();
  for (const d of days) {
    const period = interval === 'month' ? `${d.period.slice(0, 7)}-01` : `${d.period.slice(0, 4)}-01-01`;
    const b = out.get(period) ?? { period, quad1: 0, quad2: 0, quad3: 0, quad4: 0 };
    b.quad1 += d.quad1;
    b.quad2 += d.quad2;
    b.quad3 += d.quad3;
    b.quad4 += d.quad4;
    out.set(period, b);
  }
  return [...out.values()].sort((a, b) => a.period.localeCompare(b.period));
}
