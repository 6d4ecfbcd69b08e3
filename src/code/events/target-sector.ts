// The sector of a state struck through its installations (lexicon/events/target-sectors.json):
// «به مواضع مرزی هند حمله کردند» reads the state (IND) as the genitive of the target phrase, but the
// attack struck the state's forces (INDMIL). A recipient coded as a bare state whose name follows a
// head noun of the lexicon (with at most `reach` modifiers between) becomes the state with the head's
// sector. Heads naming people or forces («نیروهای هند») are the actor lexicon's, which codes them.

import type { Doc } from '../../doc.js';
import type { SentenceView } from '../../grammar/sentence-view.js';
import { wordKey } from '../../grammar/word-key.js';
import { readKnowledgeJson } from '../../knowledge/files.js';
import { TargetSectorsFile } from '../../knowledge/schemas/events.js';
import { checkKnowledge } from '../../knowledge/validate.js';
import { codedActor } from './coded-actor.js';
import { isBareStateCode } from '../../resolve/actors/dated-codes.js';

const FILE = 'lexicon/events/target-sectors.json';

interface TargetSectors {
  reach: number;
  /** Head word-key sequences (joined by a space) → sector. */
  heads: Map<string, string>;
  longest: number;
}

let cache: TargetSectors | null = null;

function targetSectors(): TargetSectors {
  if (cache) return cache;
  const d = checkKnowledge(TargetSectorsFile, readKnowledgeJson(FILE), FILE);
  const heads = new Map<string, string>();
  let longest = 1;
  for (const g of d.heads)
    for (const w of g.words) {
      const keys = w.split(/\s+/).map(wordKey);
      heads.set(keys.join(' '), g.sector);
      longest = Math.max(longest, keys.length);
    }
  cache = { reach: d.reach, heads, longest };
  return cache;
}

/** The sector of the head noun ending at most `reach` words before word `first`, or null. */
function headSector(view: SentenceView, first: number, t: TargetSectors): string | null {
  for (let end = first - 1; end >= Math.max(0, first - 1 - t.reach); end--)
    for (let n = t.longest; n >= 1; n--) {
      const from = end - n + 1;
      if (from < 0) continue;
      const key = view.words
        .slice(from, end + 1)
        .map((w) => w.key)
        .join(' ');
      const sector = t.heads.get(key);
      if (sector) return sector;
    }
  return null;
}

/**
 * The recipients of an attack with each bare state named as the genitive of an installation head
 * replaced by that state's sector actor (added to the document when it has none). `setCode` records
 * the new actor's code for the caller.
 */
export function withTargetSectors(
  doc: Doc,
  view: SentenceView,
  recipients: readonly string[],
  codeOf: (id: string) => string,
  setCode: (id: string, code: string) => void,
): string[] {
  const t = targetSectors();
  return recipients.map((id) => {
    const code = codeOf(id);
    if (!isBareStateCode(code)) return id;
    const slot = view.actors.find((s) => s.actor === id);
    if (!slot) return id;
    const sector = headSector(view, slot.first, t);
    if (!sector) return id;
    const name = doc.text.slice(view.words[Math.max(0, slot.first - 1)].start, view.words[slot.last].end);
    const actor = codedActor(doc, `${code}${sector}`, code, sector, name);
    setCode(actor.id, `${code}${sector}`);
    return actor.id;
  });
}
