// POST /api/extract: one article in, the contract's result object out, nothing stored.
// POST /api/articles: the same, then stored (needs the bearer token).
import type { FastifyInstance } from 'fastify';
import type { Store } from '../../store/types.js';
import { contentId, postedArticle } from '../article-input.js';
import type { ExtractPool } from '../extract-pool.js';
import type { ReadCache } from '../read-cache.js';
import { ArticleContent, SaveReply } from '../schemas.js';

const errors = {
  400: { $ref: 'Error#' },
  401: { $ref: 'Error#' },
  413: { $ref: 'Error#' },
  415: { $ref: 'Error#' },
  429: { $ref: 'Error#' },
  503: { $ref: 'Error#' },
};

/** Limits of the two extracting routes, apart from the server's: they cost CPU, reads do not. */
export interface ExtractLimits {
  /** Largest body in bytes. */
  bodyLimit: number;
  /** Requests per minute per client address, or false. */
  rateLimit: number | false;
}

export function extractRoutes(
  app: FastifyInstance,
  store: Store,
  checkToken: (header: string | undefined) => void,
  cache: ReadCache,
  pool: ExtractPool,
  limits: ExtractLimits,
): void {
  const config: { rateLimit?: { max: number; timeWindow: string } } =
    limits.rateLimit === false ? {} : { rateLimit: { max: limits.rateLimit, timeWindow: '1 minute' } };
  const routeOptions = { bodyLimit: limits.bodyLimit, config };
  app.post(
    '/api/extract',
    {
      ...routeOptions,
      schema: {
        summary: 'Extract one article without storing it',
        tags: ['extract'],
        body: ArticleContent,
        response: { 200: { $ref: 'ExtractResult#' }, ...errors },
      },
    },
    async (request) => {
      const { input } = postedArticle(request.body, request.headers['content-type']);
      return pool.extract(input);
    },
  );

  app.post(
    '/api/articles',
    {
      ...routeOptions,
      schema: {
        summary: 'Extract one article and store it (Authorization: Bearer $RASAD_TOKEN)',
        tags: ['articles'],
        body: ArticleContent,
        security: [{ bearer: [] }],
        response: { 201: SaveReply, ...errors },
      },
      // The token is checked before the body is parsed: an unauthenticated client cannot make the
      // server read, let alone extract, anything.
      onRequest: async (request) => checkToken(request.headers.authorization),
    },
    async (request, reply) => {
      const { input, original } = postedArticle(request.body, request.headers['content-type']);
      const id = input.id ?? contentId(original);
      const result = await pool.extract({ ...input, id });
      const saved = await store.saveArticles([{ result, original }]);
      // What this server wrote is visible to the next read at once.
      cache.clear();
      return reply
        .code(201)
        .send({ id, ingested: saved.ingested, duplicates: saved.duplicates, events: result.events.length });
    },
  );
}
