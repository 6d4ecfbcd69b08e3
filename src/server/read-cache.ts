// A short-lived cache for read endpoints, keyed by the request URL. Dashboards ask the same questions
// many times a second (every open timeline re-asks for the same buckets), and some answers take the
// store a long time (a timeline over 100,000 events). So:
// - each URL's answer is kept for `ttlMs`, or ten times as long as it took to compute (at most
//   `maxTtlMs`), so expensive answers are recomputed less often;
// - concurrent identical requests share one store call (single flight);
// - once an answer has expired, the next request still gets it at once while one refresh runs in the
//   background (stale-while-revalidate), so no reader waits for a recomputation;
// - what is kept is the serialized JSON as UTF-8 bytes, so a hit costs neither a store call, nor
//   serialization, nor encoding: the bytes go to the socket as they are. (Keeping the JSON string
//   instead cost every hit of a 50-event page a ~100 KB temporary string, since Node prepends the
//   headers to a string body and flattens the two, and a UTF-8 encoding of the Persian text:
//   at 500 requests/s, ~40 young-generation collections per 10 s instead of 4, and twice the CPU.)
// Writes through this server clear it at once; writes by another process (`rasad ingest` into the
// same store) show up within one time-to-live plus one refresh.
import type { FastifyReply, FastifyRequest } from 'fastify';

interface Entry {
  expires: number;
  value: Promise<unknown>;
  /** Set once `value` has resolved: the answer a stale hit returns. */
  done: boolean;
  settled?: unknown;
  refreshing: boolean;
}

/** A serializer's output as bytes (fast-json-stringify gives a string). */
function toBytes(json: string | ArrayBuffer | Buffer): Buffer {
  if (typeof json === 'string') return Buffer.from(json, 'utf8');
  return Buffer.isBuffer(json) ? json : Buffer.from(json);
}

export class ReadCache {
  private entries = new Map<string, Entry>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 1000,
    private readonly maxTtlMs = 30_000,
  ) {}

  get enabled(): boolean {
    return this.ttlMs > 0;
  }

  async get<T>(key: string, load: () => Promise<T>): Promise<T> {
    if (!this.enabled) return load();
    const hit = this.entries.get(key);
    if (!hit) return this.start(key, load);
    if (hit.expires > Date.now() || !hit.done) return hit.value as Promise<T>;
    if (!hit.refreshing) {
      hit.refreshing = true;
      this.refresh(key, load, hit);
    }
    return hit.settled as T;
  }

  /**
   * Answers a GET with the cached JSON for its URL, or loads, serializes (with the route's response
   * schema), encodes and caches it. A load that throws (404, store error) is answered as an error,
   * uncached. The bytes are those `reply.serialize` would have sent: the body is the same either way.
   */
  async send(
    request: FastifyRequest,
    reply: FastifyReply,
    load: () => Promise<unknown>,
  ): Promise<FastifyReply> {
    const body = await this.get(request.url, async () => toBytes(reply.serialize(await load())));
    // A Buffer body is sent as it is, with the JSON content type set here (Fastify would otherwise
    // call it application/octet-stream): it was serialized by the route's schema above.
    return reply.type('application/json; charset=utf-8').send(body);
  }

  clear(): void {
    this.entries.clear();
  }

  private ttlFor(loadMs: number): number {
    return Math.min(this.maxTtlMs, Math.max(this.ttlMs, 10 * loadMs));
  }

  private start<T>(key: string, load: () => Promise<T>): Promise<T> {
    const began = Date.now();
    const value = load();
    const entry: Entry = { expires: began + this.ttlMs, value, done: false, refreshing: false };
    this.entries.set(key, entry);
    value.then(
      (v) => {
        entry.done = true;
        entry.settled = v;
        entry.expires = Date.now() + this.ttlFor(Date.now() - began);
      },
      // A failed load is not remembered: the next request tries again.
      () => {
        if (this.entries.get(key) === entry) this.entries.delete(key);
      },
    );
    if (this.entries.size > this.maxEntries) this.evict();
    return value;
  }

  private refresh<T>(key: string, load: () => Promise<T>, old: Entry): void {
    const began = Date.now();
    load().then(
      (v) => {
        // Cleared (a write) while refreshing: this answer may predate the write; drop it.
        if (this.entries.get(key) !== old) return;
        const expires = Date.now() + this.ttlFor(Date.now() - began);
        this.entries.set(key, {
          expires,
          value: Promise.resolve(v),
          done: true,
          settled: v,
          refreshing: false,
        });
      },
      () => {
        // Keep answering with the last good answer; try again after one time-to-live.
        old.refreshing = false;
        old.expires = Date.now() + this.ttlMs;
      },
    );
  }

  private evict(): void {
    const now = Date.now();
    for (const [key, entry] of this.entries) if (entry.expires <= now && entry.done) this.entries.delete(key);
    // Still full of live entries: drop the oldest (Map keeps insertion order).
    for (const key of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries) break;
      this.entries.delete(key);
    }
  }
}
