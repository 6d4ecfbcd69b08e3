// Politeness per host: at most `concurrency` requests in flight to one host, and at least `delayMs`
// between the starts of two requests to it. Other hosts are not held up.
export class HostLimiter {
  private readonly hosts = new Map<
    string,
    { active: number; nextStart: number; waiting: Array<() => void> }
  >();

  constructor(
    readonly concurrency = 2,
    readonly delayMs = 500,
  ) {}

  /** Runs fn when the host has a free slot and its delay has passed. */
  async run<T>(host: string, fn: () => Promise<T>): Promise<T> {
    await this.acquire(host);
    try {
      return await fn();
    } finally {
      this.release(host);
    }
  }

  private state(host: string) {
    let s = this.hosts.get(host);
    if (!s) {
      s = { active: 0, nextStart: 0, waiting: [] };
      this.hosts.set(host, s);
    }
    return s;
  }

  private async acquire(host: string): Promise<void> {
    const s = this.state(host);
    while (s.active >= this.concurrency) await new Promise<void>((resolve) => s.waiting.push(resolve));
    s.active++;
    const now = Date.now();
    const start = Math.max(now, s.nextStart);
    s.nextStart = start + this.delayMs;
    if (start > now) await new Promise((resolve) => setTimeout(resolve, start - now));
  }

  private release(host: string): void {
    const s = this.state(host);
    s.active--;
    s.waiting.shift()?.();
  }
}
