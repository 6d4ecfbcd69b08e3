// A progress bar on a terminal only (cli-progress, on stderr); silent in pipes and logs.
import cliProgress from 'cli-progress';

export interface Progress {
  bytes(done: number): void;
  articles(n: number): void;
  stop(): void;
}

const silent: Progress = { bytes() {}, articles() {}, stop() {} };

export function createProgress(enabled: boolean, totalBytes: number): Progress {
  if (!enabled || !process.stderr.isTTY) return silent;
  const bar = new cliProgress.SingleBar(
    {
      format: 'ingest [{bar}] {percentage}% | {articles} articles | {eta_formatted} left',
      stream: process.stderr,
      hideCursor: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  let articles = 0;
  bar.start(Math.max(1, totalBytes), 0, { articles });
  return {
    bytes: (done) => bar.update(Math.min(done, totalBytes), { articles }),
    articles: (n) => {
      articles += n;
      bar.update({ articles });
    },
    stop: () => bar.stop(),
  };
}
