// Plural group references to parties named earlier: «رهبران دو کشور در پیونگ یانگ ملاقات کردند»،
// «طرفین به برگزاری مذاکرات بیشتر توافق کردند»، «با همتایان خود در دو کشور تماس برقرار کرده است».
// The reference stands where an argument stands (the subject, a phrase of a recipient marker, a
// «میان/بین» phrase, the genitive of a noun trigger) and names two parties:
//   - the two actors named right after it in apposition, when there are («هر دو کشور ایران و ترکیه»،
//     «دو کشور (جمهوری آذربایجان و ارمنستان)»);
//   - else the two most recent distinct parties before it, within a few sentences (a state counts
//     with the people and institutions acting for it; a state-only reference «دو کشور» skips
//     international organizations), the party the act's other side belongs to left out.
// A head word before the core says which part of each party acts, coded with its sector («رهبران»
// → GOV, «ارتش» → MIL), the way a title phrase codes «رهبران کره شمالی». Without a head each party
// is its most recent mention (a state by its government when the text named it so).
// The words are data: lexicon/events/group-reference.json.

import type { Doc } from '../../doc.js';
import { grammarLexicon } from '../../grammar/grammar-lexicon.js';
import type { ActorSlot, SentenceView } from '../../grammar/sentence-view.js';
import { slotFrom } from '../../grammar/sentence-view.js';
import { wordKey } from '../../grammar/word-key.js';
import { readKnowledgeJson } from '../../knowledge/files.js';
import { GroupReferenceFile } from '../../knowledge/schemas/events.js';
import { checkKnowledge } from '../../knowledge/validate.js';
import { coreferenceLexicon } from '../../resolve/coreference/index.js';
import type { Arguments } from './arguments.js';
import { argumentLexicon } from './arguments.js';
import { codedActor } from './coded-actor.js';
import type { TriggerHit } from './find-triggers.js';
import { isBareStateCode } from '../../resolve/actors/dated-codes.js';

export interface GroupLexicon {
  cores: Array<{ keys: string[]; states: boolean; alone: boolean }>;
  /** Head phrases (word keys) with their sector, longest first. */
  heads: Array<{ keys: string[]; sector: string }>;
  links: string[][];
  notAfter: string[][];
  notBefore: Set<string>;
  pairReach: number;
  sentenceReach: number;
  notParty: string[];
  stateSector: string;
  mutualTypes: Set<string>;
}

const FILE = 'lexicon/events/group-reference.json';
let cache: GroupLexicon | null = null;
const keysOf = (phrase: string) => phrase.trim().split(/\s+/).map(wordKey);

/** Reads and validates lexicon/events/group-reference.json (naming the file and field on error). */
export function groupLexicon(raw: unknown = null): GroupLexicon {
  if (raw === null && cache) return cache;
  const data = checkKnowledge(GroupReferenceFile, raw ?? readKnowledgeJson(FILE), FILE);
  const byLength = <T extends { keys: string[] }>(list: T[]) =>
    list.sort((a, b) => b.keys.length - a.keys.length);
  const out: GroupLexicon = {
    cores: byLength(data.cores.map((c) => ({ keys: keysOf(c.phrase), states: c.states, alone: !!c.alone }))),
    heads: byLength(data.heads.flatMap((h) => h.words.map((w) => ({ keys: keysOf(w), sector: h.sector })))),
    links: data.links.map(keysOf).sort((a, b) => b.length - a.length),
    notAfter: data.notAfter.map(keysOf),
    notBefore: new Set(data.notBefore.map(wordKey)),
    pairReach: data.pairReach,
    sentenceReach: data.sentenceReach,
    notParty: data.notParty,
    stateSector: data.stateSector,
    mutualTypes: new Set(data.mutualTypes),
  };
  if (raw === null) cache = out;
  return out;
}

export interface GroupReference {
  /** First word of the whole reference (its head, or its core). */
  first: number;
  /** Last word of its core. */
  last: number;
  sector: string | null;
  states: boolean;
  /** The actors named in apposition right after it, when two are. */
  named: ActorSlot[];
}

const matchAt = (view: SentenceView, w: number, keys: readonly string[]) =>
  keys.every((k, j) => view.words[w + j]?.key === k);

/** Words after which an `alone` core still stands by itself. */
const ALONE_AFTER = new Set(['را', 'و', 'که', 'هم', 'نیز']);

function coreAt(view: SentenceView, w: number, lex: GroupLexicon) {
  for (const core of lex.cores) {
    if (!matchAt(view, w, core.keys)) continue;
    const last = w + core.keys.length - 1;
    if (core.alone) {
      const next = view.words[last + 1];
      const standsAlone =
        !next ||
        !/\p{L}/u.test(next.key) ||
        view.verb[last + 1] ||
        ALONE_AFTER.has(next.key) ||
        (view.prep[last + 1] !== null && view.prep[last + 1] !== view.prep[w]);
      if (!standsAlone) continue;
    }
    return { core, last };
  }
  return null;
}

/** The group reference beginning at word `w` (with a head or at its core), or null. */
/** groupReferenceAt's answers per sentence view and word, for the shipped lexicon: every trigger of a
 * sentence scans the same words, so each word is read once (the result depends on the view alone). */
const referenceCache = new WeakMap<SentenceView, Array<GroupReference | null | undefined>>();

export function groupReferenceAt(view: SentenceView, w: number, lex = groupLexicon()): GroupReference | null {
  if (lex !== groupLexicon()) return readGroupReferenceAt(view, w, lex);
  let cached = referenceCache.get(view);
  if (!cached) {
    cached = new Array(view.words.length);
    referenceCache.set(view, cached);
  }
  let ref = cached[w];
  if (ref === undefined) {
    ref = readGroupReferenceAt(view, w, lex);
    cached[w] = ref;
  }
  return ref;
}

function readGroupReferenceAt(view: SentenceView, w: number, lex: GroupLexicon): GroupReference | null {
  let sector: string | null = null;
  let at = w;
  const head = lex.heads.find((h) => matchAt(view, w, h.keys));
  if (head) {
    at = w + head.keys.length;
    const link = lex.links.find((l) => matchAt(view, at, l) && coreAt(view, at + l.length, lex));
    if (link) at += link.length;
    if (!coreAt(view, at, lex)) return null;
    sector = head.sector;
  }
  const found = coreAt(view, at, lex);
  if (!found) return null;
  // «همه طرفین»، «یکی از دو کشور»: no reference to two parties; «طرفین دعوا»: the sides of a thing.
  if (lex.notAfter.some((p) => matchAt(view, w - p.length, p))) return null;
  if (lex.notBefore.has(view.words[found.last + 1]?.key ?? '')) return null;
  // «فراخوانده شدن سفرای دو کشور»: a head the reference begins after (inside the trigger) still says
  // which part of the parties acts.
  if (!head) sector = lex.heads.find((h) => matchAt(view, w - h.keys.length, h.keys))?.sector ?? null;
  // The reference is no actor the resolver linked («دو کشور اروپایی ایتالیا» reads on into names).
  const k = slotFrom(view, w);
  const inside = view.actors[k - 1];
  if (inside && inside.last >= w) return null;
  return {
    first: w,
    last: found.last,
    sector,
    states: found.core.states,
    named: apposition(view, found.last),
  };
}

/**
 * «هر دو کشور ایران و ترکیه»، «دو کشور (جمهوری آذربایجان و ارمنستان)»، «دو کشور همفکر ایران و عراق»:
 * two actors joined by «و» opening within two words after the reference are the parties it names.
 */
function apposition(view: SentenceView, last: number): ActorSlot[] {
  const k = slotFrom(view, last + 1);
  const a = view.actors[k];
  const b = view.actors[k + 1];
  if (!a || !b || a.first - last > 3) return [];
  for (let w = last + 1; w < a.first; w++) {
    const key = view.words[w].key;
    if (key !== '(' && (!/^\p{L}+$/u.test(key) || view.verb[w] || view.prep[w] !== view.prep[last]))
      return [];
  }
  if (b.first - a.last !== 2 || view.words[a.last + 1].key !== 'و' || a.actor === b.actor) return [];
  return [a, b];
}

/** The last group reference whose first word lies in [from, to) and that `accept` takes. */
export function findGroupReference(
  view: SentenceView,
  from: number,
  to: number,
  accept: (ref: GroupReference) => boolean,
  lex = groupLexicon(),
): GroupReference | null {
  let found: GroupReference | null = null;
  for (let w = Math.max(0, from); w < to; w++) {
    const ref = groupReferenceAt(view, w, lex);
    if (ref && ref.last < to && accept(ref)) {
      found = ref;
      w = ref.last;
    }
  }
  return found;
}

const QUOTE_MARK = new Set(['«', '»', '"']);

interface Party {
  key: string;
  /** The state of the party, or null (an international organization, a group of no state). */
  country: string | null;
  /** Its most recent mention (actor id) and that mention's position, for the order of the two. */
  actor: string;
  order: number;
  /** Its most recent mention coded as the state itself or its government, if any. */
  stateActor: string | null;
}

/**
 * The actor ids the reference names, two of them in the order the text named them, the parties of
 * `exclude` (the act's other side) left out; fewer when the text does not name enough. New state
 * actors the sector asks for are added to `doc.actors` and reported through `added`.
 */
export function groupParties(
  doc: Doc,
  views: readonly SentenceView[],
  view: SentenceView,
  ref: GroupReference,
  exclude: readonly string[],
  added: (id: string, code: string) => void,
  lex = groupLexicon(),
): string[] {
  const name = view.words
    .slice(ref.first, ref.last + 1)
    .map((w) => w.text)
    .join(' ');
  const byId = new Map(doc.actors.map((a) => [a.id, a]));
  const partyOf = (id: string): { key: string; country: string | null } | null => {
    const a = byId.get(id);
    const code = a?.code;
    if (!a || !code || lex.notParty.some((end) => code.endsWith(end))) return null;
    const country = a.country ?? (isBareStateCode(code) ? code : null);
    return { key: country ?? code, country };
  };
  const excluded = new Set(exclude.map((id) => partyOf(id)?.key).filter((k): k is string => !!k));
  const fits = (p: { key: string; country: string | null } | null) =>
    !!p && !excluded.has(p.key) && (!ref.states || p.country !== null);
  let parties: Party[] = [];
  if (ref.named.length === 2) {
    parties = ref.named.flatMap((s, i) => {
      const p = partyOf(s.actor);
      return p && fits(p) ? [{ ...p, actor: s.actor, order: i, stateActor: null }] : [];
    });
    if (new Set(parties.map((p) => p.key)).size < 2) parties = [];
  }
  if (parties.length === 0) parties = namedTogether(views, view, ref, partyOf, fits, lex);
  if (parties.length === 0) {
    const seen = new Map<string, Party>();
    let order = 0;
    // Walk back from the reference over the sentences within reach, most recent mention first.
    for (let v = view.index; v >= 0 && view.index - v <= lex.sentenceReach; v--) {
      const sv = views[v];
      if (!sv) continue;
      const slots = sv.actors.filter((s) => v < view.index || s.last < ref.first);
      for (let k = slots.length - 1; k >= 0; k--) {
        const s = slots[k];
        // «… تبریک گفت به جنگ علیه داعش در سوریه»: a place after «در» is where, not a party.
        if (s.type === 'LOC' && s.prep === 'در') continue;
        const p = partyOf(s.actor);
        if (!p || !fits(p)) continue;
        order--;
        const code = byId.get(s.actor)?.code ?? '';
        const own = p.country !== null && (code === p.country || code === `${p.country}GOV`);
        const known = seen.get(p.key);
        if (known) {
          if (own && !known.stateActor) known.stateActor = s.actor;
          continue;
        }
        if (seen.size >= 2) continue;
        seen.set(p.key, { ...p, actor: s.actor, order, stateActor: own ? s.actor : null });
      }
    }
    parties = [...seen.values()].sort((a, b) => a.order - b.order);
  }
  return parties.slice(0, 2).map((p) => {
    if (ref.sector && p.country) return sectorActor(doc, p.country, ref.sector, name, added);
    // A bare «دو کشور»: the state as the text last named it itself or its government; a state named
    // by itself acts through its government.
    const id = p.country && ref.states ? (p.stateActor ?? p.actor) : p.actor;
    const code = byId.get(id)?.code;
    return p.country && code === p.country ? sectorActor(doc, p.country, lex.stateSector, name, added) : id;
  });
}

/**
 * «روابط ایران و مصر … دیدگاه دو طرف»، «بین ایران و عراق … دو طرف قبول دارند»: the most recent two
 * actors of distinct parties joined by «و» (or «،») in the reference's sentence before it, or in the
 * `pairReach` sentences before, are the two sides it names. None: an empty list.
 */
function namedTogether(
  views: readonly SentenceView[],
  view: SentenceView,
  ref: GroupReference,
  partyOf: (id: string) => { key: string; country: string | null } | null,
  fits: (p: { key: string; country: string | null } | null) => boolean,
  lex: GroupLexicon,
): Party[] {
  for (let v = view.index; v >= 0 && view.index - v <= lex.pairReach; v--) {
    const sv = views[v];
    if (!sv) continue;
    const slots = sv.actors.filter((s) => v < view.index || s.last < ref.first);
    for (let k = slots.length - 1; k > 0; k--) {
      const a = slots[k - 1];
      const b = slots[k];
      // «رئیس‌جمهور فرانسه و «دیوید کامرون»»: Fars sets names in guillemets.
      const between = sv.words
        .slice(a.last + 1, b.first)
        .map((x) => x.key)
        .filter((key) => !QUOTE_MARK.has(key));
      if (between.length !== 1 || (between[0] !== 'و' && between[0] !== '،')) continue;
      const pa = partyOf(a.actor);
      const pb = partyOf(b.actor);
      if (!pa || !pb || !fits(pa) || !fits(pb) || pa.key === pb.key) continue;
      return [
        { ...pa, actor: a.actor, order: 0, stateActor: null },
        { ...pb, actor: b.actor, order: 1, stateActor: null },
      ];
    }
  }
  return [];
}

/** The actor coded `country` + `sector` («رهبران دو کشور» → KORGOV), added to the document if new. */
function sectorActor(
  doc: Doc,
  country: string,
  sector: string,
  name: string,
  added: (id: string, code: string) => void,
): string {
  const code = `${country}${sector}`;
  const r = codedActor(doc, code, country, sector, name);
  if (r.added) added(r.id, code);
  return r.id;
}

/** How far (in words) before a trigger a group reference may stand as its argument. */
const BEFORE_REACH = 30;
/** How far (in words) after a noun trigger its «میان/بین» phrase or recipient phrase may stand. */
const AFTER_REACH = 10;

/**
 * The group references standing as the trigger's actor (its subject, the genitive of a noun trigger,
 * a «میان/بین» phrase) and as its recipient (a phrase of one of its recipient markers), in the
 * trigger's clause.
 */
export function groupArguments(
  view: SentenceView,
  hit: TriggerHit,
  lex = groupLexicon(),
): { actor: GroupReference | null; recipient: GroupReference | null } {
  const c = view.clause[hit.first];
  const lo = Math.max(view.clauseStart[c], hit.first - BEFORE_REACH);
  const hi = hit.pattern.hasVerb ? hit.first : Math.min(view.words.length, hit.last + 1 + AFTER_REACH);
  const inClause = (r: GroupReference) =>
    view.clause[r.first] === c || view.clause[r.first] === view.clause[hit.last];
  const before = (r: GroupReference) => r.last < hit.first && inClause(r);
  const isObject = (r: GroupReference) => view.words[r.last + 1]?.key === 'را';
  const ownPrep = view.prep[hit.first];
  // «با دولت‌های محلی و مرکزی این دو کشور»: after a noun a reference is its possessor, no argument.
  const prepositions = grammarLexicon().prepositions;
  const before_ = coreferenceLexicon().before;
  const argumentPlace = (r: GroupReference) => {
    if (r.first === view.clauseStart[view.clause[r.first]]) return true;
    const prev = view.words[r.first - 1].key;
    return !/\p{L}/u.test(prev) || prepositions.has(prev) || before_.has(prev);
  };
  const actor =
    findGroupReference(
      view,
      lo,
      hit.first,
      (r) => before(r) && view.prep[r.first] === null && !isObject(r) && argumentPlace(r),
      lex,
    ) ??
    findGroupReference(
      view,
      lo,
      hi,
      (r) => inClause(r) && argumentLexicon().betweenPrepositions.has(view.prep[r.first] ?? ''),
      lex,
    ) ??
    (hit.pattern.hasVerb
      ? null
      : findGroupReference(
          view,
          hit.last + 1,
          hit.last + 3,
          (r) => r.first <= hit.last + 2 && view.prep[r.first] === ownPrep,
          lex,
        ));
  // «با همتایان خود در دو کشور»: the preposition opens the reference itself; one that opened a phrase
  // run on before it («با این حال طرفین …») is not the reference's.
  const opens = (r: GroupReference, p: string) =>
    view.prep[r.first] === p && view.words[r.first - 1]?.key === p.split(':')[0];
  let recipient: GroupReference | null = null;
  for (const marker of hit.trigger.recipient) {
    if (marker === 'subject' || marker === 'verb-subject' || marker === 'genitive') continue;
    if (marker === 'را')
      recipient = findGroupReference(view, lo, hit.first, (r) => before(r) && isObject(r), lex);
    else if (marker.startsWith('after:')) {
      const p = marker.slice(6);
      recipient = findGroupReference(view, hit.last + 1, hi, (r) => inClause(r) && opens(r, p), lex);
    } else recipient = findGroupReference(view, lo, hit.first, (r) => before(r) && opens(r, marker), lex);
    if (recipient) break;
  }
  return { actor: actor && recipient && actor.first === recipient.first ? null : actor, recipient };
}

/**
 * Fills the side a group reference stands for (`args.groupActor`, `args.groupRecipient`) with the
 * parties it names. As the actor with no recipient, the two parties act on each other (one mutual
 * event, the earlier named first, as «میان A و B» is coded); as the recipient, the parties other than
 * the actor's are each a recipient («با همتایان خود در دو کشور تماس گرفت»: one event each). With no
 * recipient the act must be one the sides do together (mutualTypes, «با یکدیگر», a mutual trigger of
 * whose «میان/بین» phrase the reference is). Two
 * parties or none: a «دو کشور» the text does not let us resolve stays unresolved.
 */
export function resolveGroupArguments(
  doc: Doc,
  views: readonly SentenceView[],
  view: SentenceView,
  args: Arguments,
  type: string,
  mutualTrigger: boolean,
  added: (id: string, code: string) => void,
  lex = groupLexicon(),
): void {
  if (args.actors.length === 0 && args.groupActor) {
    // «نظامیان 2 کشور … شناسایی»: an act the two sides do not do with each other needs its own recipient.
    // A mutual trigger (a clash, a ceasefire) is between the sides only when they stand in its «میان/بین»
    // phrase: in «دو طرف … بر برقراری آتش‌بس در سوریه توافق کردند» they are not the ones at war.
    const between = argumentLexicon().betweenPrepositions.has(view.prep[args.groupActor.first] ?? '');
    const mutual = args.mutual || (mutualTrigger && between) || lex.mutualTypes.has(type);
    if (args.recipients.length === 0 && !mutual) return;
    const ids = groupParties(doc, views, view, args.groupActor, args.recipients, added);
    if (ids.length < 2) return;
    args.actorSource = 'direct';
    if (args.recipients.length === 0) {
      args.actors = [ids[0]];
      args.recipients = [ids[1]];
      args.mutual = true;
    } else args.actors = ids;
  } else if (args.recipients.length === 0 && args.groupRecipient && args.actors.length > 0) {
    const ids = groupParties(doc, views, view, args.groupRecipient, args.actors, added);
    if (ids.length === 2) args.recipients = ids;
  }
}
