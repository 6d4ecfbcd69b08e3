import { afterAll, describe, expect, it } from 'vitest';
import { openPostgresStore } from '../../src/store/postgres/index.js';
import { recount, storeContract } from './contract.js';
import { meetingArticle, save } from './fixtures.js';
import { dropSchemas, freshSchema, pgAvailable, pgUrl } from './pg-available.js';

const available = await pgAvailable();
const prefix = freshSchema('contract');
let n = 0;
afterAll(async () => {
  if (available) await dropSchemas(prefix);
});

storeContract('postgres', () => openPostgresStore(pgUrl(`${prefix}_${n++}`)), !available);

describe.skipIf(!available)('PostgreSQL: per-day counts under concurrent writers', () => {
  it('counts each event once when two processes store its reports at the same moment', async () => {
    const url = pgUrl(`${prefix}_concurrent`);
    const a = await openPostgresStore(url);
    const b = await openPostgresStore(url);
    // Eight rounds; in each, both stores save a report of the same two events (new that round).
    for (let round = 0; round < 8; round++) {
      const date = `2023-02-${String(round + 1).padStart(2, '0')}`;
      const text = (k: string) => `${meetingArticle('x').text} گزارش ${round} ${k}`;
      await Promise.all([
        a.saveArticles([save(meetingArticle(`p-${round}-a`, { date, text: text('الف') }))]),
        b.saveArticles([save(meetingArticle(`p-${round}-b`, { date, text: text('ب') }))]),
      ]);
    }
    const days = await a.timeline({ interval: 'day' });
    expect(days).toHaveLength(8);
    for (const d of days) expect(d).toMatchObject({ quad1: 1, quad3: 1 });
    expect(await a.countEvents()).toBe(16);
    expect((await a.queryEvents({ type: 'CONSULT', limit: 1 })).items[0].num_articles).toBe(2);
    // Counts are added from the rows each writer inserted: none lost or doubled between the two.
    const counts = await recount(a);
    expect(counts.stored).toEqual(counts.recounted);
    await a.close();
    await b.close();
  });
});
