// The who-does-what-to-whom graph: actors as nodes (weighted by how many events they take part in),
// directed edges actor → recipient counting cooperation (quad 1–2) and conflict (quad 3–4).
// Built over store.queryEvents, so every backend supports it without a Store method of its own.
import type { Network, NetworkEdge, NetworkNode } from '../api-types.js';
import type { Store, StoredActor } from '../store/types.js';
import { eventsUpTo } from './event-pages.js';

export type { Network, NetworkEdge, NetworkNode };

export async function buildNetwork(
  store: Store,
  range: { since?: string; until?: string },
  limit: number,
): Promise<Network> {
  const nodes = new Map<string, NetworkNode>();
  const edges = new Map<string, NetworkEdge>();
  const node = (a: StoredActor) => {
    let n = nodes.get(a.id);
    if (!n) {
      n = { id: a.id, name: a.name, name_en: a.name_en, code: a.code, country: a.country, events: 0 };
      nodes.set(a.id, n);
    }
    return n;
  };
  let count = 0;
  // Fetch one more than asked to learn whether the limit cut the graph short.
  for await (const event of eventsUpTo(store, range, limit + 1)) {
    if (count === limit) return finish(true);
    count++;
    const involved = new Set<string>();
    for (const a of [...event.actor, ...event.recipient]) {
      if (!involved.has(a.id)) {
        involved.add(a.id);
        node(a).events++;
      }
    }
    for (const a of event.actor) {
      for (const r of event.recipient) {
        if (a.id === r.id) continue;
        const key = `${a.id}\u0000${r.id}`;
        let e = edges.get(key);
        if (!e) {
          e = { source: a.id, target: r.id, events: 0, cooperation: 0, conflict: 0 };
          edges.set(key, e);
        }
        e.events++;
        if (event.quad <= 2) e.cooperation++;
        else e.conflict++;
      }
    }
  }
  return finish(false);

  function finish(truncated: boolean): Network {
    return {
      nodes: [...nodes.values()].sort((a, b) => b.events - a.events || a.id.localeCompare(b.id)),
      edges: [...edges.values()].sort((a, b) => b.events - a.events),
      events: count,
      truncated,
    };
  }
}
