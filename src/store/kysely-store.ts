// The Store, written once over Kysely. Both backends (sqlite/, postgres/) construct it with their
// dialect and the few hooks where SQL differs: full-text search and how a batch locks event rows.
import {
  type Expression,
  type ExpressionBuilder,
  type Kysely,
  type SqlBool,
  sql,
  type Transaction,
} from 'kysely';
import type { Actor } from '../doc.js';
import type { ExtractResult } from '../result.js';
import { actorId, eventId, eventKey, foldName, type LayersJson, layersOf } from './article-rows.js';
import { contentHash } from './content-hash.js';
import { type DialectSchema, migrate, UNKNOWN_DAY } from './migrations.js';
import {
  bandKeys,
  DUPLICATE_THRESHOLD,
  decodeSignature,
  encodeSignature,
  minhash,
  similarity,
} from './near-duplicate.js';
import type { Database } from './schema.js';
import { articleSearchText, queryTerms, type SearchText } from './search-text.js';
import type {
  ActorFilter,
  ActorRelations,
  ArticleFilter,
  ArticleSummary,
  EventFilter,
  FeedStatus,
  Page,
  SaveSummary,
  Store,
  StoredActor,
  StoredArticle,
  StoredEvent,
  TimelineBucket,
} from './types.js';

export type Db = Kysely<Database> | Transaction<Database>;

/** What one backend supplies beyond its Kysely dialect. */
export interface Backend extends DialectSchema {
  kind: 'sqlite' | 'postgres';
  /** Adds an article's folded text to the full-text index. */
  indexSearchText(db: Db, rows: Array<{ seq: number; body: string; parts: string }>): Promise<void>;
  /** An expression selecting the `seq` of articles that contain every term. */
  matchingSeqs(terms: string[]): Expression<unknown>;
  /** Runs fn in a transaction, retrying on the dialect's transient conflicts. */
  transaction<T>(db: Kysely<Database>, fn: (trx: Transaction<Database>) => Promise<T>): Promise<T>;
  /** Keeps two processes from migrating at once (PostgreSQL; SQLite's write lock does it already). */
  lockForMigration?(trx: Transaction<Database>): Promise<void>;
  /**
   * Fast path for a batch's inserts (SQLite): one cached prepared single-row statement per table,
   * run once per row on the transaction's own connection, instead of Kysely compiling a multi-row
   * INSERT (and SQLite parsing thousands of placeholders) per chunk. `suffix` is the ON CONFLICT
   * clause, if any. Returns, per row, the new rowid, or null when the row was skipped by a conflict.
   */
  insertRows?(table: string, rows: ReadonlyArray<object>, suffix: string): Array<number | null>;
}

/** One article of a batch, as ingest hands it over. `content_hash` and `signature` may be precomputed. */
export interface SaveItem {
  result: ExtractResult;
  original: string;
  content_hash?: string;
  /** Precomputed by an extraction thread, so the writing thread only writes. */
  signature?: Uint32Array | null;
  search?: SearchText;
  /** The article's layers as stored (JSON of layersOf). */
  layers?: string;
}

export interface PreparedItem {
  item: SaveItem;
  hash: string;
  signature: Uint32Array | null;
  search: SearchText;
  layers: string;
}

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 1000;

const now = () => new Date().toISOString();
const num = (v: unknown): number => (v == null ? 0 : Number(v));

/** Inserts rows in chunks that stay under both dialects' bound-parameter limits. */
async function insertChunked<T extends keyof Database & string>(
  db: Db,
  table: T,
  rows: ReadonlyArray<object>,
  conflict: 'nothing' | null,
  backend?: Backend,
): Promise<void> {
  if (rows.length === 0) return;
  if (backend?.insertRows) {
    backend.insertRows(table, rows, conflict === 'nothing' ? 'on conflict do nothing' : '');
    return;
  }
  const cols = Object.keys(rows[0] as object).length;
  const size = Math.max(1, Math.floor(30000 / cols));
  for (let i = 0; i < rows.length; i += size) {
    const chunk = rows.slice(i, i + size);
    // biome-ignore lint/suspicious/noExplicitAny: rows are built per table above
    let q = db.insertInto(table).values(chunk as any);
    if (conflict === 'nothing') q = q.onConflict((oc) => oc.doNothing());
    await q.execute();
  }
}

function encodeCursor(parts: Array<string | number>): string {
  return Buffer.from(JSON.stringify(parts)).toString('base64url');
}

export class CursorError extends Error {
  // By name, so that the server knows it after it crossed a thread (ThreadedReadStore).
  override name = 'CursorError';
}

function decodeCursor(cursor: string): unknown[] {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(v)) return v;
  } catch {
    // fall through
  }
  throw new CursorError('cursor: not a cursor from a previous page');
}

const clampLimit = (limit: number | undefined) =>
  Math.min(Math.max(1, Math.floor(limit ?? DEFAULT_LIMIT)), MAX_LIMIT);

/** The number of events an article (`articles as a`) reports, as the column `events`. */
const eventsOfArticle = (eb: ExpressionBuilder<Database & { a: Database['articles'] }, 'a'>) =>
  eb
    .selectFrom('event_mentions as m')
    .select(sql<number>`count(distinct m.event_id)`.as('n'))
    .whereRef('m.article_id', '=', 'a.id')
    .as('events');

/** "RUS" / "RUSGOV" look like codes (prefix match); anything else is a name or alias. */
const CODE_LIKE = /^[A-Z][A-Z0-9]{2,}$/;

export class KyselyStore implements Store {
  readonly kind: 'sqlite' | 'postgres';
  /** Above this many matching articles, an event full-text filter walks events in date order. */
  fullTextScanAbove = 500;
  /** Above this many events of the filtered actors, an actor filter walks events in date order. */
  actorScanAbove = 1000;

  constructor(
    readonly db: Kysely<Database>,
    readonly backend: Backend,
  ) {
    this.kind = backend.kind;
  }

  async migrate(): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await this.backend.lockForMigration?.(trx);
      await migrate(trx, this.backend);
    });
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }

  /** Whether the database still answers (tells a refused article from a lost server). */
  isReachable(): Promise<boolean> {
    return sql`select 1`.execute(this.db).then(
      () => true,
      () => false,
    );
  }

  /** Which of these content hashes are stored already (ingest skips their extraction). */
  async knownHashes(hashes: string[]): Promise<Set<string>> {
    const known = new Set<string>();
    for (let i = 0; i < hashes.length; i += 5000) {
      const rows = await this.db
        .selectFrom('articles')
        .select('content_hash')
        .where('content_hash', 'in', hashes.slice(i, i + 5000))
        .execute();
      for (const r of rows) known.add(r.content_hash);
    }
    return known;
  }

  /** `rasad follow`'s feeds (its own follow_feeds table), or none when this store was never followed. */
  async followFeeds(): Promise<FeedStatus[]> {
    const { feedStatuses } = await import('../follow/follow-state.js');
    return feedStatuses(this.db);
  }

  async countArticles(): Promise<number> {
    const r = await this.db
      .selectFrom('articles')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    return num(r.n);
  }

  async countEvents(): Promise<number> {
    const r = await this.db
      .selectFrom('events')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    return num(r.n);
  }

  saveArticles(batch: SaveItem[]): Promise<SaveSummary> {
    if (batch.length === 0) return Promise.resolve({ ingested: 0, duplicates: 0 });
    // Pure work first, outside the transaction, so locks are held only for the writes.
    const prepared = this.prepare(batch);
    return this.transaction((trx) => this.saveInTransaction(trx, prepared));
  }

  /** Runs fn in one transaction (retried on the dialect's transient conflicts). */
  transaction<T>(fn: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
    return this.backend.transaction(this.db, fn);
  }

  /** The CPU work of a save (hashes, signatures, search text), done before taking any lock. */
  prepare(batch: SaveItem[]): PreparedItem[] {
    return batch.map((item) => ({
      item,
      hash: item.content_hash ?? contentHash(item.result.title, item.original),
      signature: item.signature !== undefined ? item.signature : minhash(item.result.text),
      search: item.search ?? articleSearchText(item.result),
      layers: item.layers ?? JSON.stringify(layersOf(item.result)),
    }));
  }

  /** Saves a prepared batch inside a caller's transaction (the queue marks its jobs done in the same one). */
  async saveInTransaction(trx: Transaction<Database>, prepared: PreparedItem[]): Promise<SaveSummary> {
    if (prepared.length === 0) return { ingested: 0, duplicates: 0 };
    // 1. Exact duplicates: already stored, or twice in this batch.
    const known = await this.knownHashesIn(
      trx,
      prepared.map((p) => p.hash),
    );
    const fresh: typeof prepared = [];
    for (const p of prepared) {
      if (known.has(p.hash)) continue;
      known.add(p.hash);
      fresh.push(p);
    }
    const duplicates = prepared.length - fresh.length;
    if (fresh.length === 0) return { ingested: 0, duplicates };

    // 2. Ids: a different article under a taken id gets the id with its hash appended.
    const wanted = fresh.map((p) => p.item.result.id);
    const taken = new Set(
      (await trx.selectFrom('articles').select('id').where('id', 'in', wanted).execute()).map((r) => r.id),
    );
    const ids: string[] = [];
    for (const p of fresh) {
      let id = p.item.result.id;
      if (taken.has(id)) id = `${id}~${p.hash.slice(0, 10)}`;
      taken.add(id);
      ids.push(id);
    }

    // 3. Near-duplicates through the LSH bands of the stored articles and of this batch.
    const { stories: storyOf, bandsToStore } = await this.linkNearDuplicates(trx, fresh, ids);

    // 4. Articles.
    const stamp = now();
    const articleRows = fresh.map((p, i) => {
      const r = p.item.result;
      const story = storyOf[i];
      return {
        id: ids[i],
        url: r.url,
        source: r.source,
        published: r.published,
        title: r.title,
        original: p.item.original,
        text: r.text,
        content_hash: p.hash,
        duplicate_of: story === ids[i] ? null : story,
        story_id: story,
        minhash: p.signature ? encodeSignature(p.signature) : null,
        layers: p.layers,
        ingested_at: stamp,
      };
    });
    const inserted = new Map<string, number>();
    if (this.backend.insertRows) {
      const seqs = this.backend.insertRows('articles', articleRows, 'on conflict do nothing');
      articleRows.forEach((r, i) => {
        const seq = seqs[i];
        if (seq != null) inserted.set(r.id, seq);
      });
    }
    for (let i = 0; i < articleRows.length && !this.backend.insertRows; i += 500) {
      const rows = await trx
        .insertInto('articles')
        .values(articleRows.slice(i, i + 500))
        .onConflict((oc) => oc.doNothing())
        .returning(['seq', 'id'])
        .execute();
      for (const r of rows) inserted.set(r.id, num(r.seq));
    }
    // A concurrent writer may have stored the same content a moment ago: those rows were skipped.
    const kept = fresh
      .map((p, i) => ({ p, id: ids[i], story: storyOf[i], seq: inserted.get(ids[i]) }))
      .filter((k) => k.seq !== undefined);

    await this.backend.indexSearchText(
      trx,
      kept.map((k) => ({ seq: k.seq as number, body: k.p.search.body, parts: k.p.search.parts })),
    );
    const keptIndex = new Map(ids.map((id, i) => [id, i]));
    await insertChunked(
      trx,
      'article_bands',
      kept.flatMap((k) =>
        (bandsToStore[keptIndex.get(k.id) as number] ?? []).map((band) => ({ band, article_id: k.id })),
      ),
      'nothing',
      this.backend,
    );

    await this.saveLayers(
      trx,
      kept.map((k) => ({ result: k.p.item.result, id: k.id, story: k.story, seq: k.seq as number })),
    );
    return { ingested: kept.length, duplicates: duplicates + (fresh.length - kept.length) };
  }

  private async knownHashesIn(db: Db, hashes: string[]): Promise<Set<string>> {
    const rows = await db
      .selectFrom('articles')
      .select('content_hash')
      .where('content_hash', 'in', hashes)
      .execute();
    return new Set(rows.map((r) => r.content_hash));
  }

  /**
   * The story id of each fresh article (its own id, or the story of the copy it was taken from), and
   * the band keys to store for it. A bucket keeps one article per story: a copy adds only the bands
   * its story does not hold yet. Buckets then grow with the number of distinct stories, not with the
   * number of copies — without this, a wire story copied thousands of times made every later copy
   * fetch and compare thousands of signatures per band (ingest slowed and grew as the store grew).
   */
  private async linkNearDuplicates(
    db: Db,
    fresh: Array<{ signature: Uint32Array | null }>,
    ids: string[],
  ): Promise<{ stories: string[]; bandsToStore: string[][] }> {
    const allBands = new Map<number, string[]>();
    fresh.forEach((p, i) => {
      if (p.signature) allBands.set(i, bandKeys(p.signature));
    });
    const bandList = [...new Set([...allBands.values()].flat())];
    const stored = new Map<string, { sig: Uint32Array; story: string }>();
    const byBand = new Map<string, string[]>();
    for (let i = 0; i < bandList.length; i += 5000) {
      const rows = await db
        .selectFrom('article_bands as b')
        .innerJoin('articles as a', 'a.id', 'b.article_id')
        .select(['b.band', 'a.id', 'a.minhash', 'a.story_id'])
        .where('b.band', 'in', bandList.slice(i, i + 5000))
        .execute();
      for (const r of rows) {
        if (!r.minhash) continue;
        if (!stored.has(r.id)) stored.set(r.id, { sig: decodeSignature(r.minhash), story: r.story_id });
        const list = byBand.get(r.band);
        if (list) list.push(r.id);
        else byBand.set(r.band, [r.id]);
      }
    }
    const stories: string[] = [];
    const bandsToStore: string[][] = [];
    fresh.forEach((p, i) => {
      let best: { sim: number; story: string } | null = null;
      const bands = allBands.get(i);
      const own: string[] = [];
      if (p.signature && bands) {
        const candidates = new Set(bands.flatMap((b) => byBand.get(b) ?? []));
        for (const c of candidates) {
          const s = stored.get(c);
          if (!s) continue;
          const sim = similarity(p.signature, s.sig);
          // Ties go to the earliest story so that every copy points at one root.
          if (
            sim >= DUPLICATE_THRESHOLD &&
            (!best || sim > best.sim || (sim === best.sim && s.story < best.story))
          ) {
            best = { sim, story: s.story };
          }
        }
        const story = best?.story ?? ids[i];
        stored.set(ids[i], { sig: p.signature, story });
        // Later articles of this batch see this one in the buckets its story did not hold yet.
        for (const b of bands) {
          const list = byBand.get(b);
          if (list?.some((id) => stored.get(id)?.story === story)) continue;
          own.push(b);
          if (list) list.push(ids[i]);
          else byBand.set(b, [ids[i]]);
        }
      }
      stories.push(best?.story ?? ids[i]);
      bandsToStore.push(own);
    });
    return { stories, bandsToStore };
  }

  /** Actors, entities, quotes, dates and events of newly stored articles. */
  private async saveLayers(
    trx: Transaction<Database>,
    articles: Array<{ result: ExtractResult; id: string; story: string; seq: number }>,
  ) {
    const actorRows = new Map<string, Database['actors']>();
    const aliasRows = new Map<string, Database['actor_aliases']>();
    const articleActors: Database['article_actors'][] = [];
    const entities: Database['entities'][] = [];
    const quotes: Database['quotes'][] = [];
    const dates: Database['dates'][] = [];
    const events = new Map<string, Database['events']>();
    const eventActors = new Map<string, Database['event_actors']>();
    const mentions = new Map<string, Database['event_mentions']>();
    const stamp = now();

    for (const { result: r, id: articleId, story, seq } of articles) {
      const local = new Map<string, string>();
      const actorsById = new Map<string, Actor>();
      const entityText = new Map(r.entities.map((e) => [e.id, e.text]));
      for (const a of r.actors) {
        const gid = actorId(a);
        local.set(a.id, gid);
        actorsById.set(a.id, a);
        if (!actorRows.has(gid)) {
          actorRows.set(gid, {
            id: gid,
            name: a.name,
            name_en: a.name_en,
            code: a.code,
            country: a.country,
            sector: a.sector,
            wikidata: a.wikidata,
            roles: JSON.stringify(a.roles ?? []),
            num_events: 0,
            num_articles: 0,
          });
        }
        const names = [a.name, a.name_en, ...a.mentions.map((m) => entityText.get(m))];
        for (const n of names) {
          if (!n || !isAlias(n)) continue;
          const norm = foldName(n);
          if (norm) aliasRows.set(`${gid}\u0000${norm}`, { actor_id: gid, alias_norm: norm, alias: n });
        }
        articleActors.push({ article_id: articleId, actor_id: gid, published: r.published ?? '', seq });
      }
      for (const e of r.entities) {
        entities.push({
          article_id: articleId,
          entity_id: e.id,
          type: e.type,
          start: e.start,
          end: e.end,
          text: e.text,
          actor_id: e.actor ? (local.get(e.actor) ?? null) : null,
        });
      }
      for (const q of r.quotes) {
        quotes.push({
          article_id: articleId,
          start: q.start,
          end: q.end,
          direct: q.direct ? 1 : 0,
          speaker_id: q.speaker ? (local.get(q.speaker) ?? null) : null,
          chain: JSON.stringify(q.chain.map((c) => local.get(c) ?? c)),
        });
      }
      for (const d of r.dates) {
        dates.push({
          article_id: articleId,
          start: d.start,
          end: d.end,
          text: d.text,
          value: d.value,
          until: d.until ?? null,
          granularity: d.granularity,
          calendar: d.calendar,
        });
      }
      const source = r.source ?? articleId;
      for (const e of r.events) {
        const day = e.date ?? r.published ?? null;
        const gid = eventId(eventKey(e, actorsById, day, story));
        const sentence = r.sentences[e.sentence];
        if (!events.has(gid)) {
          events.set(gid, {
            id: gid,
            type: e.type,
            mode: e.mode,
            cameo: e.cameo,
            quad: e.quad,
            date: day,
            day: day ?? UNKNOWN_DAY,
            negated: e.negated ? 1 : 0,
            future: e.future ? 1 : 0,
            article_id: articleId,
            sentence: e.sentence,
            evidence: sentence ? r.text.slice(sentence.start, sentence.end) : '',
            trigger_start: e.trigger.start,
            trigger_end: e.trigger.end,
            trigger_text: e.trigger.text,
            confidence: e.confidence,
            num_mentions: 0,
            num_articles: 0,
            num_sources: 0,
            num_stories: 0,
            added_at: stamp,
            location: e.location ? JSON.stringify(e.location) : null,
            country: e.location?.country ?? null,
          });
        }
        const roles: Array<[string, string[]]> = [
          ['actor', e.actor],
          ['recipient', e.recipient],
          ['reported_by', e.reported_by],
        ];
        for (const [role, list] of roles) {
          list.forEach((localId, position) => {
            const aid = local.get(localId);
            if (aid)
              eventActors.set(`${gid}|${role}|${aid}`, {
                event_id: gid,
                actor_id: aid,
                role,
                position,
                day: day ?? UNKNOWN_DAY,
              });
          });
        }
        mentions.set(`${gid}|${articleId}|${e.sentence}|${e.trigger.start}`, {
          event_id: gid,
          article_id: articleId,
          source,
          story_id: story,
          sentence: e.sentence,
          trigger_start: e.trigger.start,
          article_seq: seq,
        });
      }
    }

    // Rows other writers may share (actors, events) are written in key order, so that two
    // concurrent batches lock them in the same order and cannot deadlock.
    const actorList = [...actorRows.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
    const fast = this.backend.insertRows?.bind(this.backend);
    if (fast)
      fast(
        'actors',
        actorList,
        'on conflict (id) do update set name_en = coalesce(actors.name_en, excluded.name_en), ' +
          'country = coalesce(actors.country, excluded.country), sector = coalesce(actors.sector, excluded.sector)',
      );
    for (let i = 0; i < actorList.length && !fast; i += 1000) {
      await trx
        .insertInto('actors')
        .values(actorList.slice(i, i + 1000))
        .onConflict((oc) =>
          oc.column('id').doUpdateSet((eb) => ({
            name_en: eb.fn.coalesce('actors.name_en', 'excluded.name_en'),
            country: eb.fn.coalesce('actors.country', 'excluded.country'),
            sector: eb.fn.coalesce('actors.sector', 'excluded.sector'),
          })),
        )
        .execute();
    }
    await insertChunked(trx, 'actor_aliases', [...aliasRows.values()], 'nothing', this.backend);
    const newArticleActors = await this.insertNew(trx, 'article_actors', articleActors, [
      'article_id',
      'actor_id',
    ]);
    await insertChunked(trx, 'entities', entities, 'nothing', this.backend);
    await insertChunked(trx, 'quotes', quotes, null, this.backend);
    await insertChunked(trx, 'dates', dates, null, this.backend);

    const eventList = [...events.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
    // Events new to the store, for the per-day counts.
    const added: Array<Database['events']> = [];
    if (fast) {
      // SQLite has one writer at a time: no row lock to take, a stored event is simply kept.
      const rowids = fast('events', eventList, 'on conflict (id) do nothing');
      eventList.forEach((e, i) => {
        if (rowids[i] != null) added.push(e);
      });
    }
    for (let i = 0; i < eventList.length && !fast; i += 500) {
      // "do update" on an existing event takes its row lock, which serializes the count updates below
      // between workers: the second waits, then sees the first one's rows.
      // PostgreSQL: xmax = 0 on a row this statement inserted (not one it updated), so a new event is
      // counted once even when two workers store it at the same moment (the second one waits, then updates).
      const chunk = eventList.slice(i, i + 500);
      const rows = await trx
        .insertInto('events')
        .values(chunk)
        .onConflict((oc) =>
          oc.column('id').doUpdateSet((eb) => ({ num_mentions: eb.ref('events.num_mentions') })),
        )
        .returning(['id', sql<boolean>`(xmax = 0)`.as('inserted')])
        .execute();
      const isNew = new Set(rows.filter((r) => r.inserted === true).map((r) => r.id));
      for (const e of chunk) if (isNew.has(e.id)) added.push(e);
    }

    // Counts grow by what this batch adds: a row that was inserted is new, a row that conflicted
    // was there already. So reruns and concurrent workers never double-count, and no count is
    // recomputed from all of an event's or actor's rows (that grew with the store).
    const addedIds = new Set(added.map((e) => e.id));
    const participants = await this.participantPairs(
      trx,
      eventList.filter((e) => !addedIds.has(e.id)).map((e) => e.id),
    );
    const newEventActors = await this.insertNew(
      trx,
      'event_actors',
      [...eventActors.values()],
      ['event_id', 'role', 'actor_id'],
    );
    const newMentions = await this.insertNew(
      trx,
      'event_mentions',
      [...mentions.values()],
      ['event_id', 'article_id', 'sentence', 'trigger_start'],
    );
    const newSources = await this.insertNew(
      trx,
      'event_sources',
      newMentions.map((m) => ({ event_id: m.event_id, source: m.source })),
      ['event_id', 'source'],
    );
    const newStories = await this.insertNew(
      trx,
      'event_stories',
      newMentions.map((m) => ({ event_id: m.event_id, story_id: m.story_id })),
      ['event_id', 'story_id'],
    );

    const eventCounts = new Counter(4); // mentions, articles, sources, stories
    const eventArticles = new Set<string>();
    for (const m of newMentions) {
      eventCounts.add(m.event_id, 0);
      const key = `${m.event_id}|${m.article_id}`;
      if (!eventArticles.has(key)) {
        eventArticles.add(key);
        eventCounts.add(m.event_id, 1);
      }
    }
    for (const r of newSources) eventCounts.add(r.event_id, 2);
    for (const r of newStories) eventCounts.add(r.event_id, 3);
    await this.addToCounts(
      trx,
      'events',
      ['num_mentions', 'num_articles', 'num_sources', 'num_stories'],
      eventCounts,
    );

    const actorCounts = new Counter(2); // events (as actor or recipient), articles
    for (const ea of newEventActors) {
      if (ea.role === 'reported_by') continue;
      const pair = `${ea.event_id}|${ea.actor_id}`;
      if (participants.has(pair)) continue;
      participants.add(pair);
      actorCounts.add(ea.actor_id, 0);
    }
    for (const aa of newArticleActors) actorCounts.add(aa.actor_id, 1);
    await this.addToCounts(trx, 'actors', ['num_events', 'num_articles'], actorCounts);
    await this.addEventDays(trx, added);
  }

  /**
   * Inserts rows, skipping those whose key is stored already (or repeated in `rows`), and returns
   * the rows that were inserted.
   */
  private async insertNew<R extends object>(
    trx: Transaction<Database>,
    table: keyof Database & string,
    rows: R[],
    key: Array<keyof R & string>,
  ): Promise<R[]> {
    const unique = new Map<string, R>();
    for (const r of rows) {
      const k = key.map((c) => String(r[c])).join('\u0000');
      if (!unique.has(k)) unique.set(k, r);
    }
    const list = [...unique.values()];
    if (list.length === 0) return [];
    if (this.backend.insertRows) {
      const rowids = this.backend.insertRows(table, list, 'on conflict do nothing');
      return list.filter((_, i) => rowids[i] != null);
    }
    const inserted = new Set<string>();
    const size = Math.max(1, Math.floor(30000 / Object.keys(list[0]).length));
    for (let i = 0; i < list.length; i += size) {
      const rows = await trx
        .insertInto(table)
        // biome-ignore lint/suspicious/noExplicitAny: rows are built per table by the caller
        .values(list.slice(i, i + size) as any)
        .onConflict((oc) => oc.doNothing())
        // biome-ignore lint/suspicious/noExplicitAny: the key columns of that table
        .returning(key as any)
        .execute();
      for (const r of rows as Array<Record<string, unknown>>)
        inserted.add(key.map((c) => String(r[c])).join('\u0000'));
    }
    return list.filter((r) => inserted.has(key.map((c) => String(r[c])).join('\u0000')));
  }

  /** `event|actor` for every actor or recipient these (already stored) events have. */
  private async participantPairs(db: Db, eventIds: string[]): Promise<Set<string>> {
    const pairs = new Set<string>();
    for (let i = 0; i < eventIds.length; i += 5000) {
      const rows = await db
        .selectFrom('event_actors')
        .select(['event_id', 'actor_id'])
        .where('event_id', 'in', eventIds.slice(i, i + 5000))
        .where('role', '!=', 'reported_by')
        .execute();
      for (const r of rows) pairs.add(`${r.event_id}|${r.actor_id}`);
    }
    return pairs;
  }

  /** Adds per-row increments to count columns, in id order (workers lock rows in one order). */
  private async addToCounts(
    trx: Transaction<Database>,
    table: 'events' | 'actors',
    columns: string[],
    counts: Counter,
  ): Promise<void> {
    const rows = counts.sorted();
    const size = Math.floor(30000 / (columns.length + 1));
    for (let i = 0; i < rows.length; i += size) {
      const values = rows.slice(i, i + size).map(([id, n]) => sql`(${sql.join([id, ...Array.from(n)])})`);
      // VALUES columns are column1, column2, … in both SQLite and PostgreSQL.
      const sets = columns.map(
        (c, k) =>
          sql`${sql.ref(c)} = ${sql.ref(`${table}.${c}`)} + cast(${sql.ref(`v.column${k + 2}`)} as integer)`,
      );
      await sql`update ${sql.table(table)} set ${sql.join(sets)} from (values ${sql.join(values)}) as v where ${sql.ref(`${table}.id`)} = v.column1`.execute(
        trx,
      );
    }
  }

  /** Adds newly stored events to the per-day counts (rows in key order: no deadlocks between workers). */
  private async addEventDays(trx: Transaction<Database>, added: Array<Database['events']>): Promise<void> {
    const counts = new Map<string, Database['event_days']>();
    for (const e of added) {
      if (e.day === UNKNOWN_DAY) continue;
      const key = `${e.day}|${e.quad}`;
      const c = counts.get(key);
      if (c) c.n++;
      else counts.set(key, { day: e.day, quad: e.quad, n: 1 });
    }
    const rows = [...counts.values()].sort((a, b) =>
      a.day < b.day ? -1 : a.day > b.day ? 1 : a.quad - b.quad,
    );
    for (let i = 0; i < rows.length; i += 2000) {
      await trx
        .insertInto('event_days')
        .values(rows.slice(i, i + 2000))
        .onConflict((oc) => oc.columns(['day', 'quad']).doUpdateSet({ n: sql`event_days.n + excluded.n` }))
        .execute();
    }
  }

  // ---- reading ---------------------------------------------------------------------------------

  /** Ids of actors a filter term names: a code prefix (RUS → RUSGOV, RUSMIL), a global id, or a name or alias. */
  private actorIdsFor(term: string) {
    const norm = foldName(term);
    return this.db
      .selectFrom('actors')
      .select('id')
      .where((eb) => {
        const ors = [
          eb('id', '=', term),
          eb('id', 'in', eb.selectFrom('actor_aliases').select('actor_id').where('alias_norm', '=', norm)),
        ];
        // A range rather than LIKE 'RUS%': both dialects answer it from the index on code.
        if (CODE_LIKE.test(term))
          ors.push(eb.and([eb('code', '>=', term), eb('code', '<', prefixEnd(term))]));
        return eb.or(ors);
      });
  }

  private articleIdsMatching(q: string) {
    const terms = queryTerms(q);
    return this.db
      .selectFrom('articles')
      .select('id')
      .where('seq', 'in', this.backend.matchingSeqs(terms) as Expression<number>);
  }

  /** Whether these actors take part (in this role) in more than actorScanAbove events. */
  private async manyEventsOf(ids: string[], role: 'actor' | 'recipient'): Promise<boolean> {
    const r = await this.db
      .selectFrom('event_actors')
      .select('event_id')
      .where('actor_id', 'in', ids)
      .where('role', '=', role)
      .offset(this.actorScanAbove)
      .limit(1)
      .executeTakeFirst();
    return r !== undefined;
  }

  /** Whether more than fullTextScanAbove articles contain every word of q (stops counting there). */
  private async matchesMany(q: string): Promise<boolean> {
    const terms = queryTerms(q);
    if (terms.length === 0) return false;
    const r = await this.db
      .selectFrom('articles')
      .select('seq')
      .where('seq', 'in', this.backend.matchingSeqs(terms) as Expression<number>)
      .offset(this.fullTextScanAbove)
      .limit(1)
      .executeTakeFirst();
    return r !== undefined;
  }

  async queryEvents(filter: EventFilter): Promise<Page<StoredEvent>> {
    const limit = clampLimit(filter.limit);
    let q = this.db
      .selectFrom('events as e')
      .innerJoin('articles as a', 'a.id', 'e.article_id')
      .selectAll('e')
      .select(['a.url', 'a.source']);
    for (const role of ['actor', 'recipient'] as const) {
      const term = filter[role];
      if (!term) continue;
      // Resolved once: the actor ids a code prefix or a name stands for.
      const ids = (await this.actorIdsFor(term).execute()).map((r) => r.id);
      if (ids.length === 0) return { items: [], next: null };
      if (await this.manyEventsOf(ids, role)) {
        // A busy actor: walk events newest first and keep this actor's (a page after a few rows).
        q = q.where(({ exists, selectFrom }) =>
          exists(
            selectFrom('event_actors as fa')
              .select('fa.event_id')
              .whereRef('fa.event_id', '=', 'e.id')
              .where('fa.role', '=', role)
              .where('fa.actor_id', 'in', ids),
          ),
        );
      } else {
        q = q.where(
          'e.id',
          'in',
          this.db
            .selectFrom('event_actors')
            .select('event_id')
            .where('role', '=', role)
            .where('actor_id', 'in', ids),
        );
      }
    }
    if (filter.type) q = q.where('e.type', '=', filter.type.toUpperCase());
    if (filter.country) q = q.where('e.country', '=', filter.country.toUpperCase());
    if (filter.since) q = q.where('e.day', '>=', filter.since);
    if (filter.until) q = q.where('e.day', '<=', filter.until);
    if (filter.q) {
      if (await this.matchesMany(filter.q)) {
        // A common word: walk the events newest first and keep those reported by a matching article;
        // the first page is found after a few rows instead of collecting and sorting every event.
        const seqs = this.backend.matchingSeqs(queryTerms(filter.q)) as Expression<number>;
        q = q.where(({ exists, selectFrom }) =>
          exists(
            selectFrom('event_mentions as m')
              .select('m.event_id')
              .whereRef('m.event_id', '=', 'e.id')
              // Unary plus: SQLite must test membership in the (once computed) list, not loop over
              // the list probing the index for every mention (240 ms instead of 3 on a common word).
              // The mention's own article_seq (index event_id, article_seq): no articles lookup.
              .where(sql<number>`+${sql.ref('m.article_seq')}`, 'in', seqs),
          ),
        );
      } else {
        q = q.where(
          'e.id',
          'in',
          this.db
            .selectFrom('event_mentions')
            .select('event_id')
            .where('article_id', 'in', this.articleIdsMatching(filter.q)),
        );
      }
    }
    if (filter.cursor) {
      const [day, id] = decodeCursor(filter.cursor);
      if (typeof day !== 'string' || typeof id !== 'string')
        throw new CursorError('cursor: not a cursor from a previous page');
      q = q.where((eb) =>
        eb.or([eb('e.day', '<', day), eb.and([eb('e.day', '=', day), eb('e.id', '>', id)])]),
      );
    }
    const rows = await q
      .orderBy('e.day', 'desc')
      .orderBy('e.id', 'asc')
      .limit(limit + 1)
      .execute();
    const page = rows.slice(0, limit);
    const items = await this.hydrateEvents(page);
    const last = page[page.length - 1];
    return { items, next: rows.length > limit && last ? encodeCursor([last.day, last.id]) : null };
  }

  /** Every event, in a stable order, a page at a time (exports). */
  async *allEvents(pageSize = 1000): AsyncGenerator<StoredEvent> {
    let cursor: string | null = null;
    do {
      const page = await this.queryEvents({ limit: pageSize, cursor });
      yield* page.items;
      cursor = page.next;
    } while (cursor);
  }

  private async hydrateEvents(
    rows: Array<Database['events'] & { url: string | null; source: string | null }>,
  ): Promise<StoredEvent[]> {
    if (rows.length === 0) return [];
    const links = await this.db
      .selectFrom('event_actors as ea')
      .innerJoin('actors as a', 'a.id', 'ea.actor_id')
      .selectAll('a')
      .select(['ea.event_id', 'ea.role', 'ea.position'])
      .where(
        'ea.event_id',
        'in',
        rows.map((r) => r.id),
      )
      .execute();
    const aliases = await this.aliasesOf([...new Set(links.map((l) => l.id))]);
    const byEvent = new Map<
      string,
      { actor: StoredActor[]; recipient: StoredActor[]; reported_by: StoredActor[] }
    >();
    links.sort((a, b) => a.position - b.position);
    for (const l of links) {
      const slot = byEvent.get(l.event_id) ?? { actor: [], recipient: [], reported_by: [] };
      byEvent.set(l.event_id, slot);
      const role = l.role as 'actor' | 'recipient' | 'reported_by';
      slot[role]?.push(toStoredActor(l, aliases.get(l.id) ?? []));
    }
    return rows.map((r) => {
      const slot = byEvent.get(r.id) ?? { actor: [], recipient: [], reported_by: [] };
      return {
        id: r.id,
        type: r.type as StoredEvent['type'],
        mode: r.mode,
        cameo: r.cameo,
        quad: num(r.quad) as StoredEvent['quad'],
        date: r.date,
        negated: num(r.negated) === 1,
        future: num(r.future) === 1,
        sentence: num(r.sentence),
        trigger: { start: num(r.trigger_start), end: num(r.trigger_end), text: r.trigger_text },
        confidence: Number(r.confidence),
        location: r.location ? (JSON.parse(r.location) as StoredEvent['location']) : null,
        article: r.article_id,
        actor: slot.actor,
        recipient: slot.recipient,
        reported_by: slot.reported_by,
        num_articles: num(r.num_articles),
        num_sources: num(r.num_sources),
        num_mentions: num(r.num_mentions),
        num_stories: num(r.num_stories),
        evidence: r.evidence,
        url: r.url,
        source: r.source,
        added_at: r.added_at,
      };
    });
  }

  private async aliasesOf(ids: string[]): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>();
    if (ids.length === 0) return out;
    const rows = await this.db
      .selectFrom('actor_aliases')
      .select(['actor_id', 'alias'])
      .where('actor_id', 'in', ids)
      .execute();
    for (const r of rows) {
      const list = out.get(r.actor_id) ?? [];
      if (!list.includes(r.alias)) list.push(r.alias);
      out.set(r.actor_id, list);
    }
    return out;
  }

  async getArticle(id: string): Promise<StoredArticle | null> {
    const r = await this.db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirst();
    if (!r) return null;
    const layers = JSON.parse(r.layers) as LayersJson;
    return {
      id: r.id,
      title: r.title,
      url: r.url,
      source: r.source,
      published: r.published,
      text: r.text,
      sentences: layers.sentences,
      entities: layers.entities,
      actors: layers.actors,
      dates: layers.dates,
      quotes: layers.quotes,
      events: layers.events,
      original: r.original,
      content_hash: r.content_hash,
      duplicate_of: r.duplicate_of,
      actor_ids: layers.actor_ids,
    };
  }

  async searchArticles(filter: ArticleFilter): Promise<Page<ArticleSummary>> {
    const limit = clampLimit(filter.limit);
    let q = this.db
      .selectFrom('articles as a')
      .select(['a.seq', 'a.id', 'a.title', 'a.url', 'a.source', 'a.published'])
      .select(eventsOfArticle);
    if (filter.q)
      q = q.where('a.seq', 'in', this.backend.matchingSeqs(queryTerms(filter.q)) as Expression<number>);
    if (filter.source) q = q.where('a.source', '=', filter.source);
    if (filter.since) q = q.where('a.published', '>=', filter.since);
    if (filter.until) q = q.where('a.published', '<=', filter.until);
    if (filter.cursor) {
      const [published, seq] = decodeCursor(filter.cursor);
      if (typeof published !== 'string' || typeof seq !== 'number')
        throw new CursorError('cursor: not a cursor from a previous page');
      q = q.where(
        (eb) =>
          eb.or([
            eb(sql`coalesce(a.published, '')`, '<', published),
            eb.and([eb(sql`coalesce(a.published, '')`, '=', published), eb('a.seq', '<', seq)]),
          ]) as Expression<SqlBool>,
      );
    }
    const rows = await q
      .orderBy(sql`coalesce(a.published, '')`, 'desc')
      .orderBy('a.seq', 'desc')
      .limit(limit + 1)
      .execute();
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map((r) => ({
        id: r.id,
        title: r.title,
        url: r.url,
        source: r.source,
        published: r.published,
        events: num(r.events),
      })),
      next: rows.length > limit && last ? encodeCursor([last.published ?? '', num(last.seq)]) : null,
    };
  }

  async listActors(filter: ActorFilter): Promise<Page<StoredActor>> {
    const limit = clampLimit(filter.limit);
    const offset = filter.cursor ? Number(decodeCursor(filter.cursor)[0]) : 0;
    if (!Number.isInteger(offset) || offset < 0)
      throw new CursorError('cursor: not a cursor from a previous page');
    let q = this.db.selectFrom('actors').selectAll();
    if (filter.q) {
      const norm = foldName(filter.q);
      q = q.where((eb) =>
        eb.or([
          eb('code', 'like', `${filter.q?.toUpperCase()}%`),
          eb(
            'id',
            'in',
            eb
              .selectFrom('actor_aliases')
              .select('actor_id')
              .where('alias_norm', 'like', `%${norm.replace(/[%_]/g, '')}%`),
          ),
        ]),
      );
    }
    const rows = await q
      .orderBy('num_events', 'desc')
      .orderBy('id')
      .limit(limit + 1)
      .offset(offset)
      .execute();
    const page = rows.slice(0, limit);
    const aliases = await this.aliasesOf(page.map((r) => r.id));
    return {
      items: page.map((r) => toStoredActor(r, aliases.get(r.id) ?? [])),
      next: rows.length > limit ? encodeCursor([offset + limit]) : null,
    };
  }

  async getActor(id: string): Promise<StoredActor | null> {
    const r = await this.db.selectFrom('actors').selectAll().where('id', '=', id).executeTakeFirst();
    if (!r) return null;
    return toStoredActor(r, (await this.aliasesOf([id])).get(id) ?? []);
  }

  async actorRelations(
    actorId: string,
    range: { since?: string; until?: string },
  ): Promise<ActorRelations | null> {
    const actor = await this.getActor(actorId);
    if (!actor) return null;
    const inRange = <T extends { where: (...a: never[]) => T }>(qb: T, col: string): T => {
      let out = qb;
      // biome-ignore lint/suspicious/noExplicitAny: a column of the joined tables
      if (range.since) out = (out as any).where(col, '>=', range.since);
      // biome-ignore lint/suspicious/noExplicitAny: as above
      if (range.until) out = (out as any).where(col, '<=', range.until);
      return out;
    };
    const counterpartRows = await inRange(
      this.db
        .selectFrom('event_actors as me')
        .innerJoin('event_actors as other', 'other.event_id', 'me.event_id')
        .innerJoin('events as e', 'e.id', 'me.event_id')
        .select('other.actor_id')
        .select(sql<number>`count(distinct e.id)`.as('n'))
        .select(sql<number>`count(distinct case when e.quad <= 2 then e.id end)`.as('coop'))
        .select(sql<number>`count(distinct case when e.quad >= 3 then e.id end)`.as('conf'))
        .where('me.actor_id', '=', actorId)
        .where('me.role', '!=', 'reported_by')
        .where('other.role', '!=', 'reported_by')
        .where('other.actor_id', '!=', actorId),
      'e.day',
    )
      .groupBy('other.actor_id')
      .orderBy('n', 'desc')
      .limit(50)
      .execute();
    const others = counterpartRows.length
      ? await this.db
          .selectFrom('actors')
          .selectAll()
          .where(
            'id',
            'in',
            counterpartRows.map((r) => r.actor_id),
          )
          .execute()
      : [];
    const otherAliases = await this.aliasesOf(others.map((o) => o.id));
    const otherById = new Map(others.map((o) => [o.id, toStoredActor(o, otherAliases.get(o.id) ?? [])]));

    const mine = () =>
      inRange(
        this.db
          .selectFrom('event_actors as me')
          .innerJoin('events as e', 'e.id', 'me.event_id')
          .where('me.actor_id', '=', actorId)
          .where('me.role', '!=', 'reported_by'),
        'e.day',
      );
    // One pass over the actor's events gives both the event types and the months.
    const myEvents = await mine().select(['e.id', 'e.type', 'e.quad', 'e.day']).execute();
    const seen = new Set<string>();
    const typeCounts = new Map<string, number>();
    const months = new Map<string, TimelineBucket>();
    for (const r of myEvents) {
      if (seen.has(r.id)) continue; // actor and recipient of one event
      seen.add(r.id);
      typeCounts.set(r.type, (typeCounts.get(r.type) ?? 0) + 1);
      if (r.day.startsWith('0000')) continue;
      const period = `${r.day.slice(0, 7)}-01`;
      let b = months.get(period);
      if (!b) {
        b = { period, quad1: 0, quad2: 0, quad3: 0, quad4: 0 };
        months.set(period, b);
      }
      addQuad(b, num(r.quad), 1);
    }
    const typeRows = [...typeCounts]
      .map(([type, n]) => ({ type, n }))
      .sort((a, b) => b.n - a.n || (a.type < b.type ? -1 : 1));
    // The actor's latest articles straight off the index (actor_id, published, seq): the 20 first
    // entries, not a sort of every article that names the actor (tens of thousands for a country).
    let latest = this.db
      .selectFrom('article_actors')
      .select('article_id')
      .where('actor_id', '=', actorId)
      .orderBy('published', 'desc')
      .orderBy('seq', 'desc')
      .limit(20);
    if (range.since) latest = latest.where('published', '>=', range.since);
    if (range.until) latest = latest.where('published', '<=', range.until).where('published', '!=', '');
    const latestIds = (await latest.execute()).map((r) => r.article_id);
    const articleRows = latestIds.length
      ? await this.db
          .selectFrom('articles as a')
          .select(['a.id', 'a.title', 'a.url', 'a.source', 'a.published', 'a.seq'])
          .select(eventsOfArticle)
          .where('a.id', 'in', latestIds)
          .orderBy(sql`coalesce(a.published, '')`, 'desc')
          .orderBy('a.seq', 'desc')
          .execute()
      : [];
    return {
      actor,
      counterparts: counterpartRows
        .filter((r) => otherById.has(r.actor_id))
        .map((r) => ({
          actor: otherById.get(r.actor_id) as StoredActor,
          events: num(r.n),
          cooperation: num(r.coop),
          conflict: num(r.conf),
        })),
      types: typeRows.map((r) => ({ type: r.type, events: num(r.n) })),
      over_time: [...months.values()].sort((a, b) => (a.period < b.period ? -1 : 1)),
      articles: articleRows.map((r) => ({
        id: r.id,
        title: r.title,
        url: r.url,
        source: r.source,
        published: r.published,
        events: num(r.events),
      })),
    };
  }

  async timeline(range: {
    since?: string;
    until?: string;
    interval: 'day' | 'week';
    actor?: string;
  }): Promise<TimelineBucket[]> {
    if (!range.actor) {
      let d = this.db.selectFrom('event_days').select(['day', 'quad', 'n']);
      if (range.since) d = d.where('day', '>=', range.since);
      if (range.until) d = d.where('day', '<=', range.until);
      return bucketed(await d.execute(), range.interval);
    }
    let q = this.db
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
        this.db
          .selectFrom('event_actors')
          .select('event_id')
          .where('role', '!=', 'reported_by')
          .where('actor_id', 'in', this.actorIdsFor(range.actor)),
      );
    }
    return bucketed(await q.groupBy(['e.day', 'e.quad']).execute(), range.interval);
  }
}

// Pronouns and demonstratives («او», «این وزارتخانه») reach actors through coreference; as aliases
// they would make every actor answer to «او».
const NOT_NAMES = new Set(['او', 'وی', 'ایشان', 'آنها', 'آن‌ها', 'آنان', 'وی را', 'خود', 'ما', 'شما', 'من']);
function isAlias(text: string): boolean {
  const t = text.trim();
  return t.length >= 2 && !NOT_NAMES.has(t) && !/^(این|آن|همین|همان)[\s\u200c]/.test(t);
}

/** The smallest string above every string that starts with prefix ('RUS' → 'RUT'). */
function prefixEnd(prefix: string): string {
  return prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
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

function addQuad(b: TimelineBucket, quad: number, n: number): void {
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

function toStoredActor(r: Database['actors'], aliases: string[]): StoredActor {
  return {
    id: r.id,
    name: r.name,
    name_en: r.name_en,
    code: r.code,
    country: r.country,
    sector: r.sector,
    wikidata: r.wikidata,
    roles: JSON.parse(r.roles) as string[],
    aliases,
    events: num(r.num_events),
    articles: num(r.num_articles),
  };
}

/** Per-id integer increments for a few count columns. */
class Counter {
  private readonly rows = new Map<string, Int32Array>();
  constructor(private readonly width: number) {}
  add(id: string, column: number): void {
    let r = this.rows.get(id);
    if (!r) {
      r = new Int32Array(this.width);
      this.rows.set(id, r);
    }
    r[column]++;
  }
  sorted(): Array<[string, Int32Array]> {
    return [...this.rows.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  }
}
