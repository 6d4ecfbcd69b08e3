// GET /api/feeds: the feeds `rasad follow` polls into this store, each with its last poll, the
// articles it gave and its errors (issue 17). The web app's feeds page reads it.
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { Store } from '../../store/types.js';

const NullableString = Type.Unsafe<string | null>({ type: ['string', 'null'] });

const FeedStatusSchema = Type.Object({
  url: Type.String(),
  source: NullableString,
  variety: Type.Unsafe<string | null>({ type: ['string', 'null'], description: 'fa (Farsi) or prs (Dari)' }),
  last_poll: Type.Unsafe<string | null>({ type: ['string', 'null'], description: 'ISO timestamp' }),
  last_ok: Type.Unsafe<string | null>({ type: ['string', 'null'], description: 'ISO timestamp' }),
  items: Type.Integer({ description: 'articles stored from the feed, all polls' }),
  errors: Type.Integer({ description: 'failed polls and items, all polls' }),
  last_error: NullableString,
});

const FeedsReply = Type.Object({ feeds: Type.Array(FeedStatusSchema) });

export function feedsRoutes(app: FastifyInstance, store: Store): void {
  app.get(
    '/api/feeds',
    {
      schema: {
        summary: 'Feeds followed by `rasad follow`: last poll, articles stored, errors',
        tags: ['feeds'],
        response: { 200: FeedsReply },
      },
    },
    async () => ({ feeds: (await store.followFeeds?.()) ?? [] }),
  );
}
