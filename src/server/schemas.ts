// TypeBox schemas for every request and response of the HTTP API. The same objects validate
// requests (Fastify's Ajv), serialize responses (fast-json-stringify) and become the OpenAPI
// document at /api/openapi.json (@fastify/swagger), so the three can never drift apart.
import { type Static, type TSchema, Type } from '@sinclair/typebox';
import { PLOVER_TYPES } from '../doc.js';
import { EXPORT_FORMATS, type ExportFormat } from '../export/formats.js';

/**
 * A primitive or null as `type: [t, 'null']` rather than `anyOf`: fast-json-stringify serializes the
 * former directly but must run a validator per value to pick an `anyOf` branch, which made
 * serializing a page of events several times slower.
 */
const Nullable = <T extends TSchema>(schema: T) =>
  Type.Unsafe<Static<T> | null>({ ...schema, type: [schema.type as string, 'null'] });

export { PLOVER_TYPES };

/** An ISO day; `format: date` also rejects impossible days such as 2023-02-30. */
export const IsoDay = Type.String({
  format: 'date',
  pattern: '^\\d{4}-\\d{2}-\\d{2}$',
  description: 'ISO day YYYY-MM-DD',
});
const Cursor = Type.String({
  minLength: 1,
  maxLength: 512,
  description: "opaque cursor from a previous page's `next`",
});
const Limit = (max: number, dflt: number) => Type.Integer({ minimum: 1, maximum: max, default: dflt });
const ShortText = Type.String({ minLength: 1, maxLength: 200 });

// ---------- the contract's result object (docs/output-contract.md) ----------
const Span = Type.Object({ start: Type.Integer(), end: Type.Integer() });
const EntitySchema = Type.Object({
  id: Type.String(),
  type: Type.String(),
  start: Type.Integer(),
  end: Type.Integer(),
  text: Type.String(),
  actor: Nullable(Type.String()),
  place: Type.Optional(Nullable(Type.String())),
});
const ActorSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  name_en: Nullable(Type.String()),
  code: Nullable(Type.String()),
  country: Nullable(Type.String()),
  sector: Nullable(Type.String()),
  wikidata: Nullable(Type.String()),
  roles: Type.Array(Type.String()),
  mentions: Type.Array(Type.String()),
});
const DateSchema = Type.Object({
  start: Type.Integer(),
  end: Type.Integer(),
  text: Type.String(),
  value: Type.String(),
  until: Type.Optional(Type.String()),
  granularity: Type.String(),
  calendar: Type.String(),
});
const QuoteSchema = Type.Object({
  start: Type.Integer(),
  end: Type.Integer(),
  direct: Type.Boolean(),
  speaker: Nullable(Type.String()),
  chain: Type.Array(Type.String()),
});
const Trigger = Type.Object({ start: Type.Integer(), end: Type.Integer(), text: Type.String() });
const LocationSchema = Type.Object({
  name: Type.String(),
  country: Type.String(),
  admin1: Nullable(Type.String()),
  lat: Type.Number(),
  lon: Type.Number(),
  place: Type.String(),
});
const eventCore = {
  type: Type.String(),
  mode: Nullable(Type.String()),
  cameo: Type.String(),
  quad: Type.Integer({ minimum: 1, maximum: 4 }),
  date: Nullable(Type.String()),
  negated: Type.Boolean(),
  future: Type.Boolean(),
  sentence: Type.Integer(),
  trigger: Trigger,
  confidence: Type.Number(),
  evidence_spans: Type.Optional(
    Type.Array(
      Type.Object({
        sentence: Type.Integer(),
        start: Type.Integer(),
        end: Type.Integer(),
        text: Type.String(),
      }),
    ),
  ),
  location: Type.Optional(Nullable(LocationSchema)),
};
const EventSchema = Type.Object({
  id: Type.String(),
  ...eventCore,
  actor: Type.Array(Type.String()),
  recipient: Type.Array(Type.String()),
  reported_by: Type.Array(Type.String()),
});
const resultFields = {
  id: Type.String(),
  title: Nullable(Type.String()),
  url: Nullable(Type.String()),
  source: Nullable(Type.String()),
  published: Nullable(Type.String()),
  text: Type.String(),
  sentences: Type.Array(Span),
  entities: Type.Array(EntitySchema),
  actors: Type.Array(ActorSchema),
  dates: Type.Array(DateSchema),
  quotes: Type.Array(QuoteSchema),
  events: Type.Array(EventSchema),
};
export const ExtractResultSchema = Type.Object(resultFields, { $id: 'ExtractResult' });
export const StoredArticleSchema = Type.Object(
  {
    ...resultFields,
    original: Type.String(),
    content_hash: Type.String(),
    duplicate_of: Nullable(Type.String()),
  },
  { $id: 'StoredArticle', additionalProperties: true },
);

// ---------- stored objects ----------
export const StoredActorSchema = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    name_en: Nullable(Type.String()),
    code: Nullable(Type.String()),
    country: Nullable(Type.String()),
    sector: Nullable(Type.String()),
    wikidata: Nullable(Type.String()),
    roles: Type.Array(Type.String()),
    aliases: Type.Array(Type.String()),
    events: Type.Integer(),
    articles: Type.Integer(),
  },
  // Fields the storage layer adds later pass through rather than being silently dropped.
  { $id: 'StoredActor', additionalProperties: true },
);
const ActorRef = Type.Ref('StoredActor');
export const StoredEventSchema = Type.Object(
  {
    id: Type.String(),
    article: Type.String(),
    ...eventCore,
    actor: Type.Array(ActorRef),
    recipient: Type.Array(ActorRef),
    reported_by: Type.Array(ActorRef),
    num_articles: Type.Integer(),
    num_sources: Type.Integer(),
  },
  { $id: 'StoredEvent', additionalProperties: true },
);
export const ArticleSummarySchema = Type.Object(
  {
    id: Type.String(),
    title: Nullable(Type.String()),
    url: Nullable(Type.String()),
    source: Nullable(Type.String()),
    published: Nullable(Type.String()),
    events: Type.Integer(),
  },
  { $id: 'ArticleSummary', additionalProperties: true },
);
const QuadCounts = {
  quad1: Type.Integer(),
  quad2: Type.Integer(),
  quad3: Type.Integer(),
  quad4: Type.Integer(),
};
export const TimelineBucketSchema = Type.Object({ period: Type.String(), ...QuadCounts });

/** Every error the API returns: a message and, when one input is to blame, its name. */
export const ErrorSchema = Type.Object(
  { error: Type.String(), field: Nullable(Type.String()) },
  { $id: 'Error' },
);

/** Schemas registered with app.addSchema so routes can $ref them and OpenAPI lists them once. */
export const SHARED_SCHEMAS = [
  StoredActorSchema,
  StoredEventSchema,
  ArticleSummarySchema,
  ErrorSchema,
  ExtractResultSchema,
  StoredArticleSchema,
];

// ---------- requests ----------
export const ArticleBody = Type.Object(
  {
    id: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    text: Type.Optional(Type.String()),
    html: Type.Optional(Type.String()),
    paragraphs: Type.Optional(Type.Array(Type.String())),
    title: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
    url: Type.Optional(Nullable(Type.String({ maxLength: 4000 }))),
    source: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
    published: Type.Optional(Nullable(IsoDay)),
    /** The Fars archive layout (as `rasad ingest` reads it): the lead, joined before `paragraphs`. */
    abstract: Type.Optional(Nullable(Type.String())),
    /** The Fars archive's `url`; a Fars link also gives the id and the publication day. */
    link: Type.Optional(Nullable(Type.String({ maxLength: 4000 }))),
  },
  { additionalProperties: false },
);
export type ArticleBody = Static<typeof ArticleBody>;
/** One article in any of the accepted content types: text/plain and text/html arrive as strings. */
export const ArticleContent = {
  content: {
    'application/json': { schema: ArticleBody },
    'text/plain': { schema: Type.String({ description: 'the article itself' }) },
    'text/html': { schema: Type.String({ description: 'an HTML page; only its article text is read' }) },
  },
};

const range = { since: Type.Optional(IsoDay), until: Type.Optional(IsoDay) };
export const eventFilterFields = {
  actor: Type.Optional(ShortText),
  recipient: Type.Optional(ShortText),
  type: Type.Optional(Type.Unsafe<string>({ type: 'string', enum: [...PLOVER_TYPES] })),
  /** Where the event happened: ISO 3166 alpha-3. */
  country: Type.Optional(Type.String({ pattern: '^[A-Za-z]{3}$' })),
  ...range,
  q: Type.Optional(ShortText),
};
const strict = { additionalProperties: false } as const;

export const EventsQuery = Type.Object(
  { ...eventFilterFields, limit: Limit(1000, 50), cursor: Type.Optional(Cursor) },
  strict,
);
export type EventsQuery = Static<typeof EventsQuery>;
export const EventsReply = Type.Object({
  events: Type.Array(Type.Ref('StoredEvent')),
  next: Nullable(Type.String()),
});

export const ArticlesQuery = Type.Object(
  {
    q: Type.Optional(ShortText),
    source: Type.Optional(ShortText),
    ...range,
    limit: Limit(500, 50),
    cursor: Type.Optional(Cursor),
  },
  strict,
);
export type ArticlesQuery = Static<typeof ArticlesQuery>;
export const ArticlesReply = Type.Object({
  articles: Type.Array(Type.Ref('ArticleSummary')),
  next: Nullable(Type.String()),
});

export const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 300 }) }, strict);
export type IdParams = Static<typeof IdParams>;

export const ActorsQuery = Type.Object(
  { q: Type.Optional(ShortText), limit: Limit(500, 50), cursor: Type.Optional(Cursor) },
  strict,
);
export type ActorsQuery = Static<typeof ActorsQuery>;
export const ActorsReply = Type.Object({
  actors: Type.Array(Type.Ref('StoredActor')),
  next: Nullable(Type.String()),
});

export const RangeQuery = Type.Object(range, strict);
export type RangeQuery = Static<typeof RangeQuery>;
export const RelationsReply = Type.Object({
  actor: Type.Ref('StoredActor'),
  counterparts: Type.Array(
    Type.Object({
      actor: Type.Ref('StoredActor'),
      events: Type.Integer(),
      cooperation: Type.Integer(),
      conflict: Type.Integer(),
    }),
  ),
  types: Type.Array(Type.Object({ type: Type.String(), events: Type.Integer() })),
  over_time: Type.Array(TimelineBucketSchema),
  articles: Type.Array(Type.Ref('ArticleSummary')),
});

export const TimelineQuery = Type.Object(
  {
    ...range,
    interval: Type.Unsafe<'day' | 'week' | 'month' | 'year'>({
      type: 'string',
      enum: ['day', 'week', 'month', 'year'],
      default: 'day',
    }),
    actor: Type.Optional(ShortText),
  },
  strict,
);
export type TimelineQuery = Static<typeof TimelineQuery>;
export const TimelineReply = Type.Object({
  interval: Type.String(),
  buckets: Type.Array(TimelineBucketSchema),
});

export const ExportQuery = Type.Object(
  {
    format: Type.Unsafe<ExportFormat>({ type: 'string', enum: [...EXPORT_FORMATS], default: 'jsonl' }),
    ...eventFilterFields,
    limit: Limit(1_000_000, 100_000),
  },
  strict,
);
export type ExportQuery = Static<typeof ExportQuery>;

export const NetworkQuery = Type.Object({ ...range, limit: Limit(20_000, 5000) }, strict);
export type NetworkQuery = Static<typeof NetworkQuery>;
export const NetworkReply = Type.Object({
  nodes: Type.Array(
    Type.Object({
      id: Type.String(),
      name: Type.String(),
      name_en: Nullable(Type.String()),
      code: Nullable(Type.String()),
      country: Nullable(Type.String()),
      events: Type.Integer(),
    }),
  ),
  edges: Type.Array(
    Type.Object({
      source: Type.String(),
      target: Type.String(),
      events: Type.Integer(),
      cooperation: Type.Integer(),
      conflict: Type.Integer(),
    }),
  ),
  /** How many events the graph was built from, and whether the limit cut it short. */
  events: Type.Integer(),
  truncated: Type.Boolean(),
});

export const SaveReply = Type.Object({
  id: Type.String(),
  ingested: Type.Integer(),
  duplicates: Type.Integer(),
  events: Type.Integer(),
});
