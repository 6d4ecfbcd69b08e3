// The one test suite every Store backend must pass (run by sqlite.test.ts and postgres.test.ts).
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { KyselyStore } from '../../src/store/kysely-store.js';
import { SCHEMA_VERSION } from '../../src/store/migrations/index.js';
import { meetingArticle, otherArticle, save } from './fixtures.js';

/** Every event's and actor's counts, recomputed from the rows they summarize. */
export async function recount(store: KyselyStore) {
  const events = await store.db
    .selectFrom('events as e')
    .select((eb) => [
      'e.id',
      'e.num_mentions',
      'e.num_articles',
      'e.num_sources',
      'e.num_stories',
      eb
        .selectFrom('event_mentions as m')
        .whereRef('m.event_id', '=', 'e.id')
        .select((m) => m.fn.countAll<number>().as('n'))
        .as('mentions'),
      eb
        .selectFrom('event_mentions as m')
        .whereRef('m.event_id', '=', 'e.id')
        .select(sql<number>`count(distinct m.article_id)`.as('n'))
        .as('articles'),
      eb
        .selectFrom('event_mentions as m')
        .whereRef('m.event_id', '=', 'e.id')
        .select(sql<number>`count(distinct m.source)`.as('n'))
        .as('sources'),
      eb
        .selectFrom('event_mentions as m')
        .whereRef('m.event_id', '=', 'e.id')
        .select(sql<number>`count(distinct m.story_id)`.as('n'))
        .as('stories'),
    ])
    .orderBy('e.id')
    .execute();
  const actors = await store.db
    .selectFrom('actors as a')
    .select((eb) => [
      'a.id',
      'a.num_events',
      'a.num_articles',
      eb
        .selectFrom('event_actors as x')
        .whereRef('x.actor_id', '=', 'a.id')
        .where('x.role', '!=', 'reported_by')
        .select(sql<number>`count(distinct x.event_id)`.as('n'))
        .as('events'),
      eb
        .selectFrom('article_actors as x')
        .whereRef('x.actor_id', '=', 'a.id')
        .select((x) => x.fn.countAll<number>().as('n'))
        .as('articles'),
    ])
    .orderBy('a.id')
    .execute();
  const n = (v: unknown) => Number(v ?? 0);
  return {
    stored: [
      ...events.map(
        (e) => `${e.id} ${n(e.num_mentions)} ${n(e.num_articles)} ${n(e.num_sources)} ${n(e.num_stories)}`,
      ),
      ...actors.map((a) => `${a.id} ${n(a.num_events)} ${n(a.num_articles)}`),
    ],
    recounted: [
      ...events.map((e) => `${e.id} ${n(e.mentions)} ${n(e.articles)} ${n(e.sources)} ${n(e.stories)}`),
      ...actors.map((a) => `${a.id} ${n(a.events)} ${n(a.articles)}`),
    ],
  };
}

export function storeContract(name: string, makeStore: () => Promise<KyselyStore>, skip = false): void {
  describe.skipIf(skip)(`Store contract: ${name}`, () => {
    it('stores an article with its layers and returns it whole', async () => {
      const store = await makeStore();
      const r = meetingArticle('a-1');
      expect(await store.saveArticles([save(r)])).toEqual({ ingested: 1, duplicates: 0 });
      const got = await store.getArticle('a-1');
      expect(got?.text).toBe(r.text);
      expect(got?.events).toHaveLength(2);
      expect(got?.duplicate_of).toBeNull();
      expect(got?.content_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(Object.keys(got?.actor_ids ?? {})).toEqual(['a1', 'a2', 'a3']);
      expect(await store.getArticle('nope')).toBeNull();
      await store.close();
    });

    it('is idempotent by content hash, within a batch and across batches', async () => {
      const store = await makeStore();
      const r = meetingArticle('b-1');
      expect(await store.saveArticles([save(r), save(r)])).toEqual({ ingested: 1, duplicates: 1 });
      expect(await store.saveArticles([save({ ...r, id: 'b-other-id' })])).toEqual({
        ingested: 0,
        duplicates: 1,
      });
      expect(await store.countArticles()).toBe(1);
      await store.close();
    });

    it('keeps a different article that reuses a taken id', async () => {
      const store = await makeStore();
      await store.saveArticles([save(otherArticle('same', 'الف'))]);
      await store.saveArticles([save(otherArticle('same', 'کاملا متفاوت'))]);
      expect(await store.countArticles()).toBe(2);
      await store.close();
    });

    it('stores an event reported by several articles once, counting articles and sources', async () => {
      const store = await makeStore();
      await store.saveArticles([save(meetingArticle('c-1', { source: 'tolonews.com' }))]);
      await store.saveArticles([
        save(
          meetingArticle('c-2', {
            source: 'tolonews.com',
            text: `${meetingArticle('x').text} گزارش دوم با متن دیگر.`,
          }),
        ),
        save(
          meetingArticle('c-3', { source: 'farsnews.ir', text: `${meetingArticle('x').text} روایت سوم.` }),
        ),
      ]);
      expect(await store.countEvents()).toBe(2);
      const { items } = await store.queryEvents({ type: 'CONSULT' });
      expect(items).toHaveLength(1);
      expect(items[0].num_articles).toBe(3);
      expect(items[0].num_sources).toBe(2);
      expect(items[0].article).toBe('c-1');
      expect(items[0].actor.map((a) => a.code)).toEqual(['RUSGOV']);
      expect(items[0].recipient.map((a) => a.name)).toEqual(['امیرخان متقی']);
      expect(items[0].evidence).toContain('دیدار کرد');
      await store.close();
    });

    it('keeps every count equal to a recount from its rows, across batches, copies, reruns and a migration', async () => {
      const store = await makeStore();
      const text = (k: string) => `${meetingArticle('x').text} ${k}`;
      const first = [
        save(meetingArticle('k-1', { source: 'a.af' })),
        save(meetingArticle('k-2', { source: 'b.af', text: text('دوم') })),
      ];
      await store.saveArticles(first);
      await store.saveArticles([
        save(meetingArticle('k-3', { source: 'a.af', text: text('سوم') })),
        save(meetingArticle('k-4', { source: 'c.af', text: text('چهارم'), date: '2023-01-13' })),
        save(meetingArticle('k-5', { source: 'c.af', text: text('پنجم') })),
      ]);
      await store.saveArticles(first); // a rerun adds nothing
      let counts = await recount(store);
      expect(counts.stored).toEqual(counts.recounted);
      const meeting = (await store.queryEvents({ type: 'CONSULT', until: '2023-01-12' })).items[0];
      expect([meeting.num_articles, meeting.num_sources]).toEqual([4, 3]);
      const kabulov = (await store.listActors({ q: 'کابلوف' })).items[0];
      const latest = (await store.actorRelations(kabulov.id, {}))?.articles.map((a) => a.id);
      expect(latest).toHaveLength(5);
      // A store made at schema version 2 (no event_sources / event_stories; article_actors without
      // published and seq, as the added columns' defaults leave them) goes on counting right.
      await store.db.updateTable('article_actors').set({ published: '', seq: 0 }).execute();
      await store.db.updateTable('event_mentions').set({ article_seq: 0 }).execute();
      await store.db.schema.dropTable('event_sources').execute();
      await store.db.schema.dropTable('event_stories').execute();
      await store.db
        .updateTable('rasad_meta')
        .set({ value: '2' })
        .where('key', '=', 'schema_version')
        .execute();
      await store.migrate();
      expect((await store.actorRelations(kabulov.id, {}))?.articles.map((a) => a.id)).toEqual(latest);
      const stale = await store.db
        .selectFrom('article_actors as aa')
        .innerJoin('articles as a', 'a.id', 'aa.article_id')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where((eb) =>
          eb.or([eb('aa.seq', '!=', eb.ref('a.seq')), eb('aa.published', '!=', eb.ref('a.published'))]),
        )
        .executeTakeFirstOrThrow();
      expect(Number(stale.n)).toBe(0); // backfilled from the articles
      const staleMentions = await store.db
        .selectFrom('event_mentions as m')
        .innerJoin('articles as a', 'a.id', 'm.article_id')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where((eb) => eb('m.article_seq', '!=', eb.ref('a.seq')))
        .executeTakeFirstOrThrow();
      expect(Number(staleMentions.n)).toBe(0);
      await store.saveArticles([
        save(meetingArticle('k-6', { source: 'b.af', text: text('ششم') })),
        save(meetingArticle('k-7', { source: 'd.af', text: text('هفتم') })),
      ]);
      counts = await recount(store);
      expect(counts.stored).toEqual(counts.recounted);
      const after = (await store.queryEvents({ type: 'CONSULT', until: '2023-01-12' })).items[0];
      expect([after.num_articles, after.num_sources]).toEqual([6, 4]);
      await store.close();
    });

    it('links near-duplicate copies to the first story', async () => {
      const store = await makeStore();
      const base =
        'خبرگزاری فارس گزارش داد که وزیر امور خارجه جمهوری اسلامی ایران امروز در سفری رسمی به مسکو با همتای روسی خود دیدار و درباره همکاری های اقتصادی انرژی حمل و نقل و امنیت منطقه ای و وضعیت افغانستان گفت وگو کرد و دو طرف بر گسترش روابط تاکید کردند';
      await store.saveArticles([save(otherArticle('n-1', base))]);
      await store.saveArticles([
        save(otherArticle('n-2', `${base} سرویس بین الملل`)),
        save(otherArticle('n-3', 'متنی کاملا دیگر درباره ورزش و فوتبال', '2022-07-01')),
      ]);
      expect((await store.getArticle('n-2'))?.duplicate_of).toBe('n-1');
      expect((await store.getArticle('n-3'))?.duplicate_of).toBeNull();
      const { items } = await store.queryEvents({ type: 'AGREE', actor: 'IRN' });
      const shared = items.find((e) => e.article === 'n-1');
      expect(shared?.num_articles).toBe(2);
      expect(shared?.num_stories).toBe(1);
      await store.close();
    });

    it('filters events by actor code prefix, name, recipient, type and dates, and pages with a cursor', async () => {
      const store = await makeStore();
      await store.saveArticles([
        save(meetingArticle('d-1', { date: '2023-01-12' })),
        save(meetingArticle('d-2', { date: '2023-02-01', text: `${meetingArticle('x').text} بار دیگر.` })),
        save(otherArticle('d-3', 'یک')),
      ]);
      expect((await store.queryEvents({ actor: 'RUS' })).items).toHaveLength(4);
      expect((await store.queryEvents({ actor: 'RUSGOV', type: 'consult' })).items).toHaveLength(2);
      expect((await store.queryEvents({ actor: 'ضمیر كابلوف' })).items).toHaveLength(4); // Arabic kaf folds
      expect((await store.queryEvents({ actor: 'Zamir Kabulov' })).items).toHaveLength(4);
      expect((await store.queryEvents({ recipient: 'IMG' })).items).toHaveLength(2);
      expect((await store.queryEvents({ actor: 'IRN' })).items.map((e) => e.type)).toEqual(['AGREE']);
      expect(
        (await store.queryEvents({ since: '2023-01-13' })).items.every((e) => (e.date ?? '') >= '2023-01-13'),
      ).toBe(true);
      expect((await store.queryEvents({ until: '2022-12-31' })).items).toHaveLength(1);
      // The same answers when the actors count as busy (events walked in date order).
      const filters = [
        { actor: 'RUS' },
        { actor: 'ضمیر كابلوف' },
        { recipient: 'IMG' },
        { actor: 'IRN' },
        { actor: 'NOBODY' },
      ];
      const rare = await Promise.all(filters.map((f) => store.queryEvents(f)));
      store.actorScanAbove = 0;
      const busy = await Promise.all(filters.map((f) => store.queryEvents(f)));
      expect(busy.map((p) => p.items.map((e) => e.id))).toEqual(rare.map((p) => p.items.map((e) => e.id)));
      expect(rare.map((p) => p.items.length)).toEqual([4, 4, 2, 1, 0]);
      store.actorScanAbove = 1000;
      const first = await store.queryEvents({ limit: 2 });
      expect(first.items.map((e) => e.date)).toEqual(['2023-02-01', '2023-02-01']);
      expect(first.next).not.toBeNull();
      const second = await store.queryEvents({ limit: 2, cursor: first.next });
      const third = await store.queryEvents({ limit: 2, cursor: second.next });
      const ids = [...first.items, ...second.items, ...third.items].map((e) => e.id);
      expect(new Set(ids).size).toBe(5);
      expect(third.next).toBeNull();
      await expect(store.queryEvents({ cursor: 'garbage' })).rejects.toThrow(/cursor/);
      await store.close();
    });

    it('finds Persian text whatever the spelling of ZWNJ, ی/ي, ک/ك and digits', async () => {
      const store = await makeStore();
      const text = 'وزیر خارجه می‌گوید ۱۲ دیپلمات در کابل هستند. گفت‌وگوها ادامه دارد.';
      await store.saveArticles([
        save({ ...otherArticle('f-1', 'x'), text, title: 'خبر' }),
        save(otherArticle('f-2', 'بی ربط')),
      ]);
      for (const q of ['میگوید', 'می‌گوید', 'می گوید', 'وزير', '12 دیپلمات', 'كابل', 'گفتوگوها']) {
        const { items } = await store.searchArticles({ q });
        expect(
          items.map((a) => a.id),
          q,
        ).toEqual(['f-1']);
      }
      expect((await store.searchArticles({ q: 'تهران' })).items).toEqual([]);
      expect((await store.queryEvents({ q: 'دیپلمات' })).items.map((e) => e.article)).toEqual(['f-1']);
      // The same answers when the word counts as common (events walked in date order).
      await store.saveArticles([
        save(meetingArticle('f-3', { text: `${meetingArticle('x').text} دیپلمات‌ها` })),
      ]);
      const rare = await store.queryEvents({ q: 'دیپلمات', limit: 1 });
      store.fullTextScanAbove = 0;
      const common = await store.queryEvents({ q: 'دیپلمات', limit: 1 });
      expect(common.items.map((e) => e.id)).toEqual(rare.items.map((e) => e.id));
      const rest = await store.queryEvents({ q: 'دیپلمات', cursor: common.next });
      expect([...common.items, ...rest.items].map((e) => e.article).sort()).toEqual(['f-1', 'f-3', 'f-3']);
      expect((await store.queryEvents({ q: 'تهران' })).items).toEqual([]);
      expect((await store.searchArticles({ q: '"OR* NEAR(' })).items).toEqual([]); // query syntax stays literal
      await store.close();
    });

    it('lists actors, relations and a timeline', async () => {
      const store = await makeStore();
      await store.saveArticles([
        save(meetingArticle('g-1')),
        save(meetingArticle('g-2', { date: '2023-01-14', text: `${meetingArticle('x').text} دوم` })),
      ]);
      const actors = await store.listActors({ q: 'RUS' });
      expect(actors.items.map((a) => a.code)).toEqual(['RUSGOV']);
      const kab = actors.items[0];
      expect(kab.events).toBe(4);
      expect(kab.articles).toBe(2);
      expect(kab.aliases).toContain('Zamir Kabulov');
      expect((await store.listActors({ q: 'متقی' })).items.map((a) => a.code)).toEqual(['AFGGOVTAL']);
      const rel = await store.actorRelations(kab.id, {});
      expect(rel?.counterparts.find((c) => c.actor.code === 'AFGGOVTAL')).toMatchObject({
        events: 4,
        cooperation: 2,
        conflict: 2,
      });
      expect(rel?.types.map((t) => t.type).sort()).toEqual(['ACCUSE', 'CONSULT']);
      expect(rel?.over_time).toEqual([{ period: '2023-01-01', quad1: 2, quad2: 0, quad3: 2, quad4: 0 }]);
      expect(rel?.articles).toHaveLength(2);
      expect(await store.actorRelations('no-such-actor', {})).toBeNull();
      const days = await store.timeline({ interval: 'day' });
      expect(days.map((d) => d.period)).toEqual(['2023-01-12', '2023-01-14']);
      const weeks = await store.timeline({ interval: 'week', actor: 'AFG' });
      expect(weeks).toEqual([
        { period: '2023-01-07', quad1: 1, quad2: 0, quad3: 1, quad4: 0 },
        { period: '2023-01-14', quad1: 1, quad2: 0, quad3: 1, quad4: 0 },
      ]);
      await store.close();
    });

    it('keeps per-day event counts: one per event however many articles report it', async () => {
      const store = await makeStore();
      await store.saveArticles([save(meetingArticle('h-1', { source: 'tolonews.com' }))]);
      const once = await store.timeline({ interval: 'day' });
      expect(once).toEqual([{ period: '2023-01-12', quad1: 1, quad2: 0, quad3: 1, quad4: 0 }]);
      // The same two events from two more articles (one batch, then another): still two events.
      await store.saveArticles([
        save(meetingArticle('h-2', { source: 'farsnews.ir', text: `${meetingArticle('x').text} دوم.` })),
        save(meetingArticle('h-3', { date: '2023-01-20', text: `${meetingArticle('x').text} سوم.` })),
      ]);
      await store.saveArticles([save(meetingArticle('h-4', { text: `${meetingArticle('x').text} چهارم.` }))]);
      const days = await store.timeline({ interval: 'day' });
      expect(days).toEqual([
        { period: '2023-01-12', quad1: 1, quad2: 0, quad3: 1, quad4: 0 },
        { period: '2023-01-20', quad1: 1, quad2: 0, quad3: 1, quad4: 0 },
      ]);
      expect(await store.timeline({ interval: 'day', since: '2023-01-13' })).toEqual(days.slice(1));
      expect(await store.timeline({ interval: 'week', until: '2023-01-19' })).toEqual([
        { period: '2023-01-07', quad1: 1, quad2: 0, quad3: 1, quad4: 0 },
      ]);
      const total = days.reduce((n, d) => n + d.quad1 + d.quad2 + d.quad3 + d.quad4, 0);
      expect(total).toBe(await store.countEvents());
      await store.close();
    });

    it('migrates a store made before the per-day counts existed (schema version 1)', async () => {
      const store = await makeStore();
      await store.saveArticles([
        save(meetingArticle('m-1')),
        save(meetingArticle('m-2', { date: '2023-03-01', text: `${meetingArticle('x').text} دیگر.` })),
      ]);
      const before = await store.timeline({ interval: 'week' });
      expect(before).toHaveLength(2);
      // What a version-1 store looks like: no counts table, no version row.
      await store.db.schema.dropTable('event_days').execute();
      await store.db.schema.dropTable('rasad_meta').execute();
      await store.migrate();
      expect(await store.timeline({ interval: 'week' })).toEqual(before);
      const version = await store.db.selectFrom('rasad_meta').select('value').executeTakeFirst();
      expect(version?.value).toBe(String(SCHEMA_VERSION));
      await store.migrate(); // a second run changes nothing
      expect(await store.timeline({ interval: 'week' })).toEqual(before);
      await store.close();
    });
  });
}
