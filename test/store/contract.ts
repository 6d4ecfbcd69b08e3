// The one test suite every Store backend must pass (run by sqlite.test.ts and postgres.test.ts).
import { describe, expect, it } from 'vitest';
import type { KyselyStore } from '../../src/store/kysely-store.js';
import { meetingArticle, otherArticle, save } from './fixtures.js';

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
      expect(version?.value).toBe('2');
      await store.migrate(); // a second run changes nothing
      expect(await store.timeline({ interval: 'week' })).toEqual(before);
      await store.close();
    });
  });
}
