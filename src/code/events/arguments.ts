// Who did it to whom, from the argument markers a trigger declares (docs/events.md):
//   subject        the clause subject before the verb (coordinated subjects all taken; a dropped
//                  subject is inherited from an earlier clause or from the quote's speaker)
//   verb-subject   the same, but only when the pattern that matched has a verb (not a bare noun)
//   genitive       the actor right after a noun trigger («حمله گروه داعش»، «دیدار ظریف با …»)
//   را             the object before the verb («حکومت این گروه را به رسمیت نشناخت»)
//   با, از, به …   the actor of a phrase with that preposition before the trigger, in its clause
//   after:به …     the same after a noun trigger («حمله … به وزارت خارجه طالبان»)
//   complement     the subject of the clause right after the trigger («ظریف انتظار دارد آمریکا به
//                  تعهدات خود عمل کند»: the one expected to act)

import type { Static } from '@sinclair/typebox';
import { grammarLexicon } from '../../grammar/grammar-lexicon.js';
import {
  type ActorSlot,
  isNumeralWord,
  isRelativeClause,
  RESUMED,
  type SentenceView,
  slotFrom,
} from '../../grammar/sentence-view.js';
import { clauseSubjects, dedupeActors, inheritedSubjects } from '../../grammar/subject.js';
import { readAnyVerb } from '../../grammar/verb-forms.js';
import { wordKey } from '../../grammar/word-key.js';
import { ArgumentsFile } from '../../knowledge/schemas/events.js';
import { readCheckedJson } from '../../knowledge/schemas/index.js';
import { knowledgeError } from '../../knowledge/validate.js';
import { anaphorAlternatives, anaphorOtherThan } from '../../resolve/coreference/index.js';
import { endsInObjectInfinitive, governedPrepositions, withPassiveRoles } from './argument-roles.js';
import type { TriggerHit } from './find-triggers.js';
import { type GroupReference, groupArguments } from './group-reference.js';
import { relativeAntecedent } from './relative-subject.js';
import { compactKey } from './speaker-affiliation.js';

/** lexicon/events/arguments.json: the words the argument reader uses beyond the trigger markers. */
export interface ArgumentLexicon {
  /** Quantity nouns before «از X» inside an object: X is the object («شماری از رهبران القاعده را»). */
  partitiveHeads: Set<string>;
  /** Phrases (word keys) meaning the two sides already named («طرفین»، «رهبران دو کشور»). */
  bothParties: string[][];
  /** Prepositions whose phrase names both sides («میان X و Y»، «بین X و Y»), as word keys. */
  betweenPrepositions: Set<string>;
  /** Reciprocal pronouns («با یکدیگر»): the subjects act on one another. */
  reciprocals: Set<string>;
  /** Actor codes that name no one (UAF): the side is resolved but emitted empty. */
  unidentifiedCodes: Set<string>;
  /** Phrases (word keys) opening a news attribution («به گزارش X»): its actors are no arguments. */
  attributionPhrases: string[][];
  /** First words of the attribution phrases, to skip every other word at once. */
  attributionFirst: Set<string>;
  /** Phrases (word keys) whose actor does a passive act («توسط X»، «به دست X»، «از طرف X»). */
  agentPhrases: string[][];
  /**
   * PLOVER types coded with an empty side, per missing side (`noActor`: the actor list is empty;
   * `noRecipient`: the recipient list is): `always` kept, `never` kept, otherwise kept only when the
   * trigger's clause names no other party.
   */
  oneSided: Record<'noActor' | 'noRecipient', OneSidedPolicy>;
  /** Preposition (word key) → the prepositions that mark the same argument («علیه» → «ضد»). */
  prepositionEquivalents: Map<string, string[]>;
  /** CAMEO codes of travel (a visit, a planned trip): a place after «به» or in the gap is the host's state. */
  destinationCameos: Set<string>;
  /** Words that may open the destination in the gap of a `destinationGap` trigger («شهر»، «کشور»). */
  destinationHeads: Set<string>;
  /** Prepositions whose phrase never holds the head of an object noun phrase («در عراق»، «با X»). */
  objectHeadNotIn: Set<string>;
  /** Singular titles (compact keys) that stand before a person's name as part of it («رئیس جمهور X»). */
  titlesBeforeName: Set<string>;
}

export interface OneSidedPolicy {
  always: Set<string>;
  never: Set<string>;
}

let argumentLexiconCache: ArgumentLexicon | null = null;
const ARGUMENTS_FILE = 'lexicon/events/arguments.json';

/** A PLOVER type both always and never kept with an empty side: a check the schema cannot state. */
function oneSidedOf(o: Static<typeof ArgumentsFile>['oneSided']): ArgumentLexicon['oneSided'] {
  const policy = (side: 'noActor' | 'noRecipient'): OneSidedPolicy => {
    const out = { always: new Set(o[side].always), never: new Set(o[side].never) };
    const both = [...out.always].filter((t) => out.never.has(t));
    if (both.length)
      throw knowledgeError(ARGUMENTS_FILE, `oneSided.${side}`, `${both.join(', ')} both always and never`);
    return out;
  };
  return { noActor: policy('noActor'), noRecipient: policy('noRecipient') };
}

export function argumentLexicon(): ArgumentLexicon {
  if (argumentLexiconCache) return argumentLexiconCache;
  const raw = readCheckedJson(ARGUMENTS_FILE, ArgumentsFile);
  const phrase = (p: string): string[] => p.split(/[\s\u200c]+/).map(wordKey);
  argumentLexiconCache = {
    partitiveHeads: new Set(raw.partitiveHeads.map(wordKey)),
    bothParties: raw.bothParties.map(phrase),
    betweenPrepositions: new Set(raw.betweenPrepositions.map(wordKey)),
    reciprocals: new Set(raw.reciprocals.map(wordKey)),
    unidentifiedCodes: new Set(raw.unidentifiedCodes),
    attributionPhrases: raw.attributionPhrases.map(phrase),
    attributionFirst: new Set(raw.attributionPhrases.map((p) => wordKey(p.split(/[\s\u200c]+/)[0]))),
    destinationCameos: new Set(raw.destinationCameos),
    destinationHeads: new Set(raw.destinationHeads.map(wordKey)),
    objectHeadNotIn: new Set(raw.objectHeadNotIn.map(wordKey)),
    // Compared without spaces and joiners («رئیس‌جمهور» = «رئیس جمهور»), as title-apposition.ts compares.
    titlesBeforeName: new Set(raw.titlesBeforeName.map(compactKey)),
    oneSided: oneSidedOf(raw.oneSided),
    agentPhrases: raw.agentPhrases.map(phrase),
    prepositionEquivalents: new Map(
      Object.entries(raw.prepositionEquivalents ?? {}).map(([prep, others]) => [
        wordKey(prep),
        others.map(wordKey),
      ]),
    ),
  };
  return argumentLexiconCache;
}

export type ArgumentSource = 'direct' | 'inherited' | 'speaker' | 'none';

export interface Arguments {
  actors: string[];
  recipients: string[];
  actorSource: ArgumentSource;
  /** The parties act on each other (reciprocal pronoun, «میان A و B»): one event, actor → the others. */
  mutual: boolean;
  /**
   * The subject is «طرفین»، «رهبران دو کشور» … and no actor was found: the act is between the two
   * parties of the act reported just before (the caller knows them).
   */
  bothParties: boolean;
  /**
   * A group reference («رهبران دو کشور»، «طرفین») standing as the actor or the recipient where none
   * was found: the caller resolves it to the parties named before (group-reference.ts).
   */
  groupActor: GroupReference | null;
  groupRecipient: GroupReference | null;
}

/** How far (in words) a news attribution («به گزارش خبرگزاری فارس از مسکو») may run before its comma. */
const ATTRIBUTION_REACH = 15;

/**
 * The view without the actors standing in a news attribution («به گزارش X،»، «به نقل از X»): the
 * agency or reporter passes the words on and is no argument of the act reported (it is not the «به»
 * target of «… زیر گرفت»). The attribution runs to the next comma or colon (without one, over its first name only).
 */
export function withoutAttributions(view: SentenceView): SentenceView {
  const cached = attributionFree.get(view);
  if (cached) return cached;
  const lex = argumentLexicon();
  const phrases = lex.attributionPhrases;
  let inside: Uint8Array | null = null;
  for (let w = 0; w < view.words.length; w++) {
    if (!lex.attributionFirst.has(view.words[w].key)) continue;
    const p = phrases.find((ph) => ph.every((key, j) => view.words[w + j]?.key === key));
    if (!p) continue;
    const c = view.clause[w];
    let end = -1;
    for (let x = w + p.length; x < view.words.length && x - w <= ATTRIBUTION_REACH; x++) {
      const key = view.words[x].key;
      if (key === '.' || view.clause[x] !== c) break;
      if (key === '،' || key === ':') {
        end = x - 1;
        break;
      }
    }
    // «به گزارش Washington Examiner وزیر کشور آمریکا اعلام کرد»: with no comma, only the first name
    // after the phrase is the source.
    if (end < 0) end = view.actors[slotFrom(view, w + p.length)]?.last ?? -1;
    if (end < w) continue;
    inside ??= new Uint8Array(view.words.length);
    for (let x = w; x <= end; x++) inside[x] = 1;
  }
  const marks = inside;
  const out = marks ? { ...view, actors: view.actors.filter((s) => !marks[s.first]) } : view;
  attributionFree.set(view, out);
  return out;
}
const attributionFree = new WeakMap<SentenceView, SentenceView>();

/** How far (in words) an argument after a noun trigger may stand. */
const AFTER_REACH = 10;
/** How far (in words) a prepositional argument before a trigger may stand. */
const BEFORE_REACH = 30;
/** How far (in words) the head of an object noun phrase may stand before a phrase inside it. */
const OBJECT_HEAD_REACH = 4;
const STOP = new Set(['،', ':', '«', '»', '.', '؛']);

const QUOTE_MARK = new Set(['«', '»', '"']);

/** How many words a name in guillemets right after a trigger may have. */
const NAME_WORDS = 6;

/**
 * The last word where a genitive actor may begin: three words on, or, when a name the tagger did not
 * link stands in guillemets right after the trigger, three words after its closing mark: «دیدار «مان
 * موهان سینگ» نخست وزیر هند با …» is the prime minister's meeting.
 */
function genitiveReach(view: SentenceView, last: number): number {
  const open = view.words[last + 1]?.key;
  if (open === '«' || open === '"') {
    const close = open === '«' ? '»' : '"';
    for (let w = last + 2; w < view.words.length && w <= last + 2 + NAME_WORDS; w++)
      if (view.words[w].key === close) return w + 3;
  }
  return last + 3;
}

function genitive(view: SentenceView, hit: TriggerHit): ActorSlot[] {
  const ownPrep = view.prep[hit.first];
  const k0 = slotFrom(view, hit.last + 1);
  const slot = view.actors[k0];
  if (!slot || slot.first > genitiveReach(view, hit.last)) return [];
  for (let w = hit.last + 1; w < slot.first; w++) {
    const key = view.words[w].key;
    if (QUOTE_MARK.has(key)) continue; // «فرانسوآ اولاند»: Fars sets names in guillemets
    if (STOP.has(key) || view.verb[w] || (view.prep[w] !== null && view.prep[w] !== ownPrep)) return [];
  }
  // «حمله‌های خونین عراق» is where, not who: a place after an attack noun is its perpetrator only
  // when a target follows («حمله اسرائیل به غزه»).
  if (
    slot.type === 'LOC' &&
    hit.trigger.merge === 'attack' &&
    !hit.trigger.recipient.some((m) => m.startsWith('after:') && byMarker(view, hit, m).length > 0)
  )
    return [];
  if (slot.prep !== null && slot.prep !== ownPrep) return [];
  // «گفت‌وگوی تلفنی «اولاند» رئیس‌جمهور فرانسه و «کامرون» …»: coordinated genitives (after an
  // apposition of at most a few words) are all taken.
  const out = [slot];
  let reach = slot.last;
  for (let k = k0 + 1; k < view.actors.length && out.length < 4; k++) {
    const next = view.actors[k];
    if (next.first - reach > 6 || next.prep !== slot.prep) break;
    let w = next.first - 1;
    while (w > reach && QUOTE_MARK.has(view.words[w].key)) w--;
    if (view.words[w].key !== 'و') {
      // Not coordinated: an apposition of the last one («اولاند» رئیس‌جمهور فرانسه): skip it.
      reach = next.last;
      continue;
    }
    let clean = true;
    for (let x = reach + 1; x < w; x++) {
      const key = view.words[x].key;
      if (!QUOTE_MARK.has(key) && (STOP.has(key) || view.verb[x] || view.prep[x] !== null)) clean = false;
    }
    if (!clean) break;
    out.push(next);
    reach = next.last;
  }
  return out;
}

// Arguments «before» a trigger may also stand inside its gap: «نشست با این گروه برگزار کرد».
/** Index of the last object slot of clause `clause` before the trigger, or -1. */
function lastObjectIn(view: SentenceView, hit: TriggerHit, clause: number): number {
  let at = -1;
  for (
    let k = slotFrom(view, Math.max(view.clauseStart[clause], hit.first - BEFORE_REACH));
    k < view.actors.length;
    k++
  ) {
    const slot = view.actors[k];
    if (slot.last >= hit.last) break;
    if (slot.object && view.clause[slot.first] === clause) at = k;
  }
  return at;
}

function objectBefore(view: SentenceView, hit: TriggerHit): ActorSlot[] {
  let c = view.clause[hit.first];
  let foundAt = lastObjectIn(view, hit, c);
  // «اقدامات آمریکا را که … غیرقانونی است، محکوم کرد»: the object stands before the relative clause
  // that interrupts its clause (the clause resumes at the verb).
  const outer = foundAt < 0 ? interruptedClause(view, c) : -1;
  if (outer >= 0) {
    foundAt = lastObjectIn(view, hit, outer);
    c = outer;
  }
  if (foundAt < 0) return [];
  const found = view.actors[foundAt];
  // «شماری از رهبران القاعده را بازداشت کرد»: a quantity noun before «از X» makes X the object.
  if (found.prep === 'از' && partitive(view, found)) return [found];
  // «مواضع داعش در عراق را هدف قرار داد»: an object inside a phrase («در عراق») is where, not whom;
  // the head of the object's noun phrase is the actor just before that phrase.
  if (found.prep !== null) {
    const head = foundAt > 0 ? view.actors[foundAt - 1] : null;
    // «طی چند ماه گذشته چندین بار ایران را تهدید کرده‌اند»: with no head before it, an object after
    // a phrase that is not a place («طی»، «پس از»، «به دلیل») is the object itself: the phrase ended before it.
    const alone = found.prep !== 'در' ? [found] : [];
    // The head may stand in a phrase itself when the object's noun opens it («سیاست موسوم به فشار
    // حداکثری آمریکا بر ایران را»، «اتهام‌زنی علیه سوریه از تریبون ترکیه را»), but not in a place phrase
    // («در عراق») nor a companion or topic phrase («در رابطه با گروهک … در عراق را»: on dev the one
    // such head is not whom the act is aimed at).
    if (
      !head ||
      (head.prep !== null && argumentLexicon().objectHeadNotIn.has(head.prep)) ||
      head.object ||
      found.first - head.last > OBJECT_HEAD_REACH
    )
      return alone;
    // Only the phrase stands between them: in «وزیر خارجه ایران حمله به سوریه را محکوم کرد» the noun
    // «حمله» heads the object, and the subject before it is no part of it.
    for (let w = head.last + 1; w < found.first; w++)
      if (STOP.has(view.words[w].key) || view.verb[w] || view.clause[w] !== c || view.prep[w] === null)
        return alone;
    return [head];
  }
  // «A و B را»: objects joined by «و» (flagged by the sentence view) are all taken.
  const out = [found];
  for (let k = foundAt - 1; k >= 0 && out.length < 4; k--) {
    const slot = view.actors[k];
    if (!slot.object || slot.prep !== null || out[0].first - slot.last > 4) break;
    if (view.clause[slot.first] !== c) break;
    out.unshift(slot);
  }
  return out;
}

/** The «از» phrase of `slot` opens right after a quantity noun («شماری از …»، «یکی از …»، «۱۰ تن از …»). */
function partitive(view: SentenceView, slot: ActorSlot): boolean {
  let w = slot.first - 1;
  while (w >= 0 && view.words[w].key !== 'از' && slot.first - w <= 3) w--;
  if (w < 1 || view.words[w].key !== 'از') return false;
  return argumentLexicon().partitiveHeads.has(view.words[w - 1].key);
}

/**
 * Actors standing bare (outside any phrase, not an object) inside a discontinuous trigger's gap: with
 * `inGap` in the trigger, they are its actor or recipient («مورد انتقاد شدید روسیه قرار گرفت»). A slot
 * the trigger's first word opens counts too: in «سفیر بحرین … به وزارت خارجه فراخوانده شد» the
 * pattern begins with the envoy's title, so the envoy is no subject before the trigger.
 */
function bareInGap(view: SentenceView, hit: TriggerHit): ActorSlot[] {
  const out: ActorSlot[] = [];
  for (let k = slotFrom(view, hit.first); k < view.actors.length; k++) {
    const slot = view.actors[k];
    if (slot.last >= hit.last) break;
    if (slot.prep === null && !slot.object) out.push(slot);
  }
  return out;
}

/** A «both sides» phrase («طرفین»، «رهبران دو کشور») outside any phrase in the trigger's clause, before it. */
function bothPartiesSubject(view: SentenceView, hit: TriggerHit): boolean {
  const c = view.clause[hit.first];
  const phrases = argumentLexicon().bothParties;
  for (let w = Math.max(view.clauseStart[c], hit.first - BEFORE_REACH); w < hit.first; w++) {
    if (view.prep[w] !== null) continue;
    for (const p of phrases) {
      if (w + p.length > hit.first) continue;
      let ok = true;
      for (let j = 0; j < p.length && ok; j++) ok = view.words[w + j].key === p[j];
      if (ok) return true;
    }
  }
  return false;
}

/**
 * The clause a clause resuming after a relative clause continues: «از X که … پذیرفته‌اند، انتقاد کرد»
 * (the «از» phrase stands before the relative clause). -1 when the clause resumes nothing.
 */
function interruptedClause(view: SentenceView, c: number): number {
  // «X که … پذیرفته‌اند، انتقاد کرد»: a relative clause on a noun (no verb before its «که»), closed by a comma.
  if (view.clauseOpener[c] === '،' && c >= 2 && view.clauseOpener[c - 1] === 'که') {
    const before = view.clauseStart[c - 1] - 1;
    return before >= 0 && !view.verb[before] ? c - 2 : -1;
  }
  if (view.clauseOpener[c] !== RESUMED) return -1;
  let k = c - 1;
  while (k > 0 && view.clauseOpener[k] === 'که') k--;
  return k < c - 1 ? k : -1;
}

function prepBefore(view: SentenceView, hit: TriggerHit, prep: string): ActorSlot[] {
  const c = view.clause[hit.first];
  const outer = interruptedClause(view, c);
  const from = outer >= 0 ? view.clauseStart[outer] : view.clauseStart[c];
  const lo = Math.max(from, hit.first - BEFORE_REACH);
  let nearest = -1;
  for (let k = slotFrom(view, lo); k < view.actors.length; k++) {
    const slot = view.actors[k];
    if (slot.last >= hit.last) break;
    const sc = view.clause[slot.first];
    if (slot.first >= lo && slot.prep === prep && (sc === c || sc === outer)) nearest = k;
  }
  if (nearest < 0) return partitiveInPhrase(view, hit, prep, lo, c, outer);
  // «با A و B دیدار کرد»، «از پاکستان، عربستان و مصر»: coordinated members of the same phrase.
  const out = [view.actors[nearest]];
  for (let k = nearest - 1; k >= 0 && out.length < 8; k--) {
    const slot = view.actors[k];
    if (slot.prep !== prep) break;
    // «عربستان سعودی، امارات عربی متحده و کویت»: the joint may follow a word or two of a name the
    // entity covers only in part.
    const between = view.words.slice(slot.last + 1, out[0].first).map((w) => w.key);
    const joint = between[between.length - 1];
    if (between.length === 0 || between.length > 3 || (joint !== 'و' && joint !== '،')) break;
    if (between.slice(0, -1).some((k) => k === 'و' || k === '،' || !/^\p{L}+$/u.test(k))) break;
    out.unshift(slot);
  }
  return out;
}

/**
 * «با یکی از رهبران حماس دیدار کرد»، «به شماری از مواضع داعش حمله کرد»: a quantity noun heading the
 * phrase of `prep`, counted out of a group in an «از» phrase (partitiveHeads), makes the group that
 * phrase's actor. The nearest such group before the trigger, with its conjuncts.
 */
function partitiveInPhrase(
  view: SentenceView,
  hit: TriggerHit,
  prep: string,
  lo: number,
  c: number,
  outer: number,
): ActorSlot[] {
  if (prep === 'از') return [];
  let nearest = -1;
  for (let k = slotFrom(view, lo); k < view.actors.length; k++) {
    const slot = view.actors[k];
    if (slot.last >= hit.first) break;
    const sc = view.clause[slot.first];
    if (slot.prep !== 'از' || slot.object || (sc !== c && sc !== outer) || !partitive(view, slot)) continue;
    let at = slot.first - 1;
    while (at > 0 && view.words[at].key !== 'از') at--;
    if (view.prep[at - 1] === prep) nearest = k;
  }
  return nearest < 0 ? [] : withConjuncts(view, nearest, 'از');
}

/**
 * The actor at slot `k` and those coordinated with it after it in the same phrase («… علیه سوریه و
 * ایران»، «ملاقات میان X، Y و Z»): joined by «و» or «،» after at most two words of a name the entity
 * covers only in part.
 */
export function withConjuncts(view: SentenceView, k: number, prep: string): ActorSlot[] {
  const out = [view.actors[k]];
  for (let j = k + 1; j < view.actors.length && out.length < 8 && j - k <= 12; j++) {
    const slot = view.actors[j];
    const prev = out[out.length - 1];
    if (slot.prep !== prep || view.clause[slot.first] !== view.clause[prev.first]) break;
    const between: string[] = [];
    for (let w = prev.last + 1; w < slot.first; w++)
      if (!QUOTE_MARK.has(view.words[w].key)) between.push(view.words[w].key);
    const joint = between[between.length - 1];
    if (between.length === 0 || between.length > 3 || (joint !== 'و' && joint !== '،')) {
      // An apposition of the last member («با «نواز شریف» نخست وزیر پاکستان»): the same party, skipped.
      if (slot.actor === prev.actor) continue;
      break;
    }
    if (between.slice(0, -1).some((x) => x === 'و' || x === '،' || !/^\p{L}+$/u.test(x))) break;
    out.push(slot);
  }
  return out;
}

/**
 * The phrase of `prep` after the trigger, or, when that preposition stands right after the trigger
 * with a sense mark of its own («مخالفت با:ضد X»), that phrase: the trigger governs it.
 */
function governedAfter(view: SentenceView, hit: TriggerHit, prep: string): ActorSlot[] {
  const found = prepAfter(view, hit, prep);
  if (found.length) return found;
  const mark = view.prep[hit.last + 1];
  if (view.words[hit.last + 1]?.key !== prep || !mark || mark === prep || !mark.startsWith(`${prep}:`))
    return [];
  return prepAfter(view, hit, mark);
}

/**
 * «پس از انتقاد آژانس … از تهران»: an actor after a noun trigger that stands in the phrase the trigger
 * itself stands in (no preposition of its own opens after the trigger) is the trigger's genitive, not
 * a phrase of that preposition.
 */
function inOwnPhrase(view: SentenceView, hit: TriggerHit, slot: ActorSlot): boolean {
  const own = view.prep[hit.first];
  if (own === null || slot.prep !== own) return false;
  const opener = own.split(':')[0];
  for (let w = hit.last + 1; w < slot.first; w++) if (view.words[w].key === opener) return false;
  return true;
}

function prepAfter(view: SentenceView, hit: TriggerHit, prep: string): ActorSlot[] {
  const c = view.clause[hit.first];
  let reach = hit.last + AFTER_REACH;
  let extended = 0;
  for (let k = slotFrom(view, hit.last + 1); k < view.actors.length; k++) {
    const slot = view.actors[k];
    if (slot.first > reach || view.clause[slot.first] !== c) break;
    if (slot.prep === prep && !inOwnPhrase(view, hit, slot)) return withConjuncts(view, k, prep);
    // «دیدار «مان موهان سینگ» نخست وزیر هند با …»: a long genitive actor (and its apposition) pushes
    // the phrase on.
    if (extended < 2) reach = Math.max(reach, slot.last + AFTER_REACH / 2);
    extended++;
  }
  return [];
}

/** How far (in words) before «را» the owner of an object noun may stand. */
const POSSESSED_REACH = 8;

/**
 * «واجپایی پیشنهاد پاکستان … را رد کرد»، «سیاست … آمریکا بر ایران را رد کرده‌اند»: when the object is a
 * noun that is no actor, the actor it belongs to (a genitive right after a noun inside the object, not
 * at the clause's or a comma's start) is the one the act is aimed at. That actor is no subject.
 */
function possessedObject(view: SentenceView, hit: TriggerHit): ActorSlot | null {
  const c = view.clause[hit.first];
  const start = view.clauseStart[c];
  let ra = -1;
  for (let w = hit.first - 1; w >= Math.max(start, hit.first - BEFORE_REACH); w--)
    if (view.words[w].key === 'را') {
      ra = w;
      break;
    }
  if (ra < 0) return null;
  for (let k = slotFrom(view, Math.max(start, ra - POSSESSED_REACH)); k < view.actors.length; k++) {
    const slot = view.actors[k];
    if (slot.last >= ra) break;
    if (slot.prep !== null || slot.object || view.clause[slot.first] !== c) continue;
    let head = slot.first - 1;
    while (head > start && QUOTE_MARK.has(view.words[head].key)) head--;
    const key = view.words[head]?.key ?? '';
    const before = view.words[head - 1]?.key;
    if (head <= start || view.verb[head] || view.prep[head] !== null || !/^\p{L}+$/u.test(key) || key === 'و')
      continue;
    if (before === undefined || before === '،' || before === 'و' || STOP.has(before)) continue;
    let clean = true;
    for (let w = slot.last + 1; w < ra; w++) if (view.verb[w] || STOP.has(view.words[w].key)) clean = false;
    for (let j = k + 1; j < view.actors.length && view.actors[j].last < ra; j++)
      if (view.actors[j].prep === null) clean = false;
    if (clean) return slot;
  }
  return null;
}

/** How far (in words) before a trigger a reciprocal pronoun governs it. */
const RECIPROCAL_REACH = 6;

/** «با یکدیگر درگیر شدند»، «یکدیگر را متهم کردند»، «با هم دیدار کردند»: the act is between the subjects. */
function isReciprocal(view: SentenceView, hit: TriggerHit): boolean {
  const c = view.clause[hit.first];
  const reciprocals = argumentLexicon().reciprocals;
  for (let w = Math.max(view.clauseStart[c], hit.first - RECIPROCAL_REACH); w <= hit.last; w++) {
    const key = view.words[w].key;
    if (reciprocals.has(key)) return true;
    if (key === 'هم' && view.words[w - 1]?.key === 'با') return true;
  }
  return false;
}

/**
 * «توافق آتش‌بس میان جمهوری آذربایجان و ارمنستان»، «درگیری بین X و Y»: the coordinated members of a
 * «میان/بین» phrase in the trigger's clause (before it, or after a noun trigger), when there are two or more.
 */
function betweenParties(view: SentenceView, hit: TriggerHit): ActorSlot[] {
  const c = view.clause[hit.first];
  // «دیدار رسمی که بین X و Y برگزار شد»: a noun trigger running into the relative clause on it
  // takes the phrase there too.
  const cl = view.clause[hit.last];
  const lo = Math.max(view.clauseStart[c], hit.first - BEFORE_REACH);
  const hi = hit.pattern.hasVerb ? hit.last : hit.last + AFTER_REACH;
  let group: ActorSlot[] = [];
  for (let k = slotFrom(view, lo); k < view.actors.length; k++) {
    const slot = view.actors[k];
    const sc = view.clause[slot.first];
    const prev = group[group.length - 1];
    // «ملاقات تاریخی ماه جون، میان X، … و Y»: a phrase begun within reach runs on over its conjuncts.
    if ((slot.first > hi && !(prev && slot.first - prev.last <= 4)) || (sc !== c && sc !== cl)) break;
    // «بین رئیس جمهور فعلی ایالات متحده و رهبر کره شمالی»: the phrase ended with its first member, but
    // a member joined to it by «و» is the other party.
    if (prev && slot.prep === null && !slot.object && joinedByAnd(view, prev, slot)) {
      group.push(slot);
      continue;
    }
    if (slot.prep === null || !argumentLexicon().betweenPrepositions.has(slot.prep)) continue;
    if (prev && slot.first - prev.last > 4) {
      if (dedupeActors(group).length >= 2 && slot.first > hit.last) break;
      group = [];
    }
    group.push(slot);
  }
  const out = dedupeActors(group);
  return out.length >= 2 ? out : [];
}

/** How many words an apposition after a «میان/بین» member may have («، نخست‌وزیر جرمنی»). */
const APPOSITION_WORDS = 4;

/**
 * `next` follows `prev` after «و» and at most two words of a name the entity covers only in part; an
 * apposition of `prev` set off by a comma may come before the «و»: «میان انگلا مرکل، نخست‌وزیر جرمنی
 * و ولادمیر پوتین».
 */
function joinedByAnd(view: SentenceView, prev: ActorSlot, next: ActorSlot): boolean {
  const between: string[] = [];
  for (let w = prev.last + 1; w < next.first; w++)
    if (!QUOTE_MARK.has(view.words[w].key)) between.push(view.words[w].key);
  if (view.verb[next.first - 1]) return false;
  const isWord = (x: string) => /^\p{L}+$/u.test(x) && x !== 'و';
  const and = between.lastIndexOf('و');
  if (and < 0) return false;
  const name = between.slice(and + 1);
  const before = between.slice(0, and);
  if (name.length > 2 || !name.every(isWord)) return false;
  if (before.length === 0) return true;
  if (before[0] === '،') return before.length - 1 <= APPOSITION_WORDS && before.slice(1).every(isWord);
  return before.length + name.length <= 3 && before.every(isWord);
}

/**
 * Actors standing inside a discontinuous trigger's gap, outside any phrase or in one of the trigger's
 * own recipient phrases: «عازم پکن شد» (the destination), «خواستار بازگشت جمهوری آذربایجان و ارمنستان
 * به میز مذاکره شد» (whom the demand is on).
 */
function insideGap(view: SentenceView, hit: TriggerHit): ActorSlot[] {
  const preps = new Set(hit.trigger.recipient.filter((m) => !FIXED.has(m) && !m.startsWith('after:')));
  const out: ActorSlot[] = [];
  for (let k = slotFrom(view, hit.first + 1); k < view.actors.length; k++) {
    const slot = view.actors[k];
    if (slot.last >= hit.last) break;
    // A bare actor in the gap of an `inGap: actor` trigger is its actor, not its recipient.
    if ((slot.prep === null && hit.trigger.inGap !== 'actor') || (slot.prep !== null && preps.has(slot.prep)))
      out.push(slot);
  }
  return out;
}
const FIXED = new Set(['subject', 'verb-subject', 'genitive', 'را', 'complement']);

/**
 * The subject of the trigger's verb: «شبکه اسکای نیوز اعلام کرد یک جوان فلسطینی … زیر گرفت» — when
 * a finite verb stands between the clause's subject and the trigger (a complement with no «که»), a
 * subject after that verb is the trigger's own; the one before it is the earlier verb's (the reporter).
 * With no subject after it, the earlier one stays: «X با Y دیدار کرد و از Z انتقاد کرد».
 */
function subjectsOf(view: SentenceView, hit: TriggerHit): ActorSlot[] {
  const found = clauseSubjects(view, hit.first);
  if (found.length === 0) return found;
  const c = view.clause[hit.first];
  const verbs = grammarLexicon().verbs;
  let verbAt = -1;
  for (let w = hit.first - 1; w > found[found.length - 1].last && view.clause[w] === c; w--) {
    if (view.verb[w] && readAnyVerb(verbs, view.words[w].key)?.form === 'finite') {
      verbAt = w;
      break;
    }
  }
  if (verbAt < 0) return found;
  const after = clauseSubjects(view, hit.first, verbAt + 1);
  return after.length ? after : found;
}

/** Auxiliaries of the passive: «احضار شد»، «کشته گردیدند». */
const PASSIVE_AUX = new Set(['شدن', 'گردیدن']);

/** The actor at slot `k` stands right after an agent phrase («توسط»، «از سوی»، «به دست»، «از طرف»). */
export function isAgent(view: SentenceView, k: number): boolean {
  const slot = view.actors[k];
  let end = slot.first - 1;
  while (end >= 0 && QUOTE_MARK.has(view.words[end].key)) end--;
  return argumentLexicon().agentPhrases.some(
    (p) => end - p.length + 1 >= 0 && p.every((key, j) => view.words[end - p.length + 1 + j].key === key),
  );
}

/**
 * «سفیر ایران توسط وزارت خارجه آلمان احضار شد»، «… به دست نیروهای آمریکایی کشته شدند»: the agent of
 * a passive verb, the nearest agent phrase before the trigger in its clause (with its conjuncts).
 */
function passiveAgents(view: SentenceView, hit: TriggerHit): ActorSlot[] {
  const c = view.clause[hit.first];
  let nearest = -1;
  for (
    let k = slotFrom(view, Math.max(view.clauseStart[c], hit.first - BEFORE_REACH));
    k < view.actors.length;
    k++
  ) {
    const slot = view.actors[k];
    if (slot.last >= hit.first) break;
    if (view.clause[slot.first] === c && slot.prep !== null && isAgent(view, k)) nearest = k;
  }
  return nearest < 0 ? [] : withConjuncts(view, nearest, view.actors[nearest].prep as string);
}

/**
 * The trigger reports a passive act: its verb is the passive auxiliary («احضار شد»، «کشته گردیدند»),
 * or its subject is the one acted on whatever the light verb — «به قتل رسید»، «هدف حمله قرار گرفت»،
 * «مورد انتقاد واقع شد» (the trigger's first recipient marker is `subject`). Either way an agent
 * phrase («به دست X»، «از طرف X») names the one who acted.
 */
function isPassive(hit: TriggerHit): boolean {
  if (!hit.pattern.hasVerb || !hit.verb) return false;
  return PASSIVE_AUX.has(hit.verb.lemma) || hit.trigger.recipient[0] === 'subject';
}

/**
 * «10 تن از نیروهای امنیتی پاکستان … کشته شدند»، «یکی از رهبران حماس ترور شد»: a subject counted out
 * of a group is that group. With no subject outside a phrase before the trigger, the first actor of an
 * «از» phrase right after a quantity noun (partitiveHeads) that stands itself outside any phrase, with
 * no verb between it and the trigger's clause start, and not followed by «را». Its conjuncts come with it.
 */
function partitiveSubject(view: SentenceView, hit: TriggerHit): ActorSlot[] {
  const c = view.clause[hit.first];
  const start = view.clauseStart[c];
  for (let k = slotFrom(view, Math.max(start, hit.first - BEFORE_REACH)); k < view.actors.length; k++) {
    const slot = view.actors[k];
    if (slot.last >= hit.first || view.clause[slot.first] !== c) break;
    if (slot.prep !== 'از' || slot.object || !partitive(view, slot)) continue;
    let head = slot.first - 1;
    while (head > start && view.words[head].key !== 'از') head--;
    head--;
    if (head < start || (view.prep[head] !== null && !countedAfterPhrase(view, head))) return [];
    for (let w = start; w < head; w++) if (view.verb[w]) return [];
    return withConjuncts(view, k, 'از');
  }
  return [];
}

/**
 * «در این حمله 10 تن از …»: a phrase with no actor runs on over the words after it, but a numeral
 * before the quantity noun (not right after the preposition) begins a new noun phrase.
 */
function countedAfterPhrase(view: SentenceView, head: number): boolean {
  if (!isNumeralWord(grammarLexicon(), view.words[head - 1]?.key ?? '')) return false;
  return (
    head >= 2 && view.prep[head - 2] !== null && !grammarLexicon().prepositions.has(view.words[head - 2].key)
  );
}

function byMarker(view: SentenceView, hit: TriggerHit, marker: string): ActorSlot[] {
  if (marker === 'genitive') return genitive(view, hit);
  if (marker === 'را') return objectBefore(view, hit);
  if (marker === 'subject' || marker === 'verb-subject') {
    const found = subjectsOf(view, hit);
    return found.length ? found : partitiveSubject(view, hit);
  }
  if (marker.startsWith('after:')) return withEquivalents(marker.slice(6), (p) => prepAfter(view, hit, p));
  if (marker === 'complement') return complementSubject(view, hit);
  return withEquivalents(marker, (p) => prepBefore(view, hit, p));
}

/** How many words after a trigger the subject of its complement clause may begin. */
const COMPLEMENT_REACH = 6;
const COMPLEMENT_EDGE = new Set(['.', ':', '؛', '!', '؟', '?', '«', '»']);

/**
 * «ظریف انتظار دارد آمریکا به تعهدات خود عمل کند»، «انتظار داریم که اصلاح‌طلبان راه خود را … جدا
 * کنند»: the subject of the clause that follows an expectation is the one expected to act, its
 * addressee. Only an actor outside a phrase, before any verb (a verb between ends the complement).
 */
function complementSubject(view: SentenceView, hit: TriggerHit): ActorSlot[] {
  let from = hit.last + 1;
  if (view.words[from]?.key === 'که') from++;
  const to = Math.min(view.words.length, from + COMPLEMENT_REACH);
  for (let w = hit.last + 1; w < to; w++) {
    if (view.verb[w] || COMPLEMENT_EDGE.has(view.words[w].key)) return [];
    const slot = view.actors[slotFrom(view, w)];
    if (!slot || slot.first !== w) continue;
    if (w < from) continue;
    return slot.prep === null && !slot.object ? [slot] : [];
  }
  return [];
}

/**
 * The phrase of preposition `prep`, else of a preposition marking the same argument
 * (prepositionEquivalents: «ارتش آمریکا بر ضد داعش حمله کرد» answers the marker «علیه»).
 */
function withEquivalents(prep: string, read: (p: string) => ActorSlot[]): ActorSlot[] {
  const found = read(prep);
  if (found.length) return found;
  for (const other of argumentLexicon().prepositionEquivalents.get(prep) ?? []) {
    const more = read(other);
    if (more.length) return more;
  }
  return found;
}

/** No actor stands outside a phrase before word `t` in its sentence (a dropped subject). */
function noSubjectBefore(view: SentenceView, t: number): boolean {
  let first = firstFreeSlot.get(view);
  if (first === undefined) {
    const slot = view.actors.find((s) => s.prep === null && !s.object);
    first = slot ? slot.first : Number.POSITIVE_INFINITY;
    firstFreeSlot.set(view, first);
  }
  return first >= t;
}
/** Per sentence: the first word of its first actor outside a phrase and not an object. */
const firstFreeSlot = new WeakMap<SentenceView, number>();

/**
 * The subjects a following sentence without one continues: those of the first clause of `view` that
 * has a subject before its verb, skipping relative clauses.
 */
export function sentenceSubjects(view: SentenceView): string[] {
  for (let c = 0; c < view.clauseStart.length; c++) {
    if (isRelativeClause(view, c)) continue;
    const end = view.clauseStart[c + 1] ?? view.words.length;
    let verbAt = -1;
    for (let w = view.clauseStart[c]; w < end; w++)
      if (view.verb[w]) {
        verbAt = w;
        break;
      }
    if (verbAt < 0) continue;
    const found = clauseSubjects(view, verbAt).map((s) => s.actor);
    if (found.length) return found;
  }
  return [];
}

/** The trigger's verb (or its future auxiliary) is in the first person: «می‌خواهیم»، «پاسخ خواهیم داد». */
export function firstPerson(view: SentenceView, hit: TriggerHit): boolean {
  if (hit.verb?.form !== 'finite') return false;
  const at = hit.verbAt;
  for (const w of [at, at - 1]) {
    const key = view.words[w]?.key ?? '';
    if (w < at && !key.startsWith('خواه') && !key.startsWith('نخواه')) continue;
    if (key.endsWith('یم') || (key.endsWith('م') && !key.endsWith('یم') && key.length > 2)) return true;
  }
  return false;
}

/**
 * Reads the actor and recipient of a trigger. `speaker` is the innermost speaker of a quote the trigger
 * stands in: a dropped subject inside reported speech is the speaker's own act.
 */
export function readArguments(
  fullView: SentenceView,
  stated: TriggerHit,
  speaker: string | null,
  previousSubjects: readonly string[] = [],
): Arguments {
  // «دفتر حزب‌الله پلمب شد»: the subject of a passive is the one acted on (argument-roles.ts).
  const hit = withPassiveRoles(fullView, stated);
  const { trigger } = hit;
  const view = withoutAttributions(fullView);
  const gap = trigger.inGap ? bareInGap(view, hit) : [];
  const objectInf = endsInObjectInfinitive(hit);
  let recipients: ActorSlot[] = trigger.inGap === 'recipient' ? gap : [];
  for (const marker of recipients.length ? [] : trigger.recipient) {
    recipients = byMarker(view, hit, marker);
    if (recipients.length) break;
  }
  // «با تبریک توافق وین به ایران»، «ضمن مخالفت با طرح آمریکا»: the phrase the head noun governs.
  for (const p of recipients.length || !trigger.recipient.length
    ? []
    : governedPrepositions(view, hit, objectInf)) {
    recipients = governedAfter(view, hit, p);
    if (recipients.length) break;
  }
  if (recipients.length === 0 && trigger.recipient.length > 0) recipients = insideGap(view, hit);
  // «با متهم کردن ارمنستان به …»: an infinitive takes its object after it.
  if (recipients.length === 0 && trigger.recipient.includes('را') && objectInf)
    recipients = genitive(view, hit);
  if (recipients.length === 0 && trigger.recipient.includes('را')) {
    const owner = possessedObject(view, hit);
    if (owner) recipients = [owner];
  }
  // «ضمن نکوهش اقدامات اسرائیل»: after a noun trigger whose genitive is not its actor, the owner of
  // the thing named right after it is whom the act is aimed at.
  if (
    recipients.length === 0 &&
    trigger.recipient.length > 0 &&
    !hit.pattern.hasVerb &&
    !trigger.actor.includes('genitive')
  )
    recipients = genitive(view, hit);
  // «آمریکا این کشور را متهم کرد»، «مسکو از تهاجم هوایی این کشور استقبال کرد»: an anaphor
  // (src/resolve/coreference) never names the subject of the verb it is an argument of, nor its
  // state; it names the next antecedent its coreference offers, or no one.
  if (hit.pattern.hasVerb && recipients.some((s) => anaphorAlternatives(s))) {
    const subjects = subjectsOf(view, hit).map((s) => s.actor);
    recipients = recipients.flatMap((s) => {
      const next = anaphorOtherThan(s, subjects);
      return next === undefined ? [s] : next === null ? [] : [{ ...s, actor: next }];
    });
  }
  // An agent phrase never gives the recipient; with a passive verb it gives the actor.
  const agents = passiveAgents(view, hit);
  if (agents.length) recipients = recipients.filter((r) => !agents.some((a) => a.actor === r.actor));
  const passive = isPassive(hit);
  const recipientSet = new Set(recipients.map((s) => s.actor));
  let actors: ActorSlot[] = trigger.inGap === 'actor' ? gap.filter((s) => !recipientSet.has(s.actor)) : [];
  let actorSource: ArgumentSource = actors.length ? 'direct' : 'none';
  let subjectAllowed = false;
  // «… از گفت‌وگوی تلفنی X و Y خبر داد»: a noun trigger inside a phrase is not the clause's act; its
  // own genitive says who, before the clause subject (the reporter).
  const actorMarkers =
    !hit.pattern.hasVerb && view.prep[hit.first] !== null && trigger.actor.includes('genitive')
      ? ['genitive', ...trigger.actor.filter((m) => m !== 'genitive')]
      : trigger.actor;
  for (const marker of actors.length ? [] : actorMarkers) {
    if (marker === 'verb-subject' && !hit.pattern.hasVerb) continue;
    if (marker === 'subject' || marker === 'verb-subject') subjectAllowed = true;
    actors = byMarker(view, hit, marker).filter((s) => !recipientSet.has(s.actor));
    if (actors.length) {
      actorSource = 'direct';
      break;
    }
  }
  if (actors.length === 0 && passive && agents.length) {
    actors = agents.filter((a) => !recipientSet.has(a.actor));
    if (actors.length) actorSource = 'direct';
  }
  let actorIds = dedupeActors(actors).map((s) => s.actor);
  const groups = groupArguments(view, hit);
  // «رهبران دو کشور …»: a head title the resolver linked by itself («رهبران» → a state from context)
  // is part of the group reference, which names the two sides.
  const ref = groups.actor;
  if (ref && actors.length && actors.every((s) => s.first >= ref.first && s.last <= ref.last)) actorIds = [];
  // «رهبران دو کشور ملاقات کردند»: a group reference as the subject is no dropped subject either.
  const both = actorIds.length === 0 && subjectAllowed && (bothPartiesSubject(view, hit) || !!groups.actor);
  if (both) subjectAllowed = false;
  // «اردوغان را که اسرائیل را رژیمی تروریست خواند»: a relative clause with no subject of its own is
  // the act of the actor it describes (relative-subject.ts).
  if (actorIds.length === 0 && subjectAllowed && !passive) {
    const antecedent = relativeAntecedent(view, hit, actorMarkers);
    if (antecedent && !recipientSet.has(antecedent.actor)) {
      actorIds = [antecedent.actor];
      actorSource = 'direct';
    }
  }
  // No inherited subject in a relative clause (its subject is the noun it describes, «اشخاصی که از
  // X حمایت می‌کنند»), nor for an attack (the subject of «… منفجر شد» is the bomb, not the speaker).
  if (isRelativeClause(view, view.clause[hit.first]) || trigger.merge === 'attack') subjectAllowed = false;
  // «ما از رهبران سوریه می‌خواهیم …»: a first-person verb in reported speech is the speaker's act.
  if (
    actorIds.length === 0 &&
    subjectAllowed &&
    speaker &&
    !recipientSet.has(speaker) &&
    firstPerson(view, hit)
  ) {
    actorIds = [speaker];
    actorSource = 'speaker';
  }
  if (actorIds.length === 0 && subjectAllowed) {
    const inherited = inheritedSubjects(view, hit.first, recipientSet);
    if (inherited.length) {
      actorIds = inherited.map((s) => s.actor);
      actorSource = 'inherited';
    } else if (speaker && !recipientSet.has(speaker)) {
      actorIds = [speaker];
      actorSource = 'speaker';
    } else if (hit.verb?.form === 'finite' && !firstPerson(view, hit) && noSubjectBefore(view, hit.first)) {
      // «پومپئو … گفت. او ماه آینده … سفر می‌کند» without «او»: a sentence with no subject of its own
      // continues the previous sentence's subject.
      const kept = previousSubjects.filter((id) => !recipientSet.has(id));
      if (kept.length) {
        actorIds = [...kept];
        actorSource = 'inherited';
      }
    }
  }
  // «پوتین … به این کشور سفر می‌کند» with the subject read past a phrase: the anaphor check above saw
  // no subject, so it is made again against the actors found, which it never names either.
  if (actorIds.length && recipients.some((s) => anaphorAlternatives(s)))
    recipients = recipients.flatMap((s) => {
      const next = anaphorOtherThan(s, actorIds);
      return next === undefined ? [s] : next === null ? [] : [{ ...s, actor: next }];
    });
  let mutual = false;
  let recipientIds = dedupeActors(recipients)
    .map((s) => s.actor)
    .filter((id) => !actorIds.includes(id));
  if (recipientIds.length === 0) {
    if (isReciprocal(view, hit)) {
      // «نیروهای آمریکایی و گروه‌های عراقی با یکدیگر درگیر بودند»: the first subject acts on the rest.
      mutual = true;
      if (actorIds.length >= 2) {
        recipientIds = actorIds.slice(1);
        actorIds = actorIds.slice(0, 1);
      }
    } else {
      const slots = betweenParties(view, hit);
      const between = slots.map((s) => s.actor);
      if (between.length >= 2) {
        mutual = true;
        // «دیدار … بین X و Y»، «نشست اخیر میان X و Y»: the parties of the phrase on a noun trigger
        // (or that the actor marker read from it) are the two sides, not the clause's subject.
        const own =
          actorIds.every((id) => between.includes(id)) ||
          (!hit.pattern.hasVerb && slots[0].first > hit.first);
        if (actorIds.length === 0 || own) {
          actorIds = between.slice(0, 1);
          recipientIds = between.slice(1);
          actorSource = 'direct';
        } else recipientIds = between.filter((id) => !actorIds.includes(id));
      }
    }
  }
  return {
    actors: actorIds,
    recipients: recipientIds,
    actorSource,
    mutual,
    bothParties: both,
    groupActor: actorIds.length === 0 ? groups.actor : null,
    groupRecipient: recipientIds.length === 0 ? groups.recipient : null,
  };
}
