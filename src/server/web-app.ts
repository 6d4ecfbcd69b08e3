// Serves the built web app (web/dist) at `/`, and index.html for any other non-API path so the
// app's own routes (/events, /actors/RUS…) survive a reload. /api/* that matches no route is a JSON 404.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** web/dist beside the package root, from both src/server (tests) and dist/server (built). */
export const WEB_DIST = fileURLToPath(new URL('../../web/dist/', import.meta.url));

/** Registers the web app when `root` holds a build, and the not-found handler either way. */
export async function serveWebApp(app: FastifyInstance, root: string | null = WEB_DIST): Promise<void> {
  const built = root != null && existsSync(`${root}/index.html`);
  if (built) {
    await app.register(fastifyStatic, {
      root: root as string,
      wildcard: false,
      index: ['index.html'],
      // Hashed asset names never change content: cache them for a year; index.html always revalidates.
      setHeaders: (res, path) => {
        res.header(
          'cache-control',
          path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    if (
      request.url.startsWith('/api/') ||
      request.url === '/api' ||
      (request.method !== 'GET' && request.method !== 'HEAD')
    ) {
      return reply
        .code(404)
        .send({ error: `no route ${request.method} ${request.url.split('?')[0]}`, field: null });
    }
    if (!built) {
      return reply
        .code(404)
        .type('text/plain; charset=utf-8')
        .send('The web app is not built: run `npm run build:web`.\n');
    }
    return reply.type('text/html; charset=utf-8').sendFile('index.html');
  });
}
