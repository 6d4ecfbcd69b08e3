// The timeline: events per day or week by quad class. Without an actor it reads the per-day counts
// (event_days, ~4 rows a day); with one, that actor's events.
import type { Kysely } from 'kysely';
import { UNKNOWN_DAY } from '../migrations/index.js';
import type { Database } from '../schema.js';
import type { TimelineBucket } from '../types.js';
import { actorIdsFor } from './actors.js';
import { num } from './page.js';

export async function timeline(
  db: Kysely<Database>,
  range: {
    since?: string;
    until?: string;
    interval: 'day' | 'week';
    actor?: string;
  },
): Promise<TimelineBucket[]> {
  if (!range.actor) {
    let d = db.selectFrom('event_days').select(['day', 'quad', 'n']);
    if (range.since) d = d.where('day', '>=', range.since);
    if (range.until) d = d.where('day', '<=', range.until);
    return bucketed(await d.execute(), range.interval);
  }
  let q = db
    .selectFrom('events as e')
    .select(['e.day', 'e.quad'])
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('e.day', '!=', UNKNOWN_DAY);
  if (range.since) q = q.where('e.day', '>=', range.since);
  if (range.until) q = q.where('e.day', '<=', range.until);
  if (range.actor) {
    q = q.where(
      'e.id',
      'in',
      db
        .selectFrom('event_actors')
        .select('event_id')
        .where('role', '!=', 'reported_by')
        .where('actor_id', 'in', actorIdsFor(db, range.actor)),
    );
  }
  return bucketed(await q.groupBy(['e.day', 'e.quad']).execute(), range.interval);
}

function bucketed(
  rows: Array<{ day: string; quad: number; n: number | string | bigint }>,
  interval: 'day' | 'week',
): TimelineBucket[] {
  const buckets = new Map<string, TimelineBucket>();
  const weeks = new Map<string, string>();
  for (const r of rows) {
    let period = r.day;
    if (interval === 'week') {
      period = weeks.get(r.day) ?? weekStart(r.day);
      weeks.set(r.day, period);
    }
    let b = buckets.get(period);
    if (!b) {
      b = { period, quad1: 0, quad2: 0, quad3: 0, quad4: 0 };
      buckets.set(period, b);
    }
    addQuad(b, num(r.quad), num(r.n));
  }
  return [...buckets.values()].sort((a, b) => (a.period < b.period ? -1 : 1));
}

export function addQuad(b: TimelineBucket, quad: number, n: number): void {
  if (quad === 1) b.quad1 += n;
  else if (quad === 2) b.quad2 += n;
  else if (quad === 3) b.quad3 += n;
  else if (quad === 4) b.quad4 += n;
}

/** Weeks start on Saturday (the Iranian week; docs/output-contract.md). */
export function weekStart(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return day;
  const back = (d.getUTCDay() + 1) % 7; // Saturday → 0
  d.setUTCDate(d.getUTCDate() - back);
  return d.toISOString().slice(0, 10);
}
