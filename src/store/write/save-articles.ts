// Saving a batch of articles: exact duplicates by content hash, ids, near-duplicates, the article
// rows and their search text; then their layers (save-layers.ts). Idempotent: a batch saved twice
// stores nothing the second time.
import type { Transaction } from 'kysely';
import { layersOf } from '../article-rows.js';
import type { Backend, Db } from '../backend.js';
import { contentHash } from '../content-hash.js';
import { encodeSignature, minhash } from '../near-duplicate.js';
import { num } from '../query/page.js';
import type { Database } from '../schema.js';
import { articleSearchText, type SearchText } from '../search-text.js';
import type { SaveItem, SaveSummary } from '../types.js';
import { insertChunked, now } from './insert.js';
import { linkNearDuplicates } from './near-duplicates.js';
import { saveLayers } from './save-layers.js';

/** A batch item with its CPU work done (hash, signature, search text, layers JSON). */
export interface PreparedItem {
  item: SaveItem;
  hash: string;
  signature: Uint32Array | null;
  search: SearchText;
  layers: string;
}

/** The CPU work of a save (hashes, signatures, search text), done before taking any lock. */
export function prepareBatch(batch: SaveItem[]): PreparedItem[] {
  return batch.map((item) => ({
    item,
    hash: item.content_hash ?? contentHash(item.result.title, item.original),
    signature: item.signature !== undefined ? item.signature : minhash(item.result.text),
    search: item.search ?? articleSearchText(item.result),
    layers: item.layers ?? JSON.stringify(layersOf(item.result)),
  }));
}

/** Saves a prepared batch inside a caller's transaction (the queue marks its jobs done in the same one). */
export async function saveInTransaction(
  backend: Backend,
  trx: Transaction<Database>,
  prepared: PreparedItem[],
): Promise<SaveSummary> {
  if (prepared.length === 0) return { ingested: 0, duplicates: 0 };
  // 1. Exact duplicates: already stored, or twice in this batch.
  const known = await knownHashesIn(
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
  const { stories: storyOf, bandsToStore } = await linkNearDuplicates(trx, fresh, ids);

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
  if (backend.insertRows) {
    const seqs = backend.insertRows('articles', articleRows, 'on conflict do nothing');
    articleRows.forEach((r, i) => {
      const seq = seqs[i];
      if (seq != null) inserted.set(r.id, seq);
    });
  }
  for (let i = 0; i < articleRows.length && !backend.insertRows; i += 500) {
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

  await backend.indexSearchText(
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
    backend,
  );

  await saveLayers(
    backend,
    trx,
    kept.map((k) => ({ result: k.p.item.result, id: k.id, story: k.story, seq: k.seq as number })),
  );
  return { ingested: kept.length, duplicates: duplicates + (fresh.length - kept.length) };
}

async function knownHashesIn(db: Db, hashes: string[]): Promise<Set<string>> {
  const rows = await db
    .selectFrom('articles')
    .select('content_hash')
    .where('content_hash', 'in', hashes)
    .execute();
  return new Set(rows.map((r) => r.content_hash));
}
