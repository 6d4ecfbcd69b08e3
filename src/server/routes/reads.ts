// The read endpoints: thin translations of query parameters into Store calls.
import type { FastifyInstance } from 'fastify';
import type { Store } from '../../store/types.js';
import { checkRange } from '../article-input.js';
import { HttpError } from '../errors.js';
import type { ReadCache } from '../read-cache.js';
import {
  ActorsQuery,
  ActorsReply,
  ArticlesQuery,
  ArticlesReply,
  EventsQuery,
  EventsReply,
  IdParams,
  RangeQuery,
  RelationsReply,
  TimelineQuery,
  TimelineReply,
} from '../schemas.js';
import { rollUp } from '../timeline-rollup.js';

const errors = { 400: { $ref: 'Error#' }, 404: { $ref: 'Error#' } };

export function readRoutes(app: FastifyInstance, store: Store, cache: ReadCache): void {
  app.get<{ Querystring: EventsQuery }>(
    '/api/events',
    {
      schema: {
        summary: 'Stored events, filtered as `rasad query events`, one page at a time',
        tags: ['events'],
        querystring: EventsQuery,
        response: { 200: EventsReply, ...errors },
      },
    },
    async (request, reply) => {
      checkRange(request.query);
      return cache.send(request, reply, async () => {
        const page = await store.queryEvents(request.query);
        return { events: page.items, next: page.next };
      });
    },
  );

  app.get<{ Querystring: ArticlesQuery }>(
    '/api/articles',
    {
      schema: {
        summary: 'Search stored articles',
        tags: ['articles'],
        querystring: ArticlesQuery,
        response: { 200: ArticlesReply, ...errors },
      },
    },
    async (request, reply) => {
      checkRange(request.query);
      return cache.send(request, reply, async () => {
        const page = await store.searchArticles(request.query);
        return { articles: page.items, next: page.next };
      });
    },
  );

  app.get<{ Params: IdParams }>(
    '/api/articles/:id',
    {
      schema: {
        summary: 'One stored article with all its layers',
        tags: ['articles'],
        params: IdParams,
        response: { 200: { $ref: 'StoredArticle#' }, ...errors },
      },
    },
    async (request, reply) =>
      cache.send(request, reply, async () => {
        const article = await store.getArticle(request.params.id);
        if (!article) throw new HttpError(404, `no article '${request.params.id}'`, 'id');
        return article;
      }),
  );

  app.get<{ Querystring: ActorsQuery }>(
    '/api/actors',
    {
      schema: {
        summary: 'Stored actors with their codes, roles and counts',
        tags: ['actors'],
        querystring: ActorsQuery,
        response: { 200: ActorsReply, ...errors },
      },
    },
    async (request, reply) =>
      cache.send(request, reply, async () => {
        const page = await store.listActors(request.query);
        return { actors: page.items, next: page.next };
      }),
  );

  app.get<{ Params: IdParams; Querystring: RangeQuery }>(
    '/api/actors/:id/relations',
    {
      schema: {
        summary: "One actor's counterparts, event types, cooperation and conflict over time, articles",
        tags: ['actors'],
        params: IdParams,
        querystring: RangeQuery,
        response: { 200: RelationsReply, ...errors },
      },
    },
    async (request, reply) => {
      checkRange(request.query);
      return cache.send(request, reply, async () => {
        const relations = await store.actorRelations(request.params.id, request.query);
        if (!relations) throw new HttpError(404, `no actor '${request.params.id}'`, 'id');
        return relations;
      });
    },
  );

  app.get<{ Querystring: TimelineQuery }>(
    '/api/timeline',
    {
      schema: {
        summary: 'Events per day or week by quad class',
        tags: ['events'],
        querystring: TimelineQuery,
        response: { 200: TimelineReply, ...errors },
      },
    },
    async (request, reply) => {
      checkRange(request.query);
      const { interval } = request.query;
      return cache.send(request, reply, async () => ({
        interval,
        buckets:
          interval === 'month' || interval === 'year'
            ? rollUp(await store.timeline({ ...request.query, interval: 'day' }), interval)
            : await store.timeline({ ...request.query, interval }),
      }));
    },
  );
}
