// A real HTTP server on 127.0.0.1 (ephemeral port) serving fixture feeds and article pages for the
// follow tests; it counts requests per path and the most requests in flight at once.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (req: IncomingMessage, res: ServerResponse, hit: number) => void | Promise<void>;

export interface FeedServer {
  base: string;
  /** Requests seen per path. */
  hits: Map<string, number>;
  /** Conditional headers seen per path (last request). */
  lastHeaders: Map<string, IncomingMessage['headers']>;
  maxInFlight: number;
  route(path: string, handler: Handler): void;
  close(): Promise<void>;
}

export async function startFeedServer(): Promise<FeedServer> {
  const routes = new Map<string, Handler>();
  const hits = new Map<string, number>();
  const lastHeaders = new Map<string, IncomingMessage['headers']>();
  let inFlight = 0;
  const state = { maxInFlight: 0 };
  const server: Server = createServer(async (req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const hit = (hits.get(path) ?? 0) + 1;
    hits.set(path, hit);
    lastHeaders.set(path, req.headers);
    inFlight++;
    state.maxInFlight = Math.max(state.maxInFlight, inFlight);
    res.on('close', () => inFlight--);
    const handler = routes.get(path);
    if (!handler) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    try {
      await handler(req, res, hit);
    } catch {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    hits,
    lastHeaders,
    get maxInFlight() {
      return state.maxInFlight;
    },
    route: (path, handler) => routes.set(path, handler),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A Persian article page: distinct per n, long enough for Readability to find the article. */
export function articleHtml(n: number | string, title = `خبر شماره ${n}`): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body>
<nav>صفحه اصلی | سیاسی | اقتصادی</nav>
<article><h1>${title}</h1>
<p>وزیر امور خارجه ایران روز دوشنبه در تهران با همتای پاکستانی خود دیدار و درباره روابط دوجانبه گفت‌وگو کرد؛ گزارش شماره ${n}.</p>
<p>دو طرف بر گسترش همکاری‌های اقتصادی و مرزی تأکید کردند و قرار شد کمیسیون مشترک دو کشور ماه آینده در اسلام‌آباد تشکیل شود.</p>
<p>این دیدار در ادامه سفرهای منطقه‌ای مقام‌های دو کشور انجام شد و سخنگوی وزارت خارجه آن را سازنده خواند.</p>
</article><footer>همه حقوق محفوظ است</footer></body></html>`;
}

export function rss(items: Array<{ title?: string; link?: string; pubDate?: string }>): string {
  const body = items
    .map(
      (i) =>
        `<item>${i.title ? `<title>${i.title}</title>` : ''}${i.link ? `<link>${i.link}</link>` : ''}${i.pubDate ? `<pubDate>${i.pubDate}</pubDate>` : ''}</item>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>fixture</title>${body}</channel></rss>`;
}
