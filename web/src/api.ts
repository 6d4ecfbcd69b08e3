// The HTTP API as the app uses it. Its types are the server's own, from one shared module
// (src/api-types.ts; type-only imports, erased at build time), so the app and the API cannot
// disagree silently.
import type {
  ActorRelations,
  ActorsPage,
  ApiErrorBody,
  ArticlesPage,
  EventsPage,
  ExportFormat,
  ExtractResult,
  FeedsReply,
  Network,
  StoredArticle,
  Timeline,
} from '../../src/api-types.js';

export type {
  ActorRelations,
  ArticleSummary,
  ExportFormat,
  ExtractResult,
  FeedStatus,
  Network,
  NetworkEdge,
  NetworkNode,
  StoredActor,
  StoredArticle,
  StoredEvent,
  TimelineBucket,
} from '../../src/api-types.js';

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
  const body = (await res.json().catch(() => null)) as Partial<ApiErrorBody> | null;
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
  articles: (p: Params) => request<ArticlesPage>(`/api/articles${queryString(p)}`),
  article: (id: string) => request<StoredArticle>(`/api/articles/${encodeURIComponent(id)}`),
  events: (p: Params) => request<EventsPage>(`/api/events${queryString(p)}`),
  actors: (p: Params) => request<ActorsPage>(`/api/actors${queryString(p)}`),
  relations: (id: string, p: Params) =>
    request<ActorRelations>(`/api/actors/${encodeURIComponent(id)}/relations${queryString(p)}`),
  timeline: (p: Params) => request<Timeline>(`/api/timeline${queryString(p)}`),
  network: (p: Params) => request<Network>(`/api/network${queryString(p)}`),
  feeds: () => request<FeedsReply>('/api/feeds'),
  exportUrl: (format: ExportFormat, p: Params) => `/api/export${queryString({ ...p, format })}`,
};
