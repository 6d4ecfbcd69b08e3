// Endpoints that walk many events: the network graph and the export download.
import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { CONTENT_TYPES, EXTENSIONS, formatEvent, header } from '../../export/formats.js';
import type { Store } from '../../store/types.js';
import { checkRange } from '../article-input.js';
import { eventsUpTo } from '../event-pages.js';
import { buildNetwork } from '../network.js';
import type { ReadCache } from '../read-cache.js';
import { ExportQuery, NetworkQuery, NetworkReply } from '../schemas.js';

const errors = { 400: { $ref: 'Error#' } };

export function derivedRoutes(app: FastifyInstance, store: Store, cache: ReadCache): void {
  app.get<{ Querystring: NetworkQuery }>(
    '/api/network',
    {
      schema: {
        summary: 'Actors as nodes, actor→recipient edges with cooperation and conflict counts',
        tags: ['actors'],
        querystring: NetworkQuery,
        response: { 200: NetworkReply, ...errors },
      },
    },
    async (request, reply) => {
      checkRange(request.query);
      const { since, until, limit } = request.query;
      return cache.send(request, reply, () => buildNetwork(store, { since, until }, limit));
    },
  );

  app.get<{ Querystring: ExportQuery }>(
    '/api/export',
    {
      schema: {
        summary:
          'Download events as jsonl, csv, gdelt (tab-separated GDELT 2.0 columns, no header) or plover (PLOVER JSON lines)',
        tags: ['events'],
        querystring: ExportQuery,
        produces: Object.values(CONTENT_TYPES),
        response: { 400: { $ref: 'Error#' } },
      },
    },
    async (request, reply) => {
      checkRange(request.query);
      const { format, limit, ...filter } = request.query;
      async function* lines() {
        yield header(format);
        for await (const event of eventsUpTo(store, filter, limit)) yield formatEvent(format, event);
      }
      return reply
        .type(CONTENT_TYPES[format])
        .header('content-disposition', `attachment; filename="rasad-events.${EXTENSIONS[format]}"`)
        .send(Readable.from(lines()));
    },
  );
}
