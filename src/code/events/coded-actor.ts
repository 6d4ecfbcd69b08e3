// An actor the event coder infers rather than reads («رهبران دو کشور» → KORGOV, «شش نفر» → ESPOPP,
// «علیه مسکو» → RUS): the article's actor with that code when it has one, else a new actor added to
// the document under the next free id, named by the words it was inferred from.
import type { Actor, Doc } from '../../doc.js';

export function codedActor(
  doc: Doc,
  code: string,
  country: string,
  sector: string | null,
  name: string,
): { id: string; added: boolean } {
  const known = doc.actors.find((a) => a.code === code);
  if (known) return { id: known.id, added: false };
  let max = 0;
  for (const a of doc.actors) {
    const n = Number(a.id.slice(1));
    if (Number.isFinite(n) && n > max) max = n;
  }
  const actor: Actor = {
    id: `a${max + 1}`,
    name,
    name_en: null,
    code,
    country,
    sector,
    wikidata: null,
    roles: [],
    mentions: [],
  };
  doc.actors.push(actor);
  return { id: actor.id, added: true };
}
