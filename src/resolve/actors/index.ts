// Actors: the entity ruler (lexicon + title patterns, before the tagger) and actor resolution with
// codes, roles and coreference (after the tagger). See docs/lexicon.md for the lexicon files.
import type { Doc, PipelineOptions } from '../../doc.js';
import { addCoreferences } from './coreference.js';
import { startResolution } from './resolve.js';

export { actorAt, mentionsOf } from './actor-at.js';
export { actorLexicon } from './lexicon-index.js';
export { LexiconError } from './lexicon-schema.js';
export { nextEntityNumber, recognizeLexiconEntities } from '../../recognize/ruler/ruler.js';

/** Entities → actors with codes and roles; coreference of later mentions (runs after the tagger). */
export function resolveActors(doc: Doc, options: PipelineOptions): void {
  const res = startResolution(doc, options);
  const entities = [...doc.entities].sort((a, b) => a.start - b.start);
  res.findAppositions(entities);
  for (const e of entities) {
    if (e.actor) continue;
    const rec = res.entityActor(e);
    if (rec) res.link(e, rec);
  }
  addCoreferences(res);
  // Actors made only as the owner of a phrase (طالبان inside «وزارت خارجه طالبان») but never
  // mentioned on their own are dropped; ids are renumbered so they stay a1, a2 … in text order.
  const kept = res.records.filter((r) => r.actor.mentions.length > 0);
  const startOf = new Map(doc.entities.map((e) => [e.id, e.start]));
  const firstMention = (r: (typeof kept)[number]) => {
    let min = Number.POSITIVE_INFINITY;
    for (const id of r.actor.mentions) min = Math.min(min, startOf.get(id) ?? 0);
    return min;
  };
  kept.sort((a, b) => firstMention(a) - firstMention(b));
  const renamed = new Map<string, string>();
  kept.forEach((r, i) => {
    renamed.set(r.actor.id, `a${i + 1}`);
    r.actor.id = `a${i + 1}`;
  });
  for (const e of doc.entities) if (e.actor) e.actor = renamed.get(e.actor) ?? null;
  doc.entities.sort((a, b) => a.start - b.start);
  const order = new Map(doc.entities.map((e, i) => [e.id, i]));
  for (const r of kept) {
    r.actor.mentions.sort((x, y) => (order.get(x) ?? 0) - (order.get(y) ?? 0));
  }
  doc.actors = kept.map((r) => r.actor);
}
