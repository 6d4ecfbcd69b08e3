// An in-memory Store for the server's tests: the Store interface over plain arrays, with the same
// filter semantics the real backends document (inclusive ISO ranges, code-or-name actor match,
// opaque cursors). Actors are merged across articles by code, or by name when they have no code.
import { createHash } from 'node:crypto';
import type { ExtractResult } from '../../src/result.js';
import type {
  ActorFilter,
  ActorRelations,
  ArticleFilter,
  ArticleSummary,
  EventFilter,
  Page,
  SaveSummary,
  Store,
  StoredActor,
  StoredArticle,
  StoredEvent,
  TimelineBucket,
} from '../../src/store/types.js';

const page = <T>(all: T[], limit = 50, cursor?: string | null): Page<T> => {
  const offset = cursor ? Number(cursor) : 0;
  const items = all.slice(offset, offset + limit);
  return { items, next: offset + limit < all.length ? String(offset + limit) : null };
};
const inRange = (day: string | null, since?: string, until?: string) =>
  (!since || (day != null && day >= since)) && (!until || (day != null && day <= until));

function weekStart(day: string): string {
  // Weeks start on Saturday (docs/output-contract.md).
  const d = new Date(`${day}T00:00:00Z`);
  const back = (d.getUTCDay() + 1) % 7;
  return new Date(d.getTime() - back * 86_400_000).toISOString().slice(0, 10);
}

export class MemoryStore implements Store {
  readonly kind = 'sqlite' as const;
  private articles = new Map<string, StoredArticle>();
  private hashes = new Set<string>();
  private actors = new Map<string, StoredActor>();
  private events: StoredEvent[] = [];

  async migrate(): Promise<void> {}
  async close(): Promise<void> {}

  async saveArticles(batch: Array<{ result: ExtractResult; original: string }>): Promise<SaveSummary> {
    let ingested = 0;
    let duplicates = 0;
    for (const { result, original } of batch) {
      const hash = createHash('sha256').update(result.text).digest('hex');
      if (this.hashes.has(hash) || this.articles.has(result.id)) {
        duplicates++;
        continue;
      }
      this.hashes.add(hash);
      ingested++;
      this.articles.set(result.id, { ...result, original, content_hash: hash, duplicate_of: null });
      const local = new Map<string, StoredActor>();
      for (const a of result.actors) {
        const key = a.code ?? a.name;
        let stored = this.actors.get(key);
        if (!stored) {
          stored = {
            id: key,
            name: a.name,
            name_en: a.name_en,
            code: a.code,
            country: a.country,
            sector: a.sector,
            wikidata: a.wikidata,
            roles: [],
            aliases: [],
            events: 0,
            articles: 0,
          };
          this.actors.set(key, stored);
        }
        for (const r of a.roles) if (!stored.roles.includes(r)) stored.roles.push(r);
        if (a.name !== stored.name && !stored.aliases.includes(a.name)) stored.aliases.push(a.name);
        if (![...local.values()].includes(stored)) stored.articles++;
        local.set(a.id, stored);
      }
      const resolve = (ids: string[]) => ids.map((id) => local.get(id)).filter((a): a is StoredActor => !!a);
      for (const e of result.events) {
        const actor = resolve(e.actor);
        const recipient = resolve(e.recipient);
        for (const a of new Set([...actor, ...recipient])) a.events++;
        this.events.push({
          ...e,
          id: `${result.id}:${e.id}`,
          article: result.id,
          date: e.date ?? result.published,
          actor,
          recipient,
          reported_by: resolve(e.reported_by),
          num_articles: 1,
          num_sources: 1,
        });
      }
    }
    return { ingested, duplicates };
  }

  private matches(a: StoredActor, query: string): boolean {
    const q = query.toLowerCase();
    return (
      (a.code ?? '').toLowerCase().startsWith(q) ||
      a.name.includes(query) ||
      (a.name_en ?? '').toLowerCase().includes(q) ||
      a.id === query
    );
  }

  private filterEvents(f: EventFilter): StoredEvent[] {
    return this.events
      .filter(
        (e) =>
          (!f.actor || e.actor.some((a) => this.matches(a, f.actor as string))) &&
          (!f.recipient || e.recipient.some((a) => this.matches(a, f.recipient as string))) &&
          (!f.type || e.type === f.type) &&
          inRange(e.date, f.since, f.until) &&
          (!f.q || (this.articles.get(e.article)?.text.includes(f.q) ?? false)),
      )
      .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id));
  }

  async queryEvents(f: EventFilter): Promise<Page<StoredEvent>> {
    return page(this.filterEvents(f), f.limit, f.cursor);
  }

  async getArticle(id: string): Promise<StoredArticle | null> {
    return this.articles.get(id) ?? null;
  }

  private summary(a: StoredArticle): ArticleSummary {
    return {
      id: a.id,
      title: a.title,
      url: a.url,
      source: a.source,
      published: a.published,
      events: a.events.length,
    };
  }

  async searchArticles(f: ArticleFilter): Promise<Page<ArticleSummary>> {
    const all = [...this.articles.values()]
      .filter(
        (a) =>
          (!f.q || a.text.includes(f.q) || (a.title ?? '').includes(f.q)) &&
          (!f.source || a.source === f.source) &&
          inRange(a.published, f.since, f.until),
      )
      .sort((a, b) => (b.published ?? '').localeCompare(a.published ?? ''))
      .map((a) => this.summary(a));
    return page(all, f.limit, f.cursor);
  }

  async listActors(f: ActorFilter): Promise<Page<StoredActor>> {
    const all = [...this.actors.values()]
      .filter((a) => !f.q || this.matches(a, f.q))
      .sort((a, b) => b.events - a.events);
    return page(all, f.limit, f.cursor);
  }

  async actorRelations(
    id: string,
    range: { since?: string; until?: string },
  ): Promise<ActorRelations | null> {
    const actor = this.actors.get(id);
    if (!actor) return null;
    const events = this.events.filter(
      (e) => inRange(e.date, range.since, range.until) && [...e.actor, ...e.recipient].includes(actor),
    );
    const counterparts = new Map<
      string,
      { actor: StoredActor; events: number; cooperation: number; conflict: number }
    >();
    const types = new Map<string, number>();
    const months = new Map<string, TimelineBucket>();
    const articles = new Set<string>();
    for (const e of events) {
      articles.add(e.article);
      types.set(e.type, (types.get(e.type) ?? 0) + 1);
      const month = `${(e.date ?? '0000-00').slice(0, 7)}-01`;
      const bucket = months.get(month) ?? { period: month, quad1: 0, quad2: 0, quad3: 0, quad4: 0 };
      bucket[`quad${e.quad}` as 'quad1']++;
      months.set(month, bucket);
      for (const other of [...e.actor, ...e.recipient]) {
        if (other === actor) continue;
        const c = counterparts.get(other.id) ?? { actor: other, events: 0, cooperation: 0, conflict: 0 };
        c.events++;
        if (e.quad <= 2) c.cooperation++;
        else c.conflict++;
        counterparts.set(other.id, c);
      }
    }
    return {
      actor,
      counterparts: [...counterparts.values()].sort((a, b) => b.events - a.events),
      types: [...types].map(([type, n]) => ({ type, events: n })).sort((a, b) => b.events - a.events),
      over_time: [...months.values()].sort((a, b) => a.period.localeCompare(b.period)),
      articles: [...articles].map((id) => this.summary(this.articles.get(id) as StoredArticle)),
    };
  }

  async timeline(r: {
    since?: string;
    until?: string;
    interval: 'day' | 'week';
    actor?: string;
  }): Promise<TimelineBucket[]> {
    const buckets = new Map<string, TimelineBucket>();
    for (const e of this.filterEvents({ since: r.since, until: r.until, actor: r.actor })) {
      if (!e.date) continue;
      const period = r.interval === 'week' ? weekStart(e.date) : e.date;
      const b = buckets.get(period) ?? { period, quad1: 0, quad2: 0, quad3: 0, quad4: 0 };
      b[`quad${e.quad}` as 'quad1']++;
      buckets.set(period, b);
    }
    return [...buckets.values()].sort((a, b) => a.period.localeCompare(b.period));
  }
}
