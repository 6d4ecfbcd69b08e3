// «دولت پاکستان باید تروریست‌ها را تحویل دهد» said by X, «X تاکید کرد که روسیه نباید به ابزار غرب
// تبدیل شود», «بوش: سوریه بایستی حامیان صدام را اخراج کند»: a clause of obligation whose subject is an
// actor, in what a speaker says, is the speaker's demand of that actor (PLOVER REQUEST), though no
// request verb is written. The speaker is the quote's (src/resolve/quotes: direct and reported speech)
// or the headline's; the lexicon is lexicon/events/demands.json.
import type { SentenceView } from '../../grammar/sentence-view.js';
import { clauseSubjects } from '../../grammar/subject.js';
import { wordKey } from '../../grammar/word-key.js';
import { readKnowledgeJson } from '../../knowledge/files.js';
import { DemandsFile } from '../../knowledge/schemas/events.js';
import { checkKnowledge } from '../../knowledge/validate.js';
import type { TriggerHit } from './find-triggers.js';
import { conditionAt, conditionClause, type ModalityLexicon } from './modality.js';

export interface DemandLexicon {
  modals: Set<string>;
  cameo: string;
  verbReach: number;
  notDemands: Set<string>;
  /** Phrases (word keys) opening a noun clause. */
  nounClauseOpeners: string[][];
  /** Word keys read around a role in apposition to a quote speaker (speaker-affiliation.ts). */
  apposition: { notLinks: Set<string>; pronouns: Set<string>; institutionLink: string };
}

let cached: DemandLexicon | null = null;
export function demandLexicon(): DemandLexicon {
  if (cached) return cached;
  const file = 'lexicon/events/demands.json';
  const d = checkKnowledge(DemandsFile, readKnowledgeJson(file), file);
  const words = (list: string[]): string[] => list.map((x) => x.split(/\s+/).map(wordKey).join(' '));
  cached = {
    modals: new Set(words(d.modals)),
    cameo: d.cameo,
    verbReach: d.verbReach,
    notDemands: new Set(words(d.notDemands)),
    nounClauseOpeners: words(d.nounClauseOpeners).map((p) => p.split(' ')),
    apposition: {
      notLinks: new Set(words(d.apposition.notLinks)),
      pronouns: new Set(words(d.apposition.pronouns)),
      institutionLink: wordKey(d.apposition.institutionLink),
    },
  };
  return cached;
}

export interface ModalDemand {
  /** The modal word and the clause's verb. */
  first: number;
  last: number;
  actor: string;
  recipients: string[];
}

export function modalDemands(
  view: SentenceView,
  hits: readonly TriggerHit[],
  speakerAt: (word: number) => string | null,
  isRequest: (hit: TriggerHit) => boolean,
  codeOf: (id: string) => string | null,
  m: ModalityLexicon,
  lex: DemandLexicon = demandLexicon(),
): ModalDemand[] {
  const out: ModalDemand[] = [];
  const n = view.words.length;
  // A question («آیا آمریکا باید …؟») asks, it does not demand.
  if (view.words[n - 1]?.key === '؟' || view.words[n - 1]?.key === '?') return out;
  for (let w = 0; w < n; w++) {
    if (!lex.modals.has(view.words[w].key)) continue;
    const c = view.clause[w];
    let verbAt = -1;
    for (let x = w + 1; x < n && x <= w + lex.verbReach && view.clause[x] === c; x++)
      if (view.verb[x]) {
        verbAt = x;
        break;
      }
    if (verbAt < 0 || lex.notDemands.has(view.words[verbAt].key)) continue;
    const subjects = clauseSubjects(view, w);
    if (subjects.length === 0) continue;
    const from = subjects[0].first;
    // A trigger pattern that takes the modal in its own words reads the clause itself («باید … متوقف
    // شود»), as does a request verb in it; any other trigger after the modal is what is demanded (not
    // an event: modality.ts), and the demand is the event.
    if (hits.some((h) => h.last >= from && h.first <= verbAt && (h.first <= w || isRequest(h)))) continue;
    // A condition («اگر X باید …») or its consequence is no demand made.
    let conditional = conditionClause(view, w, m) >= 0;
    for (let x = view.clauseStart[c]; x < w && !conditional; x++) conditional = conditionAt(view, x, m);
    if (conditional) continue;
    // «اینکه رئیس‌جمهور باید بیاید، علامت خوبی است»: a noun clause names a necessity.
    let nounClause = false;
    for (let x = Math.max(0, view.clauseStart[c] - 2); x < from && !nounClause; x++)
      nounClause = lex.nounClauseOpeners.some((p) => p.every((k, j) => view.words[x + j]?.key === k));
    if (nounClause) continue;
    const speaker = speakerAt(w);
    const own = speaker ? codeOf(speaker) : null;
    if (!speaker || !own) continue;
    // «ایران باید …» said by an Iranian official: the speaker's own side exhorts itself.
    const recipients = [
      ...new Set(
        subjects
          .map((s) => s.actor)
          .filter((id) => {
            const code = codeOf(id);
            return id !== speaker && code !== null && !own.startsWith(code);
          }),
      ),
    ];
    if (recipients.length === 0) continue;
    out.push({ first: w, last: verbAt, actor: speaker, recipients });
    w = verbAt;
  }
  return out;
}
