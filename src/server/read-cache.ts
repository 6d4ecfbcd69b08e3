// A short-lived cache for read endpoints, keyed by the request URL. Dashboards ask the same questions
// many times a second (every open timeline re-asks for the same buckets); the store answers each
// question once per `ttlMs`, and concurrent identical requests share one store call (single flight).
// What is kept is the serialized JSON, so a hit costs neither a store call nor serialization.
// Writes through this server clear it at once; writes by another process (`rasad ingest` into the
// same store) show up within `ttlMs`.
import type { FastifyReply, FastifyRequest } from 'fastify';

export class ReadCache {
  private entries = new Map<string, { expires: number; value: Promise<unknown> }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 1000,
  ) {}

  get enabled(): boolean {
    return this.ttlMs > 0;
  }

  async get<T>(key: string, load: () => Promise<T>): Promise<T> {
    if (!this.enabled) return load();
    const now = Date.now();
    const hit = this.entries.get(key);
    if (hit && hit.expires > now) return hit.value as Promise<T>;
    const value = load();
    this.entries.set(key, { expires: now + this.ttlMs, value });
    // A failed load is not remembered: the next request tries again.
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    if (this.entries.size > this.maxEntries) this.evictExpired(now);
    return value;
  }

  /**
   * Answers a GET with the cached JSON for its URL, or loads, serializes (with the route's response
   * schema) and caches it. A load that throws (404, store error) is answered as an error, uncached.
   */
  async send(
    request: FastifyRequest,
    reply: FastifyReply,
    load: () => Promise<unknown>,
  ): Promise<FastifyReply> {
    const body = await this.get(request.url, async () => reply.serialize(await load()));
    // A string body with a JSON content type is sent as it is: it was serialized by the schema above.
    return reply.type('application/json; charset=utf-8').send(body);
  }

  clear(): void {
    this.entries.clear();
  }

  private evictExpired(now: number): void {
    for (const [key, entry] of this.entries) if (entry.expires <= now) this.entries.delete(key);
    // Still full of live entries: drop the oldest (Map keeps insertion order).
    for (const key of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries) break;
      this.entries.delete(key);
    }
  }
}
