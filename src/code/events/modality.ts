// Negation and modality are read, not ignored: «نمی‌خواهد … انتقاد کند» and «به رسمیت نشناخته است»
// are no events; «قرار است … دیدار کند», «خواهد کرد», «می‌خواهد …» and a subjunctive verb are plans
// (future); «اگر …» and «آیا …» are hypothetical.
import type { PloverType } from '../../doc.js';
import type { GrammarLexicon } from '../../grammar/grammar-lexicon.js';
import type { SentenceView } from '../../grammar/sentence-view.js';
import { readVerb } from '../../grammar/verb-forms.js';
import { wordKey } from '../../grammar/word-key.js';
import { readKnowledgeJson } from '../../knowledge/files.js';
import { ploverOntology } from '../../knowledge/ontology.js';
import { ModalityFile } from '../../knowledge/schemas/others.js';
import { checkKnowledge, errorAt } from '../../knowledge/validate.js';
import type { TriggerHit } from './find-triggers.js';

export interface Modality {
  negated: boolean;
  future: boolean;
  hypothetical: boolean;
  /** The trigger stands in the consequence of a condition («اگر …، پاسخ خواهیم داد»). */
  conditional: boolean;
  /** The words of that condition (first, last), whose parties the threat is addressed to. */
  condition?: { first: number; last: number };
  /** The act lies before the reported time (pluperfect, «پیش از این»): dated by the text or not at all. */
  background: boolean;
  /** The trigger ends in a copula («خواستار … است»): a standing position rather than an act. */
  stance: boolean;
  /** The trigger's verb is a past progressive («سرزنش می‌کردند»): a past course or state, not a dated act. */
  progressive: boolean;
}

/** lexicon/modality/modality.json, compiled (see its _doc). */
export interface ModalityLexicon {
  realization: Array<{ noun: string; lemma: string }>;
  /** Words or phrases opening a condition («اگر»، «در صورت»). */
  conditions: string[][];
  responses: Set<string>;
  background: string[][];
  /** Phrases opening a sentence of background («این در حالی است که»): it gives no day to the article's news. */
  backgroundOpeners: string[][];
  /** Copulas that make a trigger a standing position («خواستار … است»), and the types for which it is no event. */
  stanceCopulas: Set<string>;
  stanceTypes: Set<PloverType>;
  threatOf: Map<PloverType, string>;
  /** Types threatened only when announced in the consequence of a condition («اگر … از حق وتو استفاده خواهیم کرد»). */
  conditionalThreatOf: Map<PloverType, string>;
  /** Verbs whose indicative present takes no «می» («دارد»، «است»): bare, they are not subjunctive. */
  indicativeBare: Set<string>;
  /** Words before an infinitive trigger that make it the manner of the main act («با متهم کردن …»). */
  mannerBefore: Set<string>;
}

let cachedModality: ModalityLexicon | null = null;

export function compileModality(data: unknown, file = 'lexicon/modality/modality.json'): ModalityLexicon {
  const d = checkKnowledge(ModalityFile, data, file);
  const list = (field: 'conditions' | 'responses' | 'background'): string[] => d[field];
  const real = d.realization;
  type Optional = 'backgroundOpeners' | 'stanceCopulas' | 'stanceTypes' | 'indicativeBare' | 'mannerBefore';
  const optionalList = (field: Optional): string[] => d[field] ?? [];
  const codeMap = (field: 'conditionalThreatOf'): Map<PloverType, string> =>
    new Map(Object.entries(d[field] ?? {}) as Array<[PloverType, string]>);
  const threat = d.threatOf;
  const keys = (text: string) => text.split(/\s+/).filter(Boolean).map(wordKey);
  return {
    realization: (real as Array<{ noun: string; lemma: string }>).map((r) => ({
      noun: wordKey(r.noun),
      lemma: r.lemma,
    })),
    conditions: list('conditions').map(keys),
    responses: new Set(list('responses').map(wordKey)),
    background: list('background').map(keys),
    backgroundOpeners: optionalList('backgroundOpeners').map(keys),
    stanceCopulas: new Set(optionalList('stanceCopulas').map(wordKey)),
    stanceTypes: new Set(
      optionalList('stanceTypes').map((t, i) => {
        if (!(t in ploverOntology().quad))
          throw errorAt(file, d, ['stanceTypes', `${i}`], `${JSON.stringify(t)} is not a PLOVER type`);
        return t as PloverType;
      }),
    ),
    threatOf: new Map(Object.entries(threat as Record<string, string>) as Array<[PloverType, string]>),
    conditionalThreatOf: codeMap('conditionalThreatOf'),
    indicativeBare: new Set(optionalList('indicativeBare')),
    mannerBefore: new Set(optionalList('mannerBefore').map(wordKey)),
  };
}

export function modalityLexicon(): ModalityLexicon {
  cachedModality ??= compileModality(readKnowledgeJson('lexicon/modality/modality.json'));
  return cachedModality;
}

/** How far back (in words) a modal verb or marker governs a trigger. */
const MODAL_REACH = 12;
const CLAUSE_EDGE = new Set([':', '«', '»', '.', '؟', '?', '!']);

/** How far (in words) after a noun trigger its realization verb («… صورت نخواهد گرفت») may stand. */
const REALIZATION_REACH = 12;
/** How far (in words) before a trigger a background marker («پیش از این») governs it. */
const BACKGROUND_REACH = 20;
/** How many clauses back a condition («اگر …») governs a consequence. */
const CONDITION_CLAUSES = 3;
const PAST_BE = new Set(['بود', 'بودند', 'بودیم', 'بودم', 'بودی', 'بودید', 'نبود', 'نبودند']);

/** A word is the future auxiliary «خواهد/نخواهد …». */
export function futureAux(key: string, g: GrammarLexicon): { negated: boolean } | null {
  const r = readVerb(g.verbs, 'خواستن', key);
  return r && r.stem === 'present' && r.form === 'finite' && (r.prefix === '' || r.prefix === 'ن')
    ? { negated: r.negated }
    : null;
}

/**
 * «دیدار … صورت نخواهد گرفت»، «نشست … برگزار خواهد شد»: the first verb after a noun trigger in its
 * clause, when it is a light verb of happening, says whether the act happens.
 */
function realization(
  view: SentenceView,
  hit: TriggerHit,
  g: GrammarLexicon,
  m: ModalityLexicon,
): { negated: boolean; future: boolean } | null {
  const { words } = view;
  const c = view.clause[hit.first];
  for (let w = hit.last + 1; w < words.length && w <= hit.last + REALIZATION_REACH; w++) {
    if (view.clause[w] !== c) return null;
    const aux = futureAux(words[w].key, g);
    if (!view.verb[w] && !aux) continue;
    const verbAt = aux && w + 1 < words.length ? w + 1 : w;
    const nounAt = aux ? w - 1 : w - 1;
    for (const r of m.realization) {
      if (words[nounAt]?.key !== r.noun) continue;
      const v = readVerb(g.verbs, r.lemma, words[verbAt].key);
      if (!v) continue;
      return {
        negated: v.negated || (aux?.negated ?? false),
        future: !!aux || v.stem === 'present',
      };
    }
    return null;
  }
  return null;
}

/** The clause of `hit` follows a condition clause («اگر آمریکا حمله کند، …») of the same sentence. */
export function conditionClause(view: SentenceView, first: number, m: ModalityLexicon): number {
  const c = view.clause[first];
  for (let k = c - 1; k >= 0 && k >= c - CONDITION_CLAUSES; k--) {
    const start = view.clauseStart[k];
    const end = view.clauseStart[k + 1];
    for (let w = start; w < Math.min(end, start + 3); w++) if (conditionAt(view, w, m)) return k;
  }
  return -1;
}

/** The words from `w` on are a condition word or phrase («اگر»، «در صورت»). */
export function conditionAt(view: SentenceView, w: number, m: ModalityLexicon): boolean {
  return m.conditions.some((phrase) => phrase.every((k, j) => view.words[w + j]?.key === k));
}

/** A modal word («باید»، «می‌تواند») stands among the trigger's own words, before its verb. */
function modalWithin(view: SentenceView, hit: TriggerHit, g: GrammarLexicon): boolean {
  for (let w = hit.first; w < hit.verbAt; w++) {
    const key = view.words[w].key;
    for (const modal of g.intentModals) {
      if (modal.startsWith('@') ? !!readVerb(g.verbs, modal.slice(1), key) : key === modal) return true;
    }
  }
  return false;
}

export function readModality(
  view: SentenceView,
  hit: TriggerHit,
  g: GrammarLexicon,
  m: ModalityLexicon = modalityLexicon(),
): Modality {
  const { words } = view;
  const out: Modality = {
    negated: false,
    future: false,
    hypothetical: false,
    conditional: false,
    background: false,
    stance: m.stanceCopulas.has(words[hit.last].key),
    progressive: false,
  };
  if (!hit.pattern.hasVerb) {
    const r = realization(view, hit, g, m);
    if (r?.negated) out.negated = true;
    if (r?.future) out.future = true;
  }
  if (hit.verb && PAST_BE.has(words[hit.verbAt + 1]?.key ?? '')) out.background = true;
  {
    const c = view.clause[hit.first];
    const from = Math.max(view.clauseStart[c], hit.first - BACKGROUND_REACH);
    for (let w = from; w < hit.first && !out.background; w++)
      for (const phrase of m.background)
        if (phrase.every((k, j) => words[w + j]?.key === k)) out.background = true;
  }
  {
    const k = conditionClause(view, hit.first, m);
    if (k >= 0) {
      out.conditional = true;
      out.condition = { first: view.clauseStart[k], last: (view.clauseStart[k + 1] ?? words.length) - 1 };
    }
  }
  const v = hit.verb;
  if (v) {
    if (v.negated) out.negated = true;
    if (v.stem === 'past' && v.form === 'finite' && (v.prefix === 'می' || v.prefix === 'نمی'))
      out.progressive = true;
    // «به رسمیت شناختن قبرس» (an infinitive) names an act as a topic or a condition; it reports none.
    // «با متهم کردن ارمنستان …»، «ضمن محکوم کردن …»: an infinitive that is the manner of the main act happened.
    if (v.form === 'infinitive' && !m.mannerBefore.has(words[hit.first - 1]?.key ?? ''))
      out.hypothetical = true;
    // A present-stem verb without «می» is subjunctive: wanted, planned or conditional, not done.
    // «انتظار دارد»، «آماده است»: «داشتن» and «بودن» take no «می» in the indicative.
    // «باید … متوقف شود»: a modal inside the pattern's own words makes the subjunctive its meaning (a
    // demand), not a plan.
    if (
      v.stem === 'present' &&
      v.prefix !== 'می' &&
      v.prefix !== 'نمی' &&
      !m.indicativeBare.has(v.lemma) &&
      !modalWithin(view, hit, g)
    )
      out.future = true;
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
  // A finite verb between a condition word and the trigger ends the condition («اگر … نباشد از حق
  // وتو استفاده خواهیم کرد»): the trigger is its consequence, conditional, not hypothetical.
  let verbBetween = -1;
  let commaBetween = false;
  for (let w = hit.first - 1; w >= Math.max(0, floor, hit.first - MODAL_REACH); w--) {
    const key = words[w].key;
    if (CLAUSE_EDGE.has(key)) break;
    if (verbBetween >= 0 && conditionAt(view, w, m)) {
      out.conditional = true;
      out.condition = { first: w, last: verbBetween };
    } else if (g.hypotheticalMarkers.has(key)) out.hypothetical = true;
    // «در صورتی که تل‌آویو به فکر حمله به ایران بیفتد»: with no verb or comma between, the trigger
    // stands inside the condition itself (a phrase of several words, which the one-word markers above
    // do not see); «در صورت حمله آمریکا، به آمریکا حمله خواهیم کرد»: after the comma, its consequence.
    else if (verbBetween < 0 && !commaBetween && conditionAt(view, w, m)) out.hypothetical = true;
    if (key === '،') commaBetween = true;
    if (view.verb[w] && verbBetween < 0) verbBetween = w;
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
