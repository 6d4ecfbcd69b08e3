// Places: gazetteer mentions linked to LOC entities. An entity the tagger or the actor lexicon
// already found over the same words gets the entry's id (`place`); a mention no entity covers
// becomes a new LOC entity (source `gazetteer`). Mentions inside another entity (the «افغانستان» of
// «وزیر خارجه افغانستان») stay mentions only: they are the office's owner, not a LOC.
import type { Doc, Entity } from '../../doc.js';
import { findPlaces, overlapIndex, type PlaceMention } from './recognize.js';

export {
  admin1Name,
  lookupPlaces,
  type Place,
  parseGazetteer,
  placeCountry,
  placeGazetteer,
} from './gazetteer.js';
export { findPlaces, overlapIndex, type PlaceCue, type PlaceMention } from './recognize.js';

/** Finds the article's places and links them to its entities; returns the mentions. */
export function linkPlaces(doc: Doc): PlaceMention[] {
  const mentions = findPlaces(doc);
  let next = doc.entities.length + 1;
  const taken = new Set(doc.entities.map((e) => e.id));
  const added: Entity[] = [];
  const entitiesAt = overlapIndex(doc.entities);
  for (const m of mentions) {
    const over = entitiesAt(m.start, m.end);
    if (over.length === 0) {
      while (taken.has(`e${next}`)) next++;
      const id = `e${next++}`;
      taken.add(id);
      added.push({
        id,
        type: 'LOC',
        start: m.start,
        end: m.end,
        text: m.text,
        actor: null,
        source: 'gazetteer',
        place: m.place.id,
      });
      continue;
    }
    for (const e of over) {
      const same = e.start >= m.start - 1 && e.end <= m.end + 1;
      // The tagger's «دوشنبه» after «در» is the city, not the weekday (the date layer found no date there).
      const cued = m.cue === 'in' || m.cue === 'head';
      if (same && cued && e.source === 'tagger' && e.type !== 'LOC' && e.actor === null) e.type = 'LOC';
      if (e.type === 'LOC' && same && e.place == null) {
        e.place = m.place.id;
        // The tagger cut the name short («ولسوالی» of «ولسوالی اچین»): the gazetteer's entry is the
        // surer boundary, so a lone tagger entity inside the mention takes the mention's span.
        if (over.length === 1 && e.source === 'tagger' && (e.start > m.start || e.end < m.end)) {
          e.start = m.start;
          e.end = m.end;
          e.text = m.text;
        }
      }
    }
  }
  if (added.length > 0)
    doc.entities = [...doc.entities, ...added].sort((a, b) => a.start - b.start || a.end - b.end);
  return mentions;
}
