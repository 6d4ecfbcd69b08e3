// The worker side of ThreadedReadStore: opens its own connection to the store and answers read
// calls posted by the server's main thread, one at a time.
import { parentPort, workerData } from 'node:worker_threads';
import { openStore } from '../store/index.js';
import { READ_METHODS, type ReadCall, type ReadReply } from './threaded-read-store.js';

const store = await openStore((workerData as { db: string }).db);
const port = parentPort;
if (!port) throw new Error('store-worker: not started as a worker thread');

port.on('message', async (call: ReadCall) => {
  let reply: ReadReply;
  try {
    if (!READ_METHODS.includes(call.method)) throw new Error(`not a read method: ${call.method}`);
    const method = store[call.method] as (...args: unknown[]) => Promise<unknown>;
    reply = { id: call.id, result: await method.apply(store, call.args) };
  } catch (error) {
    reply = {
      id: call.id,
      error: error instanceof Error ? error.message : String(error),
      ...(error instanceof Error ? { errorName: error.name } : {}),
    };
  }
  port.postMessage(reply);
});
port.postMessage({ id: 0, result: 'ready' } satisfies ReadReply);
