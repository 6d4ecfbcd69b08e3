// POST /api/extract: one article in, the contract's result object out, nothing stored.
// POST /api/articles: the same, then stored (needs the bearer token).
import type { FastifyInstance } from 'fastify';
import type { PipelineOptions } from '../../doc.js';
import { extract } from '../../pipeline.js';
import { ArticleError } from '../../read/article.js';
import type { Store } from '../../store/types.js';
import { contentId, postedArticle } from '../article-input.js';
import { HttpError } from '../errors.js';
import type { ReadCache } from '../read-cache.js';
import { ArticleContent, SaveReply } from '../schemas.js';

const errors = {
  400: { $ref: 'Error#' },
  401: { $ref: 'Error#' },
  413: { $ref: 'Error#' },
  415: { $ref: 'Error#' },
};

function run(input: Parameters<typeof extract>[0], pipeline: PipelineOptions) {
  try {
    return extract(input, pipeline);
  } catch (error) {
    // Bad metadata (e.g. an unparseable `published`) is the client's error, not ours.
    if (error instanceof ArticleError) throw new HttpError(400, error.message, error.field);
    throw error;
  }
}

export function extractRoutes(
  app: FastifyInstance,
  store: Store,
  checkToken: (header: string | undefined) => void,
  cache: ReadCache,
  pipeline: PipelineOptions,
): void {
  app.post(
    '/api/extract',
    {
      schema: {
        summary: 'Extract one article without storing it',
        tags: ['extract'],
        body: ArticleContent,
        response: { 200: { $ref: 'ExtractResult#' }, ...errors },
      },
    },
    async (request) => {
      const { input } = postedArticle(request.body, request.headers['content-type']);
      return run(input, pipeline);
    },
  );

  app.post(
    '/api/articles',
    {
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
      const result = run({ ...input, id }, pipeline);
      const saved = await store.saveArticles([{ result, original }]);
      // What this server wrote is visible to the next read at once.
      cache.clear();
      return reply
        .code(201)
        .send({ id, ingested: saved.ingested, duplicates: saved.duplicates, events: result.events.length });
    },
  );
}
