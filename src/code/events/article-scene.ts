// The country an article's events happen in, when a sentence does not say it (branch ev-conflict).
//
// Translated wire stories («پلیس یک مرد ۳۲ ساله را … دستگیر کرد»، «معترضان … تظاهرات کردند») name the
// city once, in the lead, and then report arrests and protests of unnamed people for many sentences:
// the sentence, the two before and the dateline give those people no country, so the act is dropped.
// The scene of such a story is the country its places name most often; a crowd or a suspect with no
// country of its own is taken to be there. Only a clear majority counts: a story naming two countries
// equally often (a visit, a war between two states) has no single scene.
// Not the same question as src/resolve/actors/article-state.ts, which asks whose bodies a bare title
// names (and so counts a state's people and organisations too, at the actor stage): this one asks where
// the article's acts take place, from the linked place mentions only.
import type { PlaceMention } from '../../resolve/places/index.js';

/** How many scene mentions a country needs before it is the article's scene. */
const MIN_MENTIONS = 2;

/**
 * The country the scene mentions (`scene` filters them) name most often, at least MIN_MENTIONS times
 * and more often than every other country together; else null.
 */
export function articleSceneCountry(
  places: readonly PlaceMention[],
  scene: (m: PlaceMention) => boolean,
): string | null {
  const counts = new Map<string, number>();
  let total = 0;
  for (const m of places) {
    if (!scene(m)) continue;
    counts.set(m.place.country, (counts.get(m.place.country) ?? 0) + 1);
    total++;
  }
  let best: string | null = null;
  let most = 0;
  for (const [c, n] of counts)
    if (n > most) {
      best = c;
      most = n;
    }
  return best && most >= MIN_MENTIONS && most * 2 > total ? best : null;
}
