// The HTTP API: a thin face over the pipeline (extract) and the Store. `createServer` builds the
// Fastify instance without listening, so tests drive it with `inject` and `rasad serve` with listen().
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { PipelineOptions } from '../doc.js';
import { CorrectionLog } from '../store/corrections.js';
import type { Store } from '../store/types.js';
import { clientErrorHandler, digitsOnly, errorHandler, frameworkErrors } from './errors.js';
import { ExtractPool } from './extract-pool.js';
import { ReadCache } from './read-cache.js';
import { correctionRoutes } from './routes/corrections.js';
import { derivedRoutes } from './routes/derived.js';
import { extractRoutes } from './routes/extract.js';
import { feedsRoutes } from './routes/feeds.js';
import { readRoutes } from './routes/reads.js';
import { SHARED_SCHEMAS } from './schemas.js';
import { addSecurityHeaders } from './security-headers.js';
import { bearerCheck } from './token.js';
import { serveWebApp, WEB_DIST } from './web-app.js';

export interface ServerOptions {
  store: Store;
  /** Bearer token for writes (POST /api/articles); without one, writing is refused. */
  token?: string;
  /** pino logger options, true for defaults, false (default) for silence. */
  logger?: FastifyServerOptions['logger'];
  /** Largest accepted request body in bytes (default 5 MB). */
  bodyLimit?: number;
  /** Requests per minute per client address; false turns limiting off (benchmarks). */
  rateLimit?: number | false;
  /**
   * How long a read endpoint's answer is reused for the same URL, in ms (default 1000; 0 turns the
   * cache off). Writes through this server clear it.
   */
  cacheMs?: number;
  /** Options for every extraction the server runs, e.g. the user's actor dictionaries. */
  pipeline?: PipelineOptions;
  /** Extraction threads for /api/extract and /api/articles (default: cores − 1, 1 to 4). */
  extractThreads?: number;
  /** Extract requests that may wait for a thread; past it the server answers 503 (default 4 per thread). */
  extractQueue?: number;
  /** Milliseconds an extract request may take before it is abandoned with 503 (default 30,000). */
  extractTimeoutMs?: number;
  /** Largest extract body in bytes (default 3 MB: the article cap's million characters). */
  extractBodyLimit?: number;
  /** Extract requests per minute per client address; false turns it off (default 120). */
  extractRateLimit?: number | false;
  /** Start the extraction threads at once instead of on the first request. */
  warmExtract?: boolean;
  /** The analysts' corrections log (a JSON-lines file; default in memory). */
  corrections?: string | null;
  /** Serve the built web app at `/` (default true). */
  webApp?: boolean;
  /** Where the built web app lives (default web/dist). */
  webRoot?: string;
}

export const DEFAULT_BODY_LIMIT = 5 * 1024 * 1024;
export const DEFAULT_RATE_LIMIT = 3000;
export const DEFAULT_CACHE_MS = 1000;
export const DEFAULT_EXTRACT_BODY_LIMIT = 3 * 1024 * 1024;
export const DEFAULT_EXTRACT_RATE_LIMIT = 120;

export async function createServer(options: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT,
    // Unknown query parameters must be rejected by name, not silently dropped (Fastify's default).
    ajv: { customOptions: { removeAdditional: false, allErrors: false } },
    // 'idle' closes keep-alive sockets on close() while requests in flight finish.
    forceCloseConnections: 'idle',
    return503OnClosing: true,
    frameworkErrors,
    clientErrorHandler,
  });
  app.setErrorHandler(errorHandler);
  app.addHook('preValidation', digitsOnly);
  addSecurityHeaders(app);
  app.addContentTypeParser('text/html', { parseAs: 'string' }, (_request, body, done) => done(null, body));

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'rasad',
        description: 'Persian news to evidence-linked political event data (PLOVER/CAMEO)',
        version: '0.1.0',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    },
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => String(json.$id ?? `def-${i}`) },
  });
  for (const schema of SHARED_SCHEMAS) app.addSchema(schema);

  const limit = options.rateLimit ?? DEFAULT_RATE_LIMIT;
  const extractRateLimit = options.extractRateLimit ?? DEFAULT_EXTRACT_RATE_LIMIT;
  if (limit !== false || extractRateLimit !== false) {
    // Registered for the extract routes' own limit even when the global one is off.
    await app.register(fastifyRateLimit, {
      global: limit !== false,
      max: limit === false ? Number.MAX_SAFE_INTEGER : limit,
      timeWindow: '1 minute',
    });
  }
  const pool = new ExtractPool({
    threads: options.extractThreads,
    maxQueue: options.extractQueue,
    timeoutMs: options.extractTimeoutMs,
    warm: options.warmExtract,
    pipeline: options.pipeline,
  });
  app.addHook('onClose', () => pool.close());

  const store = options.store;
  const cache = new ReadCache(options.cacheMs ?? DEFAULT_CACHE_MS);
  await app.register(async (api) => {
    extractRoutes(api, store, bearerCheck(options.token), cache, pool, {
      bodyLimit: options.extractBodyLimit ?? DEFAULT_EXTRACT_BODY_LIMIT,
      rateLimit: extractRateLimit,
    });
    readRoutes(api, store, cache);
    derivedRoutes(api, store, cache);
    correctionRoutes(api, store, bearerCheck(options.token), new CorrectionLog(options.corrections ?? null));
    feedsRoutes(api, store);
    api.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  });
  await serveWebApp(app, options.webApp === false ? null : (options.webRoot ?? WEB_DIST));
  return app;
}
