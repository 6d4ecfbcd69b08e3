// The event location as stored (schema version 6), filtered by country and exported in GDELT's
// ActionGeo columns; and `rasad eval --actors` on a small gold file.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../../src/pipeline.js';
import { GDELT_COLUMNS, gdeltRow } from '../../../src/store/formats/gdelt.js';
import type { KyselyStore } from '../../../src/store/kysely-store.js';
import { openSqliteStore } from '../../../src/store/sqlite/index.js';

const dir = mkdtempSync(join(tmpdir(), 'rasad-places-'));
let store: KyselyStore;
const articles = [
  'طالبان در ولایت هلمند به نیروهای امنیتی حمله کردند.',
  'وزیر خارجه ایران در مسکو با سرگئی لاوروف دیدار کرد.',
  'وزیر خارجه آمریکا از مواضع ترکیه انتقاد کرد.',
];

beforeAll(async () => {
  store = (await openSqliteStore(join(dir, 'p.db'))) as KyselyStore;
  await store.saveArticles(
    articles.map((text, i) => ({
      result: extract({ id: `a${i}`, text, published: '2021-05-01' }),
      original: text,
    })),
  );
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('stored locations', () => {
  it('keeps the location and filters events by its country', async () => {
    const afg = await store.queryEvents({ country: 'AFG' });
    expect(afg.items.length).toBeGreaterThan(0);
    for (const e of afg.items) expect(e.location?.country).toBe('AFG');
    expect(afg.items[0].location).toMatchObject({ name: 'هلمند', admin1: 'هلمند', place: 'AFG.helmand' });
    const rus = await store.queryEvents({ country: 'rus' });
    expect(rus.items.map((e) => e.location?.name)).toContain('مسکو');
    expect((await store.queryEvents({ country: 'FRA' })).items).toHaveLength(0);
    const all = await store.queryEvents({});
    expect(all.items.some((e) => e.location === null)).toBe(true);
  });

  it('fills the GDELT ActionGeo columns, and leaves them empty without a location', async () => {
    const col = (name: string) => GDELT_COLUMNS.indexOf(name);
    const [helmand] = (await store.queryEvents({ country: 'AFG' })).items;
    const row = gdeltRow(helmand).replace(/\n$/, '').split('\t');
    expect(row).toHaveLength(61);
    expect(row[col('ActionGeo_Type')]).toBe('5');
    expect(row[col('ActionGeo_FullName')]).toBe('Helmand, Afghanistan');
    expect(row[col('ActionGeo_CountryCode')]).toBe('AF');
    expect(Number(row[col('ActionGeo_Lat')])).toBeCloseTo(31.36, 1);
    expect(row[col('ActionGeo_FeatureID')]).toBe('AFG.helmand');
    const none = (await store.queryEvents({})).items.find((e) => e.location === null);
    if (!none) throw new Error('an event without a location was expected');
    const empty = gdeltRow(none).replace(/\n$/, '').split('\t');
    expect(empty[col('ActionGeo_Type')]).toBe('');
    expect(empty[col('ActionGeo_Lat')]).toBe('');
  });
});

describe('rasad query events --country and rasad eval --actors', () => {
  it('refuses a country that is not three letters, naming the option', () => {
    const out = spawnSync('./bin/rasad', ['query', 'events', '--db', join(dir, 'p.db'), '--country', 'AF'], {
      encoding: 'utf8',
    });
    expect(out.status).toBe(2);
    expect(out.stderr).toContain('--country');
  });

  it('scores codes per kind and locations; a malformed gold line is one line, exit 1', () => {
    const gold = {
      id: 'x',
      published: '2021-05-01',
      paragraphs: ['وزیر خارجه ایران در مسکو با سرگئی لاوروف دیدار کرد.'],
      mentions: [
        { text: 'سرگئی لاوروف', n: 1, code: 'RUSGOV', kind: 'person' },
        { text: 'وزیر خارجه ایران', n: 1, code: 'IRNGOV', kind: 'person' },
      ],
      locations: [
        {
          event: 0,
          type: 'CONSULT',
          evidence: 'با سرگئی لاوروف دیدار کرد',
          location: { name: 'مسکو', country: 'RUS', admin1: null },
        },
      ],
    };
    const file = join(dir, 'gold.jsonl');
    writeFileSync(file, `${JSON.stringify(gold)}\n`);
    const out = spawnSync('./bin/rasad', ['eval', '--actors', file, '--json'], { encoding: 'utf8' });
    expect(out.status, out.stderr).toBe(0);
    const r = JSON.parse(out.stdout);
    expect(r.byKind.person.total).toBe(2);
    expect(r.locations).toMatchObject({ total: 1, place: 1, country: 1 });
    writeFileSync(
      file,
      `${JSON.stringify({ ...gold, mentions: [{ text: 'x', n: 1, code: 'RUS', kind: 'city' }] })}\n`,
    );
    const bad = spawnSync('./bin/rasad', ['eval', '--actors', file], { encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toContain(`${file}:1: mentions[0].kind`);
  });
});

describe('the API country parameter', () => {
  it('filters /api/events by where the event happened, carries the location, refuses a bad code', async () => {
    const { createServer } = await import('../../../src/server/index.js');
    const app = await createServer({ store, token: 'test-token-0123456789', webApp: false });
    await app.ready();
    try {
      const ok = await app.inject({ method: 'GET', url: '/api/events?country=AFG' });
      expect(ok.statusCode).toBe(200);
      const events = ok.json().events as Array<{ location: { country: string } | null }>;
      expect(events.length).toBeGreaterThan(0);
      for (const e of events) expect(e.location?.country).toBe('AFG');
      const bad = await app.inject({ method: 'GET', url: '/api/events?country=AFGHANISTAN' });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().field).toBe('country');
    } finally {
      await app.close();
    }
  });
});
