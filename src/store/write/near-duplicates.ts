// Near-duplicates of a batch's fresh articles, through the LSH bands of the stored articles and of
// the batch itself (src/store/near-duplicate.ts holds the signatures and the threshold).
import type { Db } from '../backend.js';
import { bandKeys, DUPLICATE_THRESHOLD, decodeSignature, similarity } from '../near-duplicate.js';

/**
 * The story id of each fresh article (its own id, or the story of the copy it was taken from), and
 * the band keys to store for it. A bucket keeps one article per story: a copy adds only the bands
 * its story does not hold yet. Buckets then grow with the number of distinct stories, not with the
 * number of copies — without this, a wire story copied thousands of times made every later copy
 * fetch and compare thousands of signatures per band (ingest slowed and grew as the store grew).
 */
export async function linkNearDuplicates(
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
