// What the network page draws from the API's graph: the top-N actors by activity, the edges among
// them carrying at least `minWeight` events. Kept apart from the drawing so it can be tested.
import type { Network, NetworkEdge, NetworkNode } from './api.js';

export interface NetworkView {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  /** How many actors and edges the full graph had. */
  totalNodes: number;
  totalEdges: number;
}

export function networkView(network: Network, top: number, minWeight: number): NetworkView {
  const nodes = [...network.nodes]
    .sort((a, b) => b.events - a.events || a.id.localeCompare(b.id))
    .slice(0, top);
  const keep = new Set(nodes.map((n) => n.id));
  const edges = network.edges.filter(
    (e) => e.events >= minWeight && keep.has(e.source) && keep.has(e.target) && e.source !== e.target,
  );
  return { nodes, edges, totalNodes: network.nodes.length, totalEdges: network.edges.length };
}

/** Green for mostly cooperation, red for mostly conflict, grey when balanced. */
export function edgeColour(e: NetworkEdge, cooperation: string, conflict: string): string {
  if (e.cooperation > e.conflict) return cooperation;
  if (e.conflict > e.cooperation) return conflict;
  return '#78909c';
}
