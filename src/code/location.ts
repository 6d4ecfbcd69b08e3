// The location stage (after events): every event gets `location` {name, country, admin1, lat, lon,
// place} where the text says where it happened, else null. Evidence, strongest first:
//   «در X» / «در شهر|ولایت|استان X» in the event's sentence (where a meeting, attack or statement took place);
//   «به X» / «عازم X» / «وارد X» for a visit (the host city), and «حمله به X» for an attack;
//   a bare head phrase («ولایت ننگرهار») in the sentence;
//   the dateline («به گزارش … از مسکو») of the sentence;
// then, when the sentence names no place, the nearest earlier sentence of the same paragraph that
// says «در X» (the scene set once for several sentences), and last the article's dateline.
// The weights and fallbacks were chosen by measurement on the development location gold
// (docs/bench-actors.md, Places).
import type { CodedEvent, Component, Doc, EventLocation } from '../doc.js';
import { letterKey } from '../resolve/actors/letter-key.js';
import { placeCues } from '../resolve/places/cues.js';
import {
  admin1Name,
  linkPlaces,
  type Place,
  type PlaceMention,
  placeGazetteer,
} from '../resolve/places/index.js';
import { firstStartingFrom, partitionPoint } from '../text/span-index.js';

// Office, visit and «از X دیدن کرد» words: lexicon/places/cues.json.
/** Acts that happen at a place: an earlier sentence's scene carries over to them across paragraphs. */
const PHYSICAL = new Set(['ASSAULT', 'COERCE', 'MOBILIZE', 'PROTEST', 'AID', 'RETREAT']);
const KIND_DETAIL: Record<Place['kind'], number> = { country: 0, admin1: 1, city: 2, admin2: 2 };

export function toLocation(p: Place): EventLocation {
  return { name: p.name, country: p.country, admin1: admin1Name(p), lat: p.lat, lon: p.lon, place: p.id };
}

/**
 * What the location rules ask of a sentence's whole text, asked once per sentence: a sentence with
 * many events (a long one without punctuation) must not be scanned again for each of them.
 */
interface SentenceFacts {
  text: string;
  visitWords: boolean;
  visitedFrom: boolean;
}

function isVisit(e: CodedEvent, facts: SentenceFacts): boolean {
  return e.mode === 'visit' || e.cameo === '042' || e.cameo === '043' || facts.visitWords;
}

/**
 * «سفیر بحرین در تهران», «خبرنگار الجزیره در کابل»: a «در X» inside a person's or office's name says
 * where that party sits — weaker than any cue of the sentence itself, but where a summons of the
 * ambassador or the envoy's statement took place when the sentence names no other scene.
 */
const SEAT_WEIGHT = 1.5;
/** How far (characters) before the trigger a seated party's name may end. */
const SEAT_REACH = 80;

/** A party's name holding a «در X» (its span), and whether a preposition makes it an object. */
interface Seat {
  start: number;
  end: number;
  object: boolean;
}

/** How strongly a mention says where the event happened (0: it does not). */
function weight(
  m: PlaceMention,
  e: CodedEvent,
  facts: SentenceFacts,
  seats: ReadonlyMap<PlaceMention, Seat>,
): number {
  const seat = seats.get(m);
  if (seat) {
    // Only the party acting or acted on right there: the name stands just before the trigger (or in
    // it), not as an object after «به/با/از» («به سفارت افغانستان در مسکو»).
    const t = e.trigger;
    const near = seat.start < t.end && t.start - seat.end <= SEAT_REACH;
    return near && !seat.object ? SEAT_WEIGHT : 0;
  }
  switch (m.cue) {
    case 'in':
      return 4;
    case 'from':
      // «از کشورهای اردن، مصر و سوریه دیدن کرده است»: «از X دیدن/بازدید کردن» is a visit to X.
      return facts.visitedFrom ? 4 : 0;
    case 'to':
      if (isVisit(e, facts)) return 4;
      return e.type === 'ASSAULT' ? 2 : 0;
    case 'head':
      return 2;
    case 'topic':
      // «حملات … علیه مواضع داعش در سوریه»: the noun's place is the event's when the event is that act.
      return PHYSICAL.has(e.type) ? 3 : 0;
    case 'dateline':
      return 1;
    default:
      return 0;
  }
}

/**
 * For each mention, the longer non-LOC entity around it («وزیر خارجه افغانستان»: the place is an
 * owner inside an office, not a scene), or null. One sweep over both in text order: linear.
 */
function enclosingEntities(
  doc: Doc,
  mentions: readonly PlaceMention[],
): Map<PlaceMention, Doc['entities'][number]> {
  const out = new Map<PlaceMention, Doc['entities'][number]>();
  const ents = doc.entities.filter((x) => x.type !== 'LOC').sort((a, b) => a.start - b.start);
  const order = [...mentions].sort((a, b) => a.start - b.start);
  let i = 0;
  let widest: Doc['entities'][number] | null = null; // the entity started so far that reaches furthest
  for (const m of order) {
    while (i < ents.length && (ents[i] as Doc['entities'][number]).start <= m.start) {
      const x = ents[i] as Doc['entities'][number];
      if (!widest || x.end > widest.end) widest = x;
      i++;
    }
    if (widest && m.end <= widest.end && widest.end - widest.start > m.end - m.start) out.set(m, widest);
  }
  return out;
}

/** Mentions farther than this from a trigger are not its scene: bounded work in a sentence of any length. */
const REACH = 400;

/**
 * The mentions (sorted by start, as the places layer writes them) within REACH of a trigger, found by
 * binary search so that a sentence with thousands of mentions and events stays linear. A mention
 * ending at or after `from` starts at or after `from` less the longest mention.
 */
/** Per mention list (one per sentence), read once: its longest mention and whether it is sorted. */
const listShapes = new WeakMap<readonly PlaceMention[], { longest: number; sorted: boolean }>();

function withinReach(mentions: readonly PlaceMention[], t: { start: number; end: number }): PlaceMention[] {
  const from = t.start - REACH;
  const to = t.end + REACH;
  let shape = listShapes.get(mentions);
  if (!shape) {
    shape = { longest: 0, sorted: true };
    for (let i = 0; i < mentions.length; i++) {
      const m = mentions[i] as PlaceMention;
      if (m.end - m.start > shape.longest) shape.longest = m.end - m.start;
      if (i > 0 && m.start < (mentions[i - 1] as PlaceMention).start) shape.sorted = false;
    }
    listShapes.set(mentions, shape);
  }
  const { longest, sorted } = shape;
  if (!sorted) return mentions.filter((m) => m.end >= from && m.start <= to);
  const lo = partitionPoint(mentions.length, (i) => (mentions[i] as PlaceMention).start < from - longest);
  const out: PlaceMention[] = [];
  for (let i = lo; i < mentions.length; i++) {
    const m = mentions[i] as PlaceMention;
    if (m.start > to) break;
    if (m.end >= from) out.push(m);
  }
  return out;
}

/**
 * What one call of the stage looks up often, built once per call (not cached on the document: the
 * actor list may change between calls, as when the evaluation re-locates gold events with gold actors).
 */
interface LocateIndex {
  actorsById: Map<string, Doc['actors'][number]>;
  /** The quotations sorted by start. */
  quotes: Doc['quotes'];
  /** The «در X» mentions inside a party's name (SEAT_WEIGHT). */
  seats: Map<PlaceMention, Seat>;
  /** A sentence's facts (memoized). */
  factsOf: (sentence: number) => SentenceFacts;
}

function locateIndex(doc: Doc, seats: Map<PlaceMention, Seat>): LocateIndex {
  const facts = new Map<number, SentenceFacts>();
  const factsOf = (s: number): SentenceFacts => {
    let f = facts.get(s);
    if (!f) {
      const sentence = doc.sentences[s];
      const text = sentence ? doc.text.slice(sentence.start, sentence.end) : '';
      const cues = placeCues();
      f = { text, visitWords: cues.visitWords.test(text), visitedFrom: cues.visitedFrom.test(text) };
      facts.set(s, f);
    }
    return f;
  };
  return {
    actorsById: new Map(doc.actors.map((a) => [a.id, a])),
    quotes: [...doc.quotes].sort((a, b) => a.start - b.start),
    seats,
    factsOf,
  };
}

/** The countries of an event's recipients (a visit's host), or of its actors. */
function recipientCountries(
  ix: LocateIndex,
  e: CodedEvent,
  role: 'recipient' | 'actor' = 'recipient',
): Set<string> {
  const out = new Set<string>();
  for (const id of e[role]) {
    const a = ix.actorsById.get(id);
    const c = a?.country ?? (a?.code && /^[A-Z]{3}/.test(a.code) ? a.code.slice(0, 3) : null);
    if (c) out.add(c);
  }
  return out;
}

/** Whether «که» stands between a mention and the event's trigger. */
function clauseBetween(doc: Doc, m: PlaceMention, e: CodedEvent): boolean {
  if (m.start >= e.trigger.start && m.end <= e.trigger.end) return false;
  const from = Math.min(m.end, e.trigger.start);
  const to = Math.max(m.start, e.trigger.end);
  for (let k = firstStartingFrom(doc.tokens, from); k < doc.tokens.length; k++) {
    const t = doc.tokens[k] as Doc['tokens'][number];
    if (t.start >= to) break;
    if (t.text === 'که') return true;
  }
  return false;
}

/** The last-starting quotation containing pos (quotes sorted by start; a binary search, then back). */
function innermostQuote(ix: LocateIndex, pos: number): Doc['quotes'][number] | null {
  const qs = ix.quotes;
  const lo = partitionPoint(qs.length, (i) => (qs[i] as Doc['quotes'][number]).start <= pos);
  // Nested quotations are few: look back a bounded number of them.
  for (let k = lo - 1; k >= 0 && k >= lo - 8; k--) {
    const q = qs[k] as Doc['quotes'][number];
    if (q.start <= pos && pos < q.end) return q;
  }
  return null;
}

function bestIn(
  mentions: readonly PlaceMention[],
  e: CodedEvent,
  doc: Doc,
  options: LocateOptions,
  ix: LocateIndex,
): Place | null {
  const facts = ix.factsOf(e.sentence);
  // A visit to several countries named in one sentence is, for each event, in its host's country.
  const hosts = isVisit(e, facts) ? recipientCountries(ix, e) : new Set<string>();
  let best: { m: PlaceMention; w: number; d: number } | null = null;
  // A place inside a quotation the trigger is not in is what was said, not where it was said.
  const quoteOf = (pos: number) => innermostQuote(ix, pos);
  const triggerQuote = quoteOf(e.trigger.start);
  mentions = withinReach(mentions, e.trigger);
  for (const m of mentions) {
    const q = quoteOf(m.start);
    if (q && q !== triggerQuote) continue;
    let w = weight(m, e, facts, ix.seats);
    // «به گزارش خبرگزاری فرانسه از بیروت، مقتدا صدر … گفت»: the dateline is where the news was filed,
    // the event's place only when the act is by or to someone of that country (as for the article's).
    if (m.cue === 'dateline' && options.datelineParty && e.actor.length > 0) {
      const parties = new Set([...recipientCountries(ix, e, 'actor'), ...recipientCountries(ix, e)]);
      if (!parties.has(m.place.country)) w = 0;
    }
    if (w > 0 && hosts.has(m.place.country)) w += 0.5;
    // «… در استان ادلب کشته شده‌اند که مسکو خواستار … است»: a place in another clause than the trigger.
    if (w > 0 && options.clause && !PHYSICAL.has(e.type) && clauseBetween(doc, m, e)) w = 0;
    if (w === 0) continue;
    const t = e.trigger;
    const d =
      m.start >= t.start && m.end <= t.end
        ? 0
        : Math.min(Math.abs(m.start - t.end), Math.abs(m.end - t.start));
    if (!best || w > best.w || (w === best.w && d < best.d)) best = { m, w, d };
  }
  if (!best) return null;
  // «در هرات افغانستان», «در افغانستان، در ولایت هرات»: the most precise place of the same country.
  let place = best.m.place;
  for (const m of mentions) {
    if (m.place.country !== place.country || weight(m, e, facts, ix.seats) < 2) continue;
    if (KIND_DETAIL[m.place.kind] > KIND_DETAIL[place.kind]) place = m.place;
  }
  return place;
}

/** Where to look when the event's sentence names no place (measured: docs/bench-actors.md, Places). */
export interface LocateOptions {
  /** The scene («در X») of an earlier sentence: of the same paragraph, of the article, or never. */
  scene: 'paragraph' | 'article' | 'none';
  /** How many sentences back a scene is looked for. */
  sceneReach: number;
  /** With scene 'paragraph': physical acts (attacks, arrests…) look across paragraphs too. */
  physical: boolean;
  /** Lower a place separated from the trigger by «که» (another clause). */
  clause: boolean;
  /** Physical acts: then the place of a local official the article quotes («رئیس پلیس کابل»). */
  local: boolean;
  /** Then a visit's host country (CAMEO 042: the recipient's, 043: the actor's). */
  host: boolean;
  /** Then the article's one scene, when all its «در X» name the same place. */
  single: boolean;
  /** Then the dateline of the article («به گزارش … از مسکو»). */
  dateline: boolean;
  /** Only when the dateline's country is a party's (or the act has no named actor). */
  datelineParty: boolean;
  /** A «در X» inside a party's name («سفیر بحرین در تهران») as a weak scene (SEAT_WEIGHT). */
  seat: boolean;
  /** «وی افزود»: the previous sentence's scene carries over a paragraph break. */
  continues: boolean;
  /** Non-physical events of a phone or video call have no location. */
  remote: boolean;
  /** Then the province of a regional office named in the sentence. */
  regional: boolean;
  /** Then, for arrests and sentences by a state's police, courts or government, that state. */
  domestic: boolean;
  /** A visit's destination is the scene of the sentences after it. */
  visitScene: boolean;
}

export const LOCATE_DEFAULTS: LocateOptions = {
  local: true,
  datelineParty: true,
  clause: true,
  host: true,
  physical: true,
  scene: 'paragraph',
  sceneReach: 3,
  single: false,
  dateline: true,
  seat: true,
  continues: true,
  remote: true,
  regional: true,
  domestic: true,
  visitScene: true,
};

/** The province inside an office's name in the sentence («سروزیر ایالت بلوچستان»), not an envoy's seat («در مسکو»). */
function regionalOffice(
  all: readonly PlaceMention[],
  enclosing: ReadonlyMap<PlaceMention, Doc['entities'][number]>,
): Place | null {
  for (const m of all) if (enclosing.has(m) && m.place.kind === 'admin1' && m.cue !== 'in') return m.place;
  return null;
}

/** Arrest and sentencing acts (CAMEO): where a state's own organs do them, at home. */
const DOMESTIC_CAMEO = /^(17[23]|116)/;
/** Sectors whose acts abroad are common (armies, rebels): no home rule for them. */
const ABROAD_SECTORS = /^(MIL|REB|SPY|UAF|INS)/;

function domesticPlace(ix: LocateIndex, e: CodedEvent): Place | null {
  if (!DOMESTIC_CAMEO.test(e.cameo) || e.actor.length === 0) return null;
  const countries = new Set<string>();
  for (const id of e.actor) {
    const a = ix.actorsById.get(id);
    const code = a?.code ?? '';
    if (!/^[A-Z]{3}/.test(code) || ABROAD_SECTORS.test(code.slice(3))) return null;
    countries.add(a?.country ?? code.slice(0, 3));
  }
  if (countries.size !== 1) return null;
  return placeGazetteer().byId.get([...countries][0] as string) ?? null;
}

/** Sets `location` on every event of the document. */
export function locateEvents(
  doc: Doc,
  mentions: readonly PlaceMention[],
  options: LocateOptions = LOCATE_DEFAULTS,
): void {
  const enclosing = enclosingEntities(doc, mentions);
  const seats = new Map<PlaceMention, Seat>();
  if (options.seat) {
    const objectMarks = placeCues().seatObject;
    for (const m of mentions) {
      const x = enclosing.get(m);
      if (m.cue !== 'in' || !x) continue;
      const before = /(\S+)\s*$/.exec(doc.text.slice(Math.max(0, x.start - 30), x.start))?.[1] ?? '';
      seats.set(m, { start: x.start, end: x.end, object: objectMarks.has(letterKey(before)) });
    }
  }
  const ix = locateIndex(doc, seats);
  const bySentence = new Map<number, PlaceMention[]>();
  // Every mention of each sentence, those inside other names too (regionalOffice).
  const mentionsOf = new Map<number, PlaceMention[]>();
  for (const m of mentions) {
    const all = mentionsOf.get(m.sentence) ?? [];
    all.push(m);
    mentionsOf.set(m.sentence, all);
    if (enclosing.has(m) && !seats.has(m)) continue;
    const list = bySentence.get(m.sentence) ?? [];
    list.push(m);
    bySentence.set(m.sentence, list);
  }
  const dateline = mentions.find((m) => m.cue === 'dateline')?.place ?? null;
  // «رئیس پلیس کابل», «والی ننگرهار», «استاندار موصل»: local officials speak for the place where an
  // attack or arrest happened; the first such place of the article.
  const local =
    mentions.find((m) => {
      const x = enclosing.get(m);
      return x !== undefined && placeCues().localOffice.test(x.text);
    })?.place ?? null;
  // One scene for the whole article: every «در X» of it in the same place.
  const scenes = mentions.filter((m) => m.cue === 'in' && !enclosing.has(m));
  const single =
    scenes.length > 0 && scenes.every((m) => m.place.id === scenes[0].place.id) ? scenes[0].place : null;
  // The paragraph of each sentence (the offset of the newline before it), found in one pass.
  const paragraphs: number[] = [];
  {
    let nl = -1;
    let at = 0;
    for (const sentence of doc.sentences) {
      for (; at < sentence.start; at++) if (doc.text.charCodeAt(at) === 10) nl = at;
      paragraphs.push(nl);
    }
  }
  const paragraphOf = (s: number) => paragraphs[s] ?? -1;
  const sentenceText = (s: number) => ix.factsOf(s).text;
  const cues = placeCues();
  // Asked per event, answered per sentence (a sentence may hold thousands of events).
  const regional = new Map<number, Place | null>();
  const regionalOf = (s: number): Place | null => {
    if (!regional.has(s)) regional.set(s, regionalOffice(mentionsOf.get(s) ?? [], enclosing));
    return regional.get(s) ?? null;
  };
  const continuing = new Map<number, boolean>();
  const continuesAt = (s: number): boolean => {
    let c = continuing.get(s);
    if (c === undefined) {
      c = cues.continues.test(sentenceText(s));
      continuing.set(s, c);
    }
    return c;
  };
  // The sentences about a call («گفت‌وگوی تلفنی»), and those going on with one («طی این گفت‌وگو»): an
  // earlier call of the same paragraph, or of the article's lead sentence.
  const remote = new Set<number>();
  if (options.remote) {
    let lastCall = -1;
    for (let s = 0; s < doc.sentences.length; s++) {
      const t = sentenceText(s);
      if (cues.remote.test(t)) {
        remote.add(s);
        lastCall = s;
      } else if (
        lastCall >= 0 &&
        cues.remoteRefer.test(t) &&
        (lastCall === 0 || paragraphOf(lastCall) === paragraphOf(s) || s - lastCall <= 2)
      )
        remote.add(s);
    }
  }
  for (const e of doc.events) {
    if (remote.has(e.sentence) && !PHYSICAL.has(e.type)) {
      e.location = null;
      continue;
    }
    let place = bestIn(bySentence.get(e.sentence) ?? [], e, doc, options, ix);
    // «سروزیر ایالت بلوچستان … استعفا داد»: a regional office named in the sentence is where its
    // business happens, when the sentence names no scene.
    if (!place && options.regional) place = regionalOf(e.sentence);
    // «پلیس آمریکا او را بازداشت کرد»: a state's police, courts or government arrest and sentence at home.
    if (!place && options.domestic) place = domesticPlace(ix, e);
    if (!place && options.scene !== 'none') {
      const paragraph = paragraphOf(e.sentence);
      const stop = Math.max(0, e.sentence - options.sceneReach);
      // «وی افزود: …»: a statement going on in a new paragraph is still where it was made.
      const continues = options.continues && continuesAt(e.sentence);
      for (let s = e.sentence - 1; s >= stop && !place; s--) {
        if (
          options.scene === 'paragraph' &&
          paragraphOf(s) !== paragraph &&
          !(options.physical && PHYSICAL.has(e.type)) &&
          !(continues && s === e.sentence - 1)
        )
          break;
        let scene = (bySentence.get(s) ?? []).filter((m) => m.cue === 'in' && !seats.has(m));
        // «رامسفلد قرار است به اندونزی سفر کند. … ما به آمریکا خاطرنشان خواهیم کرد»: a visit's
        // destination is the scene of what follows it.
        if (scene.length === 0 && options.visitScene && ix.factsOf(s).visitWords)
          scene = (bySentence.get(s) ?? []).filter((m) => m.cue === 'to');
        if (scene.length > 0) place = scene[scene.length - 1].place;
      }
    }
    if (!place && options.local && PHYSICAL.has(e.type)) place = local;
    // A visit the text gives no place for is in its host's country: the visited (042) or the host (043).
    if (!place && options.host && (e.cameo === '042' || e.cameo === '043')) {
      const hosts = [...recipientCountries(ix, e, e.cameo === '042' ? 'recipient' : 'actor')];
      if (hosts.length === 1) place = placeGazetteer().byId.get(hosts[0]) ?? null;
    }
    if (options.single) place ??= single;
    // The dateline, when the act is by or to someone of that country, or by no one named (an attack).
    if (options.dateline && !place && dateline) {
      const parties = new Set([...recipientCountries(ix, e, 'actor'), ...recipientCountries(ix, e)]);
      if (!options.datelineParty || e.actor.length === 0 || parties.has(dateline.country)) place = dateline;
    }
    e.location = place ? toLocation(place) : null;
  }
}

/** The pipeline component: link places, then locate events. */
export const locate: Component = (doc) => {
  const mentions = linkPlaces(doc);
  locateEvents(doc, mentions);
};
