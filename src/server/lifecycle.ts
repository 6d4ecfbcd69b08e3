// Listening and stopping: SIGINT/SIGTERM close the server, which stops accepting connections and
// waits for requests in flight to finish (fastify.close), then the store is closed.
import type { FastifyInstance } from 'fastify';
import type { Store } from '../store/types.js';

export async function listenUntilSignal(
  app: FastifyInstance,
  store: Store,
  address: { host: string; port: number },
): Promise<string> {
  const url = await app.listen({ host: address.host, port: address.port });
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down: finishing requests in flight');
    try {
      await app.close();
      await store.close();
    } finally {
      process.exit(0);
    }
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
  return url;
}
