// Reading many events and the one definition of "this actor's events" that every part of the
// actor page (header counts, table, counterparts, roles over time) is computed from.
import { api, type StoredEvent } from './api.js';

type Params = Record<string, string | number | undefined | null>;

/** Every event a filter matches, page by page, up to `cap`; `capped` says whether more exist. */
export async function allEvents(p: Params, cap = 5000): Promise<{ events: StoredEvent[]; capped: boolean }> {
  const out: StoredEvent[] = [];
  let cursor: string | null = null;
  do {
    const page = await api.events({ ...p, limit: 1000, cursor });
    out.push(...page.events);
    cursor = page.next;
  } while (cursor && out.length < cap);
  return { events: out, capped: cursor !== null };
}

/**
 * An actor's events: those in which it is the actor OR the recipient. The filter term is the
 * actor's store id (exactly this actor) or, with sub-codes, its code (RUS also takes RUSGOV,
 * RUSMIL — the API's code-prefix match). Each event once, even if the actor is on both sides.
 */
export async function actorEvents(
  actor: { id: string; code: string | null },
  withSubCodes: boolean,
  range: { since?: string; until?: string } = {},
): Promise<{ events: StoredEvent[]; capped: boolean; term: string }> {
  const term = withSubCodes && actor.code ? actor.code : actor.id;
  const [as, to] = await Promise.all([
    allEvents({ ...range, actor: term }),
    allEvents({ ...range, recipient: term }),
  ]);
  const byId = new Map<string, StoredEvent>();
  for (const e of [...as.events, ...to.events]) byId.set(e.id, e);
  return { events: [...byId.values()], capped: as.capped || to.capped, term };
}

/** Whether a stored actor is the page's actor under the same definition. */
export function isSubject(
  a: { id: string; code: string | null },
  subject: { id: string; code: string | null },
  withSubCodes: boolean,
): boolean {
  if (a.id === subject.id) return true;
  return withSubCodes && !!subject.code && !!a.code && a.code.startsWith(subject.code);
}
