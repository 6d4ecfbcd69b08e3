// A lookup for the event coder and the quote finder: which actor a span of text refers to.
import type { Actor, Doc, Entity } from '../../doc.js';

/**
 * The actor whose mention covers the span [start, end) (the tightest such mention); else one whose
 * mention overlaps it; else the actor of the nearest mention ending at or before `start` in the
 * same sentence. Null when none. Spans are UTF-16 offsets into doc.text, like every layer.
 */
export function actorAt(doc: Doc, start: number, end: number): Actor | null {
  const byId = new Map(doc.actors.map((a) => [a.id, a]));
  const withActor = doc.entities.filter(
    (e): e is Entity & { actor: string } => e.actor !== null && byId.has(e.actor),
  );
  const covering = withActor
    .filter((e) => e.start <= start && end <= e.end)
    .sort((a, b) => a.end - a.start - (b.end - b.start));
  if (covering[0]) return byId.get(covering[0].actor) ?? null;
  const overlapping = withActor
    .filter((e) => e.start < end && start < e.end)
    .sort((a, b) => a.start - b.start);
  if (overlapping[0]) return byId.get(overlapping[0].actor) ?? null;
  const sentence = doc.sentences.find((s) => s.start <= start && start < s.end);
  let best: (Entity & { actor: string }) | null = null;
  for (const e of withActor) {
    if (e.end > start) continue;
    if (sentence && e.start < sentence.start) continue;
    if (!best || e.end > best.end) best = e;
  }
  return best ? (byId.get(best.actor) ?? null) : null;
}

/** Every entity that mentions the actor, in text order. */
export function mentionsOf(doc: Doc, actorId: string): Entity[] {
  return doc.entities.filter((e) => e.actor === actorId).sort((a, b) => a.start - b.start);
}
