// The HTTP API as the app uses it. Types come from the server's own modules (type-only imports,
// erased at build time), so the app and the API cannot disagree silently.
import type { ExtractResult } from '../../src/result.js';
import type {
  ActorRelations,
  ArticleSummary,
  StoredActor,
  StoredArticle,
  StoredEvent,
  TimelineBucket,
} from '../../src/store/types.js';

export type {
  ActorRelations,
  ArticleSummary,
  ExtractResult,
  StoredActor,
  StoredArticle,
  StoredEvent,
  TimelineBucket,
};

export interface NetworkNode {
  id: string;
  name: string;
  name_en: string | null;
  code: string | null;
  country: string | null;
  events: number;
}
export interface NetworkEdge {
  source: string;
  target: string;
  events: number;
  cooperation: number;
  conflict: number;
}
export interface Network {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  events: number;
  truncated: boolean;
}

export class ApiError extends Error {
  constructor(
    message: string,
    readonly field: string | null,
    readonly status: number,
  ) {
    super(message);
  }
}

type Params = Record<string, string | number | undefined | null>;

export function queryString(params: Params): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params))
    if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

async function request<T>(url: string, init?: RequestInit): Promise<T> {
  const res = await fetch(url, init);
  const body = (await res.json().catch(() => null)) as { error?: string; field?: string | null } | null;
  if (!res.ok)
    throw new ApiError(body?.error ?? `${res.status} ${res.statusText}`, body?.field ?? null, res.status);
  return body as T;
}

export const api = {
  extract: (article: { text: string; published?: string }) =>
    request<ExtractResult>('/api/extract', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(article),
    }),
  articles: (p: Params) =>
    request<{ articles: ArticleSummary[]; next: string | null }>(`/api/articles${queryString(p)}`),
  article: (id: string) => request<StoredArticle>(`/api/articles/${encodeURIComponent(id)}`),
  events: (p: Params) =>
    request<{ events: StoredEvent[]; next: string | null }>(`/api/events${queryString(p)}`),
  actors: (p: Params) =>
    request<{ actors: StoredActor[]; next: string | null }>(`/api/actors${queryString(p)}`),
  relations: (id: string, p: Params) =>
    request<ActorRelations>(`/api/actors/${encodeURIComponent(id)}/relations${queryString(p)}`),
  timeline: (p: Params) =>
    request<{ interval: string; buckets: TimelineBucket[] }>(`/api/timeline${queryString(p)}`),
  network: (p: Params) => request<Network>(`/api/network${queryString(p)}`),
  exportUrl: (format: 'jsonl' | 'csv' | 'gdelt' | 'plover', p: Params) =>
    `/api/export${queryString({ ...p, format })}`,
};
