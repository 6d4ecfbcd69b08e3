// The HTTP API's types, in one module that both the server (src/server) and the web app
// (web/src/api.ts, through a relative type import that Vite and web/tsconfig resolve) import, so the
// two cannot disagree silently. Types only, plus the list of export formats: nothing here may import
// Node modules, since the web app's type check (web/tsconfig.json, no Node types) reads this file.
import type { ExtractResult } from './result.js';
import type { Correction, NewCorrection } from './store/correction-types.js';
import type {
  ActorRelations,
  ArticleSummary,
  FeedStatus,
  StoredActor,
  StoredArticle,
  StoredEvent,
  TimelineBucket,
} from './store/types.js';

export type {
  ActorRelations,
  ArticleSummary,
  Correction,
  ExtractResult,
  FeedStatus,
  NewCorrection,
  StoredActor,
  StoredArticle,
  StoredEvent,
  TimelineBucket,
};

/** Every failure: a 4xx/5xx status with this body, `field` naming the parameter to blame. */
export interface ApiErrorBody {
  error: string;
  field: string | null;
}

/** GET /api/feeds: the feeds `rasad follow` polls into the store (issue 17). */
export interface FeedsReply {
  feeds: FeedStatus[];
}

/** A page of a list endpoint: its items under their name, and the cursor of the next page. */
export interface EventsPage {
  events: StoredEvent[];
  next: string | null;
}
export interface ArticlesPage {
  articles: ArticleSummary[];
  next: string | null;
}
export interface ActorsPage {
  actors: StoredActor[];
  next: string | null;
}

export type TimelineInterval = 'day' | 'week' | 'month' | 'year';
export interface Timeline {
  interval: string;
  buckets: TimelineBucket[];
}

/** GET /api/network: actors as nodes, actor → recipient edges. */
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

/** The formats of GET /api/export and `rasad query events --format` (src/export/formats.ts). */
export const EXPORT_FORMATS = ['jsonl', 'csv', 'gdelt', 'plover'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
