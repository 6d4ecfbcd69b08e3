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
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x) => b.includes(x));
const compatible = (a: readonly string[], b: readonly string[]) =>
  a.length === 0 || b.length === 0 || sameSet(a, b);

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
    if (f.actor.length === 0) f.actor = e.actor;
    if (f.recipient.length === 0) f.recipient = e.recipient;
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
    f.confidence = Math.round(Math.min(0.99, Math.max(f.confidence, e.confidence) + 0.05) * 100) / 100;
  }
  return out;
}

/** Events equal in (type, actor, recipient, date) are one: the first mention, most confident, stays. */
export function dedupeEvents(candidates: Candidate[]): Candidate[] {
  const seen = new Map<string, Candidate>();
  const out: Candidate[] = [];
  for (const c of candidates) {
    const e = c.event;
    const key = [
      e.type,
      [...e.actor].sort().join('+'),
      [...e.recipient].sort().join('+'),
      e.date ?? '',
      e.negated,
      e.future,
    ].join('|');
    const kept = seen.get(key);
    if (kept) {
      kept.event.confidence = Math.max(kept.event.confidence, e.confidence);
      continue;
    }
    seen.set(key, c);
    out.push(c);
  }
  return out;
}
