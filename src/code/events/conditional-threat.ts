// «اگر آمریکا به ایران حمله کند، پاسخ قاطعی خواهیم داد»: a retaliation announced in the consequence of
// a condition is a threat (PLOVER THREATEN, CAMEO 130) by the speaker against the condition's subject,
// even though no trigger pattern covers «پاسخ دادن» (it is no event outside a condition).
import type { GrammarLexicon } from '../../grammar/grammar-lexicon.js';
import type { SentenceView } from '../../grammar/sentence-view.js';
import { clauseSubjects } from '../../grammar/subject.js';
import type { TriggerHit } from './find-triggers.js';
import { conditionClause, futureAux, type ModalityLexicon } from './modality.js';

export interface ConditionalThreat {
  first: number;
  last: number;
  actors: string[];
  recipients: string[];
  /** The actor is the quote's or headline's speaker, not a subject of the clause. */
  fromSpeaker: boolean;
}

/** How far (in words) after the response noun its future verb may stand. */
const RESPONSE_VERB_REACH = 5;

export function conditionalThreats(
  view: SentenceView,
  hits: readonly TriggerHit[],
  g: GrammarLexicon,
  m: ModalityLexicon,
  speakerAt: (word: number) => string | null,
): ConditionalThreat[] {
  const out: ConditionalThreat[] = [];
  const covered = new Uint8Array(view.words.length);
  for (const h of hits) covered.fill(1, h.first, h.last + 1);
  for (let w = 0; w < view.words.length; w++) {
    if (covered[w] || !m.responses.has(view.words[w].key)) continue;
    const k = conditionClause(view, w, m);
    if (k < 0) continue;
    const c = view.clause[w];
    let verbAt = -1;
    for (let x = w + 1; x < view.words.length && x <= w + RESPONSE_VERB_REACH && view.clause[x] === c; x++) {
      const aux = futureAux(view.words[x].key, g);
      if (aux) {
        if (!aux.negated) verbAt = x + 1 < view.words.length ? x + 1 : x;
        break;
      }
      if (view.verb[x]) break;
    }
    if (verbAt < 0) continue;
    const recipients = new Set<string>();
    for (const s of view.actors)
      if (s.first > w && s.last < verbAt && s.prep === 'به') recipients.add(s.actor);
    if (recipients.size === 0) {
      const condEnd = view.clauseStart[k + 1] ?? view.words.length;
      for (const s of clauseSubjects(view, condEnd, view.clauseStart[k])) recipients.add(s.actor);
    }
    const subjects = clauseSubjects(view, w).map((s) => s.actor);
    const speaker = speakerAt(w);
    const actors = subjects.length ? subjects : speaker ? [speaker] : [];
    out.push({
      first: w,
      last: verbAt,
      actors: actors.filter((a) => !recipients.has(a)),
      recipients: [...recipients].filter((r) => !actors.includes(r)),
      fromSpeaker: subjects.length === 0,
    });
    w = verbAt;
  }
  return out;
}
