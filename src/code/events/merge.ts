// One happening, one event. Mentions of one attack across an article («حمله گروه داعش به وزارت خارجه»
// … «حادثه روز گذشته» … «حمله دیروز مقابل ورودی این وزارتخانه») merge when their actors, targets and
// dates do not contradict each other; then events equal in (type, actor, recipient, date) are one.
import type { CodedEvent } from '../../doc.js';

export interface Candidate {
  event: CodedEvent;
  /** 3 attached, 2 clause, 1 reference, 0 none (see event-date.ts). */
  dateStrength: number;
  merge: string | null;
  /** Order of the cameo's specificity: a generic «حمله» (180) yields to «انفجار» (183). */
  generic: boolean;
  /** Set by mergeMentions on a mention folded into an earlier one. */
  into?: Candidate;
  /** For the confidence model: the trigger's lexicon confidence and how the actor was found. */
  base?: number;
  actorSource?: 'direct' | 'inherited' | 'speaker' | 'none';
  /** The trigger's lexicon id and whether it is nominal (no verb in its pattern). */
  trigger?: string;
  nominal?: boolean;
}

const SOURCE_RANK = { direct: 3, inherited: 2, speaker: 1, none: 0 } as const;

/** The merged event knows what its best mention knew. */
function foldFacts(into: Candidate, from: Candidate): void {
  into.base = Math.max(into.base ?? 0, from.base ?? 0);
  if (from.actorSource && SOURCE_RANK[from.actorSource] > SOURCE_RANK[into.actorSource ?? 'none'])
    into.actorSource = from.actorSource;
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x) => b.includes(x));
/** A bare country code (IRQ) and a role of that country (IRQMIL) may name the same side. */
const refines = (general: string, specific: string) =>
  general.length === 3 && specific.length > 3 && specific.startsWith(general);
const compatible = (a: readonly string[], b: readonly string[]) =>
  a.length === 0 ||
  b.length === 0 ||
  sameSet(a, b) ||
  (a.length === 1 && b.length === 1 && (refines(a[0], b[0]) || refines(b[0], a[0])));
/** `b` names the side `a` names, more specifically («۱۳ سرباز عراقی» after «عراق»). */
const moreSpecific = (a: readonly string[], b: readonly string[]) =>
  a.length === 1 && b.length === 1 && refines(a[0], b[0]);

/** Actors compare by their code where they have one: «این وزارتخانه» may be a second actor of the same ministry. */
export type ActorKey = (id: string) => string;

/** Merges mentions of one happening (same `merge` group) that do not contradict each other. */
export function mergeMentions(candidates: Candidate[], keyOf: ActorKey = (id) => id): Candidate[] {
  const out: Candidate[] = [];
  const groups = new Map<string, Candidate[]>();
  for (const c of candidates) {
    if (!c.merge) {
      out.push(c);
      continue;
    }
    const list = groups.get(c.merge) ?? [];
    const e = c.event;
    const into = list.find((g) => {
      const f = g.event;
      if (f.negated !== e.negated || f.future !== e.future) return false;
      if (
        !compatible(f.actor.map(keyOf), e.actor.map(keyOf)) ||
        !compatible(f.recipient.map(keyOf), e.recipient.map(keyOf))
      )
        return false;
      if (fillsFromAfar(f, e, keyOf)) return false;
      return f.date === e.date || g.dateStrength < 2 || c.dateStrength < 2;
    });
    if (!into) {
      list.push(c);
      groups.set(c.merge, list);
      out.push(c);
      continue;
    }
    c.into = into;
    const f = into.event;
    addEvidence(f, e);
    foldFacts(into, c);
    if (f.actor.length === 0 || moreSpecific(f.actor.map(keyOf), e.actor.map(keyOf))) f.actor = e.actor;
    if (f.recipient.length === 0 || moreSpecific(f.recipient.map(keyOf), e.recipient.map(keyOf)))
      f.recipient = e.recipient;
    if (c.dateStrength > into.dateStrength) {
      f.date = e.date;
      into.dateStrength = c.dateStrength;
    }
    if (into.generic && !c.generic) {
      f.cameo = e.cameo;
      f.mode = e.mode;
      f.type = e.type;
      f.quad = e.quad;
      into.generic = false;
    }
    // reported_by stays the first mention's: an attack the article itself reports is not «reported».
    f.confidence =
      Math.round(Math.min(0.99, Math.max(f.confidence, e.confidence) + MENTION_BONUS) * 100) / 100;
  }
  return out;
}

/** How many sentences apart two mentions sharing no side may be for one to fill the other's empty side. */
export const FILL_REACH = 2;

/**
 * «-دو سرباز آمریکایی در بغداد کشته شدند.» … seven items later «-در پی تهاجم نیروهای اسرائیلی به …»:
 * a mention that would give the other a side it lacks, with no resolved side in common, is the same
 * happening only near it (within FILL_REACH sentences of one of its mentions); farther off it is
 * another attack, and merging would hand one attack's perpetrator to the other's victims.
 */
function fillsFromAfar(f: CodedEvent, e: CodedEvent, keyOf: ActorKey): boolean {
  const fills =
    (f.actor.length === 0 && e.actor.length > 0) || (f.recipient.length === 0 && e.recipient.length > 0);
  const gives =
    (e.actor.length === 0 && f.actor.length > 0) || (e.recipient.length === 0 && f.recipient.length > 0);
  if (!fills && !gives) return false;
  const both = (a: readonly string[], b: readonly string[]) =>
    a.length > 0 && b.length > 0 && compatible(a, b);
  if (both(f.actor.map(keyOf), e.actor.map(keyOf)) || both(f.recipient.map(keyOf), e.recipient.map(keyOf)))
    return false;
  const sentences = [f.sentence, ...(f.evidence_spans ?? []).map((s) => s.sentence)];
  return sentences.every((s) => Math.abs(s - e.sentence) > FILL_REACH);
}

/** The event's own trigger as its first evidence span. */
export function ownEvidence(e: CodedEvent): NonNullable<CodedEvent['evidence_spans']> {
  return [{ sentence: e.sentence, start: e.trigger.start, end: e.trigger.end, text: e.trigger.text }];
}

/** Adds `from`'s evidence spans to `into`'s (appended: finishEvidence orders them once, so k mentions cost O(k)). */
function addEvidence(into: CodedEvent, from: CodedEvent): void {
  into.evidence_spans ??= ownEvidence(into);
  for (const span of from.evidence_spans ?? ownEvidence(from)) into.evidence_spans.push(span);
}

/** Evidence spans in text order, each once. */
function finishEvidence(e: CodedEvent): void {
  const seen = new Set<string>();
  e.evidence_spans = (e.evidence_spans ?? ownEvidence(e))
    .filter((s) => {
      const k = `${s.start}:${s.end}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .sort((x, y) => x.start - y.start);
}

const codeSet = (ids: readonly string[], keyOf: ActorKey) => [...new Set(ids.map(keyOf))].sort().join('+');

/**
 * Two dates may be one act's: equal, either unknown, or either only the publication date (a title «X
 * met Y» and the body's «X met Y on Monday»). Two days the text gives apart are two acts.
 */
function sameTime(a: Candidate, b: Candidate): boolean {
  const x = a.event.date;
  const y = b.event.date;
  return x === y || x === null || y === null || a.dateStrength <= 1 || b.dateStrength <= 1;
}

/**
 * One act, one event: events of one type whose actors and recipients have the same codes and whose
 * dates overlap are one, whether the title, the lead or the body reports them (issue 12 item 5), and
 * whether a mention announces the act («توافق خواهد کرد») or reports it done («توافق کرد»). The
 * first mention stays, with the strongest date, the most specific mode, the highest confidence (raised
 * a little per further mention) and every mention's span in `evidence_spans`.
 */
export function dedupeEvents(candidates: Candidate[], keyOf: ActorKey = (id) => id): Candidate[] {
  const byKey = new Map<string, Candidate[]>();
  const out: Candidate[] = [];
  for (const c of candidates) {
    const e = c.event;
    const key = [e.type, codeSet(e.actor, keyOf), codeSet(e.recipient, keyOf), e.negated].join('|');
    const list = byKey.get(key) ?? [];
    const kept = list.find((k) => sameTime(k, c));
    if (!kept) {
      list.push(c);
      byKey.set(key, list);
      out.push(c);
      continue;
    }
    const f = kept.event;
    addEvidence(f, e);
    foldFacts(kept, c);
    if (c.dateStrength > kept.dateStrength) {
      f.date = e.date;
      kept.dateStrength = c.dateStrength;
    }
    // A mention that reports the act done outweighs one that announces it.
    if (!e.future) f.future = false;
    if (f.mode === null && e.mode !== null) {
      f.mode = e.mode;
      f.cameo = e.cameo;
    }
    f.confidence =
      Math.round(Math.min(0.99, Math.max(f.confidence, e.confidence) + MENTION_BONUS) * 100) / 100;
  }
  const kept = foldOneSided(out, keyOf);
  for (const c of kept) finishEvidence(c.event);
  return kept;
}

/**
 * «X انتقاد کرد» in the title and «X از Y انتقاد کرد» in the body: an event with one side empty, of
 * the type, negation and time of an event whose same side has the same codes and whose other side is
 * resolved, is that act with its argument unread there; it joins it (its evidence spans and its
 * mention count), so the resolved recipient (or actor) is kept and no one-sided duplicate remains.
 * Two events with different resolved recipients are never joined.
 */
function foldOneSided(out: Candidate[], keyOf: ActorKey): Candidate[] {
  const full = out.filter((c) => c.event.actor.length > 0 && c.event.recipient.length > 0);
  if (full.length === 0) return out;
  const byKey = new Map<string, Candidate[]>();
  for (const c of full) {
    const e = c.event;
    for (const k of [
      ['A', e.type, codeSet(e.actor, keyOf), e.negated].join('|'),
      ['R', e.type, codeSet(e.recipient, keyOf), e.negated].join('|'),
    ]) {
      const list = byKey.get(k);
      if (list) list.push(c);
      else byKey.set(k, [c]);
    }
  }
  return out.filter((c) => {
    const e = c.event;
    const side = e.recipient.length === 0 ? 'A' : e.actor.length === 0 ? 'R' : null;
    if (!side || (e.actor.length === 0 && e.recipient.length === 0)) return true;
    const codes = codeSet(side === 'A' ? e.actor : e.recipient, keyOf);
    const matches = (byKey.get([side, e.type, codes, e.negated].join('|')) ?? []).filter((k) =>
      sameTime(k, c),
    );
    // Two resolved acts it could belong to (X→Y and X→Z): which one is unknown, it stays.
    const others = new Set(
      matches.map((k) => codeSet(side === 'A' ? k.event.recipient : k.event.actor, keyOf)),
    );
    if (matches.length === 0 || others.size > 1) return true;
    const into = matches[0];
    addEvidence(into.event, e);
    foldFacts(into, c);
    if (!e.future) into.event.future = false;
    into.event.confidence =
      Math.round(Math.min(0.99, Math.max(into.event.confidence, e.confidence) + MENTION_BONUS) * 100) / 100;
    return false;
  });
}

/** Confidence added per further mention of the same act. */
export const MENTION_BONUS = 0.05;
