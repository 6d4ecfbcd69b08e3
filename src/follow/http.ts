// The polite HTTP client `follow` fetches feeds and pages with: Node's fetch (undici), a User-Agent
// naming rasad, conditional requests (ETag / Last-Modified), redirects followed by hand so they are
// bounded, a timeout over the whole exchange, retries with exponential backoff for 5xx, 429 and
// network errors, and a size limit enforced while the body streams in (a lying Content-Length or
// none at all cannot make it read more). Politeness per host comes from a HostLimiter.
import type { HostLimiter } from './host-limiter.js';

export const USER_AGENT = 'rasad/0.1 (Persian news event coder; +https://github.com/rasad) follow';

export interface ClientOptions {
  /** Per request, including reading the body. */
  timeoutMs: number;
  /** Extra attempts after the first for retryable failures. */
  retries: number;
  /** First backoff; doubled on each retry. */
  backoffMs: number;
  maxBytes: number;
  maxRedirects: number;
  limiter: HostLimiter;
  userAgent: string;
}

export const DEFAULT_CLIENT: Omit<ClientOptions, 'limiter'> = {
  timeoutMs: 30_000,
  retries: 2,
  backoffMs: 1000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
  userAgent: USER_AGENT,
};

export interface Validators {
  etag?: string | null;
  lastModified?: string | null;
}

export type FetchOutcome =
  | {
      kind: 'ok';
      /** The URL after redirects. */
      url: string;
      contentType: string;
      bytes: Uint8Array;
      etag: string | null;
      lastModified: string | null;
    }
  | { kind: 'not-modified' }
  | {
      kind: 'error';
      reason: string;
      /** Worth trying again on a later poll (5xx, network), as opposed to a 404 or a too-large page. */
      transient: boolean;
    };

class Failure extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function networkReason(e: unknown, timeoutMs: number): string {
  const err = e as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (err.name === 'TimeoutError' || err.name === 'AbortError') return `timed out after ${timeoutMs} ms`;
  const code = err.cause?.code;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'unknown host';
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code) return `network error ${code}`;
  return `network error: ${err.cause?.message ?? err.message ?? String(e)}`;
}

/** Reads a body up to maxBytes; more is refused (and the connection dropped). */
async function readLimited(res: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await res.body?.cancel().catch(() => {});
    throw new Failure(`response of ${declared} bytes is over the ${maxBytes}-byte limit`, false);
  }
  if (!res.body) return new Uint8Array(0);
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw new Failure(`response is over the ${maxBytes}-byte limit`, false);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

async function attempt(
  url: string,
  validators: Validators,
  accept: string,
  o: ClientOptions,
): Promise<FetchOutcome> {
  // The clock starts when the first request is sent, not while it waits its turn for the host.
  let signal: AbortSignal | undefined;
  let current = url;
  try {
    for (let hop = 0; ; hop++) {
      const headers: Record<string, string> = { 'user-agent': o.userAgent, accept };
      // Validators belong to the URL they were given for: only on the first hop.
      if (hop === 0 && validators.etag) headers['if-none-match'] = validators.etag;
      if (hop === 0 && validators.lastModified) headers['if-modified-since'] = validators.lastModified;
      const host = new URL(current).host;
      const res = await o.limiter.run(host, () => {
        signal ??= AbortSignal.timeout(o.timeoutMs);
        return fetch(current, { headers, redirect: 'manual', signal });
      });
      if (res.status >= 300 && res.status < 400 && res.status !== 304) {
        await res.body?.cancel().catch(() => {});
        const location = res.headers.get('location');
        if (!location) throw new Failure(`HTTP ${res.status} without a Location`, false);
        if (hop >= o.maxRedirects) throw new Failure(`more than ${o.maxRedirects} redirects`, false);
        current = new URL(location, current).href;
        continue;
      }
      if (res.status === 304) {
        await res.body?.cancel().catch(() => {});
        return { kind: 'not-modified' };
      }
      if (res.status >= 500 || res.status === 429) {
        await res.body?.cancel().catch(() => {});
        throw new Failure(`HTTP ${res.status}`, true);
      }
      if (res.status >= 400) {
        await res.body?.cancel().catch(() => {});
        throw new Failure(`HTTP ${res.status}`, false);
      }
      const bytes = await readLimited(res, o.maxBytes);
      return {
        kind: 'ok',
        url: current,
        contentType: res.headers.get('content-type') ?? '',
        bytes,
        etag: res.headers.get('etag'),
        lastModified: res.headers.get('last-modified'),
      };
    }
  } catch (e) {
    if (e instanceof Failure) throw e;
    throw new Failure(networkReason(e, o.timeoutMs), true);
  }
}

/** GET with retries; never throws — failures come back as `{ kind: 'error' }` with a reason. */
export async function politeGet(
  url: string,
  o: ClientOptions,
  validators: Validators = {},
  accept = '*/*',
): Promise<FetchOutcome> {
  for (let i = 0; ; i++) {
    try {
      return await attempt(url, validators, accept, o);
    } catch (e) {
      const f = e as Failure;
      if (!f.retryable || i >= o.retries)
        return {
          kind: 'error',
          reason: i > 0 ? `${f.message} (after ${i + 1} attempts)` : f.message,
          transient: f.retryable,
        };
      await sleep(o.backoffMs * 2 ** i);
    }
  }
}
