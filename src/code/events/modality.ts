// Negation and modality are read, not ignored: «نمی‌خواهد … انتقاد کند» and «به رسمیت نشناخته است»
// are no events; «قرار است … دیدار کند», «خواهد کرد», «می‌خواهد …» and a subjunctive verb are plans
// (future); «اگر …» and «آیا …» are hypothetical.
import type { GrammarLexicon } from '../grammar/grammar-lexicon.js';
import type { SentenceView } from '../grammar/sentence-view.js';
import { readVerb } from '../grammar/verb-forms.js';
import type { TriggerHit } from './find-triggers.js';

export interface Modality {
  negated: boolean;
  future: boolean;
  hypothetical: boolean;
}

/** How far back (in words) a modal verb or marker governs a trigger. */
const MODAL_REACH = 12;
const CLAUSE_EDGE = new Set([':', '«', '»', '.', '؟', '?', '!']);

export function readModality(view: SentenceView, hit: TriggerHit, g: GrammarLexicon): Modality {
  const { words } = view;
  const out: Modality = { negated: false, future: false, hypothetical: false };
  const v = hit.verb;
  if (v) {
    if (v.negated) out.negated = true;
    // «به رسمیت شناختن قبرس» (an infinitive) names an act as a topic or a condition; it reports none.
    if (v.form === 'infinitive') out.hypothetical = true;
    // A present-stem verb without «می» is subjunctive: wanted, planned or conditional, not done.
    if (v.stem === 'present' && v.prefix !== 'می' && v.prefix !== 'نمی') out.future = true;
    if (v.stem === 'present' && hit.trigger.presentIsFuture) out.future = true;
    const aux = words[hit.verbAt - 1]?.key;
    if (aux && v.stem === 'past' && v.form === 'finite' && v.prefix === '') {
      const r = readVerb(g.verbs, 'خواستن', aux);
      if (r && r.stem === 'present' && (r.prefix === '' || r.prefix === 'ن')) {
        out.future = true;
        if (r.negated) out.negated = true;
      }
    }
  }
  // «طرح حمله»، «هرگونه حمله»، «احتمال حمله»: a noun after these is a plan, a risk or a hypothesis.
  if (!hit.pattern.hasVerb) {
    for (const phrase of g.nonFactualBefore) {
      const at = hit.first - phrase.length;
      if (at >= 0 && phrase.every((k, j) => words[at + j].key === k)) out.hypothetical = true;
    }
  }
  // Walk back through the clause, and two words into the governing clause when this one is opened
  // by «که» («نمی‌خواهد که … انتقاد کند»).
  const c0 = view.clause[hit.first];
  const floor = view.clauseOpener[c0] === 'که' ? view.clauseStart[c0] - 2 : view.clauseStart[c0];
  for (let w = hit.first - 1; w >= Math.max(0, floor, hit.first - MODAL_REACH); w--) {
    const key = words[w].key;
    if (CLAUSE_EDGE.has(key)) break;
    if (g.hypotheticalMarkers.has(key)) out.hypothetical = true;
    if (g.negativeQuantifiers.has(key) && !hit.pattern.hasVerb && w >= hit.first - 3) out.negated = true;
    for (const marker of g.futureMarkers) {
      if (marker.length && w + marker.length <= hit.first && marker.every((k, j) => words[w + j].key === k))
        out.future = true;
    }
    for (const modal of g.intentModals) {
      if (modal.startsWith('@')) {
        const r = readVerb(g.verbs, modal.slice(1), key);
        if (r && r.stem === 'present' && r.form === 'finite') {
          if (r.negated) out.negated = true;
          else out.future = true;
        }
      } else if (key === modal) {
        if (key.startsWith('ن')) out.negated = true;
        else out.future = true;
      }
    }
  }
  return out;
}
