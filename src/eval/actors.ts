// `rasad eval --actors GOLD`: actor code accuracy per kind of mention (state, person, organization,
// generic group, place) and event location accuracy, on a gold file built by
// test/gold/actors/build.mjs (layout: docs/eval.md, "Actors and locations").
//  - A gold mention is found in rasad's repaired text by its letter key (so ZWNJ and Arabic letter
//    repairs do not move it); its predicted code is that of the actor of the entity covering it.
//  - Locations are scored twice: with the gold events placed at their evidence (the location stage
//    alone), and end to end on the events rasad found (same type, trigger in the evidence's sentence).
import { LOCATE_DEFAULTS, type LocateOptions, locateEvents } from '../code/location.js';
import type { CodedEvent, Doc, EventLocation, PloverType } from '../doc.js';
import { process as runPipeline } from '../pipeline.js';
import { foldUnit, letterKey } from '../resolve/actors/letter-key.js';
import { findPlaces, lookupPlaces } from '../resolve/places/index.js';
import { GoldError } from './events.js';

export type MentionKind = 'state' | 'person' | 'organization' | 'group' | 'place';
export const MENTION_KINDS: readonly MentionKind[] = ['state', 'person', 'organization', 'group', 'place'];

export interface GoldMention {
  text: string;
  n: number;
  code: string;
  kind: MentionKind;
}

export interface GoldPlace {
  name: string;
  country: string;
  admin1: string | null;
}

export interface GoldLocation {
  event: number;
  type: PloverType;
  cameo?: string | null;
  /** The gold event's actor and recipient codes (so the location stage sees a visit's host). */
  actor?: string[];
  recipient?: string[];
  evidence: string;
  location: GoldPlace | null;
}

export interface ActorGoldArticle {
  id: string;
  published: string | null;
  paragraphs: string[];
  mentions: GoldMention[];
  locations: GoldLocation[];
}

export interface KindScore {
  total: number;
  /** Code equal. */
  correct: number;
  /** Same country (first three letters) or both the same non-state code. */
  country: number;
  /** Some actor was found over the mention. */
  found: number;
}

export interface LocationScore {
  total: number;
  /** Both none, or the same country. */
  country: number;
  /** Both none, or the same first-level division (or the same place). */
  admin1: number;
  /** Both none, or the same place. */
  place: number;
}

export interface LocationError {
  id: string;
  event: number;
  evidence: string;
  gold: GoldPlace | null;
  predicted: EventLocation | null;
}

export interface ActorEvalReport {
  articles: number;
  byKind: Record<MentionKind, KindScore>;
  /** The location stage on the gold events (placed at their evidence). */
  locations: LocationScore;
  /** End to end: the gold events rasad found, with rasad's location. */
  endToEnd: LocationScore & { matched: number };
  mentionErrors: Array<{
    id: string;
    text: string;
    kind: MentionKind;
    gold: string;
    predicted: string | null;
  }>;
  locationErrors: LocationError[];
}

function fail(where: string, what: string): never {
  throw new GoldError(`${where}: ${what}`);
}

export function parseActorGold(jsonl: string, file = 'gold'): ActorGoldArticle[] {
  const out: ActorGoldArticle[] = [];
  jsonl.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('//')) return;
    const where = `${file}:${i + 1}`;
    let a: Partial<ActorGoldArticle>;
    try {
      a = JSON.parse(line);
    } catch {
      fail(where, 'not a JSON object');
    }
    if (typeof a?.id !== 'string') fail(where, 'field "id" missing or not a string');
    if (!Array.isArray(a.paragraphs)) fail(where, 'field "paragraphs" missing');
    if (!Array.isArray(a.mentions)) fail(where, 'field "mentions" missing');
    if (!Array.isArray(a.locations)) fail(where, 'field "locations" missing');
    a.mentions.forEach((m, k) => {
      if (typeof m?.text !== 'string' || m.text === '') fail(where, `mentions[${k}].text missing`);
      if (!MENTION_KINDS.includes(m.kind))
        fail(where, `mentions[${k}].kind is not one of ${MENTION_KINDS.join(', ')}`);
      if (typeof m.code !== 'string') fail(where, `mentions[${k}].code missing`);
    });
    a.locations.forEach((l, k) => {
      if (typeof l?.evidence !== 'string') fail(where, `locations[${k}].evidence missing`);
      if (l.location !== null && typeof l.location?.country !== 'string')
        fail(where, `locations[${k}].location.country missing`);
    });
    out.push(a as ActorGoldArticle);
  });
  return out;
}

/** The text folded to letter keys, with each key unit's position in the text. */
function keyed(text: string): { key: string; at: number[] } {
  const at: number[] = [];
  let key = '';
  for (let i = 0; i < text.length; i++) {
    const f = foldUnit(text.charCodeAt(i));
    if (f === 0) continue;
    key += String.fromCharCode(f);
    at.push(i);
  }
  return { key, at };
}

/** The span of the n-th occurrence (1-based) of a phrase in the text, by letter key; null if absent. */
function findSpan(
  k: { key: string; at: number[] },
  phrase: string,
  n = 1,
): { start: number; end: number } | null {
  const needle = letterKey(phrase);
  if (needle === '') return null;
  let from = -1;
  for (let i = 0; i < n; i++) {
    from = k.key.indexOf(needle, from + 1);
    if (from < 0) return null;
  }
  return { start: k.at[from], end: k.at[from + needle.length - 1] + 1 };
}

/**
 * The code of the actor over a gold mention. A gold text may run on past the mention with a few
 * context words that make it unique («روسیه با کشورهای غربی», «سلیمانی خبرگزاری فرانسه»): the
 * mention is what the text starts with, so an entity covering the span's first letter wins; without
 * one, the entity overlapping the span most.
 */
function predictedCode(
  doc: Doc,
  span: { start: number; end: number },
): { found: boolean; code: string | null } {
  let best: { head: boolean; overlap: number; code: string | null } | null = null;
  for (const e of doc.entities) {
    if (e.actor === null) continue;
    const overlap = Math.min(e.end, span.end) - Math.max(e.start, span.start);
    if (overlap <= 0) continue;
    const head = e.start <= span.start && span.start < e.end;
    const code = doc.actors.find((a) => a.id === e.actor)?.code ?? null;
    if (!best || (head && !best.head) || (head === best.head && overlap > best.overlap))
      best = { head, overlap, code };
  }
  return best ? { found: true, code: best.code } : { found: false, code: null };
}

const sameKey = (a: string | null | undefined, b: string | null | undefined) =>
  a != null && b != null && letterKey(a) === letterKey(b);

/** Whether a predicted location is the gold place (its name is one of the entry's names). */
function samePlace(gold: GoldPlace, p: EventLocation): boolean {
  if (gold.country !== p.country) return false;
  if (sameKey(gold.name, p.name)) return true;
  return lookupPlaces(gold.name).some((x) => x.id === p.place);
}

function score(into: LocationScore, gold: GoldPlace | null, p: EventLocation | null): boolean {
  into.total++;
  if (gold === null || p === null) {
    const ok = gold === null && p === null;
    if (ok) {
      into.country++;
      into.admin1++;
      into.place++;
    }
    return ok;
  }
  if (gold.country !== p.country) return false;
  into.country++;
  const place = samePlace(gold, p);
  const goldIsCountry = lookupPlaces(gold.name).some(
    (x) => x.kind === 'country' && x.country === gold.country,
  );
  const admin1 =
    place ||
    (goldIsCountry
      ? p.admin1 === null
      : sameKey(gold.admin1 ?? gold.name, p.admin1) || sameKey(gold.admin1, p.name));
  if (admin1) into.admin1++;
  if (place) into.place++;
  return place;
}

const emptyLocationScore = (): LocationScore => ({ total: 0, country: 0, admin1: 0, place: 0 });

/** The sentence index holding a span's start. */
function sentenceAt(doc: Doc, pos: number): number {
  const k = doc.sentences.findIndex((s) => s.start <= pos && pos < s.end);
  return k < 0 ? 0 : k;
}

export function evalActors(
  jsonl: string,
  options: { file?: string; locate?: LocateOptions } = {},
): ActorEvalReport {
  const gold = parseActorGold(jsonl, options.file);
  const byKind = Object.fromEntries(
    MENTION_KINDS.map((k) => [k, { total: 0, correct: 0, country: 0, found: 0 }]),
  ) as Record<MentionKind, KindScore>;
  const locations = emptyLocationScore();
  const endToEnd = { ...emptyLocationScore(), matched: 0 };
  const mentionErrors: ActorEvalReport['mentionErrors'] = [];
  const locationErrors: LocationError[] = [];
  for (const a of gold) {
    const doc = runPipeline({ id: a.id, text: a.paragraphs.join('\n'), published: a.published ?? undefined });
    const k = keyed(doc.text);
    for (const m of a.mentions) {
      const s = byKind[m.kind];
      s.total++;
      const span = findSpan(k, m.text, m.n);
      const p = span ? predictedCode(doc, span) : { found: false, code: null };
      if (p.found) s.found++;
      if (p.code === m.code) s.correct++;
      else mentionErrors.push({ id: a.id, text: m.text, kind: m.kind, gold: m.code, predicted: p.code });
      if (p.code && p.code.slice(0, 3) === m.code.slice(0, 3)) s.country++;
    }
    // End to end: rasad's own events, matched to gold events by type and the evidence's sentence.
    const used = new Set<CodedEvent>();
    const placed: CodedEvent[] = [];
    for (const l of a.locations) {
      const span = findSpan(k, l.evidence) ?? { start: 0, end: 0 };
      const sentence = sentenceAt(doc, span.start);
      const mine = doc.events.find((e) => !used.has(e) && e.type === l.type && e.sentence === sentence);
      if (mine) {
        used.add(mine);
        endToEnd.matched++;
        score(endToEnd, l.location, mine.location ?? null);
      }
      placed.push({
        id: `g${l.event}`,
        type: l.type,
        mode: null,
        cameo: '',
        quad: 1,
        actor: [],
        recipient: [],
        date: null,
        negated: false,
        future: false,
        reported_by: [],
        sentence,
        trigger: { ...span, text: doc.text.slice(span.start, span.end) },
        confidence: 1,
      });
    }
    // The location stage alone, on the gold events.
    const saved = { events: doc.events, actors: doc.actors };
    doc.actors = [...doc.actors];
    a.locations.forEach((l, i) => {
      placed[i].cameo = l.cameo ?? '';
      // Each gold code stands in as an actor of its own, so the stage sees the gold parties' countries.
      const standIns = (codes: readonly string[], role: string) =>
        codes.map((code, r) => {
          const id = `gold${i}${role}${r}`;
          doc.actors.push({
            id,
            name: code,
            name_en: null,
            code,
            country: null,
            sector: null,
            wikidata: null,
            roles: [],
            mentions: [],
          });
          return id;
        });
      placed[i].actor = standIns(l.actor ?? [], 'a');
      placed[i].recipient = standIns(l.recipient ?? [], 'r');
    });
    doc.events = placed;
    locateEvents(doc, findPlaces(doc), options.locate ?? LOCATE_DEFAULTS);
    doc.events = saved.events;
    doc.actors = saved.actors;
    a.locations.forEach((l, i) => {
      const p = placed[i].location ?? null;
      if (!score(locations, l.location, p))
        locationErrors.push({
          id: a.id,
          event: l.event,
          evidence: l.evidence,
          gold: l.location,
          predicted: p,
        });
    });
  }
  return { articles: gold.length, byKind, locations, endToEnd, mentionErrors, locationErrors };
}

export function formatActorReport(r: ActorEvalReport, verbose = false): string {
  const pct = (n: number, d: number) => (d === 0 ? '-' : (n / d).toFixed(3));
  const rows = ['kind\tmentions\taccuracy\tcountry\tfound'];
  const all: KindScore = { total: 0, correct: 0, country: 0, found: 0 };
  for (const kind of MENTION_KINDS) {
    const s = r.byKind[kind];
    for (const f of ['total', 'correct', 'country', 'found'] as const) all[f] += s[f];
    rows.push(
      `${kind}\t${s.total}\t${pct(s.correct, s.total)}\t${pct(s.country, s.total)}\t${pct(s.found, s.total)}`,
    );
  }
  rows.push(
    `overall\t${all.total}\t${pct(all.correct, all.total)}\t${pct(all.country, all.total)}\t${pct(all.found, all.total)}`,
  );
  const l = r.locations;
  const e = r.endToEnd;
  rows.push('', 'locations\tevents\tplace\tadmin1\tcountry');
  rows.push(
    `gold events\t${l.total}\t${pct(l.place, l.total)}\t${pct(l.admin1, l.total)}\t${pct(l.country, l.total)}`,
  );
  rows.push(
    `end to end\t${e.total}\t${pct(e.place, e.total)}\t${pct(e.admin1, e.total)}\t${pct(e.country, e.total)}`,
  );
  if (verbose) {
    rows.push('', 'mention errors (id, kind, text, gold, predicted)');
    for (const m of r.mentionErrors)
      rows.push(`${m.id}\t${m.kind}\t${m.text}\t${m.gold}\t${m.predicted ?? '-'}`);
    rows.push('', 'location errors (id, event, gold, predicted, evidence)');
    for (const x of r.locationErrors)
      rows.push(
        `${x.id}\tE${x.event}\t${x.gold ? `${x.gold.name}/${x.gold.country}` : '-'}\t${x.predicted ? `${x.predicted.name}/${x.predicted.country}` : '-'}\t${x.evidence}`,
      );
  }
  return rows.join('\n');
}
