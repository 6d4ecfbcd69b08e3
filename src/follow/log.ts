// Where follow reports: one line per problem and one status line per poll on stderr, or the same as
// structured JSON lines (pino) with `--log json`. Tests pass their own sink.
import pino from 'pino';

export interface FollowLog {
  /** A feed or item that failed or was skipped: names the feed and the reason. */
  problem(fields: { feed: string; item?: string; reason: string; kind: 'error' | 'skipped' }): void;
  /** One per poll. */
  status(fields: PollStatus): void;
}

export interface PollStatus {
  feeds: number;
  polled: number;
  not_modified: number;
  failed: number;
  new_items: number;
  duplicates: number;
  skipped: number;
  errors: number;
  ms: number;
}

export function statusLine(s: PollStatus): string {
  return (
    `follow: ${s.polled} of ${s.feeds} feeds polled (${s.not_modified} unchanged, ${s.failed} failed), ` +
    `${s.new_items} new items, ${s.duplicates} duplicates, ${s.skipped} skipped, ${s.errors} errors, ${(s.ms / 1000).toFixed(1)} s`
  );
}

export function textLog(write: (line: string) => void = (l) => process.stderr.write(l)): FollowLog {
  return {
    problem: (p) =>
      write(
        `rasad: follow: ${p.feed}${p.item ? ` item ${p.item}` : ''}: ${p.kind === 'skipped' ? 'skipped: ' : ''}${p.reason}\n`,
      ),
    status: (s) => write(`rasad: ${statusLine(s)}\n`),
  };
}

export function jsonLog(): FollowLog {
  const logger = pino(
    { base: null, timestamp: pino.stdTimeFunctions.isoTime },
    pino.destination({ fd: 2, sync: true }),
  );
  return {
    problem: (p) =>
      logger.warn({ event: p.kind, feed: p.feed, item: p.item, reason: p.reason }, `${p.feed}: ${p.reason}`),
    status: (s) => logger.info({ event: 'poll', ...s }, statusLine(s)),
  };
}
