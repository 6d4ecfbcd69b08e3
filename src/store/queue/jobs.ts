// The JobQueue part of the store interface, over the PostgreSQL queue (postgres/queue.ts). A claim's
// results are stored and its jobs marked done in one transaction of the store itself, so a worker
// killed mid-batch loses nothing and duplicates nothing.
import type { Kysely } from 'kysely';
import type { Saver } from '../backend.js';
import {
  claim,
  enqueue,
  ensureQueue,
  giveUpPoisoned,
  lockHeld,
  markDone,
  markFailed,
  noteError,
  pendingCount,
  queueCounts,
} from '../postgres/queue.js';
import type { Database } from '../schema.js';
import type { Claim, FailedJob, JobQueue, NewJob, SaveItem, SaveSummary } from '../types.js';

export class PostgresJobQueue implements JobQueue {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly store: Saver,
  ) {}

  ensure(): Promise<void> {
    return ensureQueue(this.db);
  }

  enqueue(jobs: NewJob[]): Promise<number> {
    return enqueue(this.db, jobs);
  }

  claim(limit: number, leaseSeconds: number): Promise<Claim> {
    return claim(this.db, limit, leaseSeconds);
  }

  commit(
    claimed: Claim,
    items: Array<{ jobId: number; item: SaveItem }>,
    failures: FailedJob[],
  ): Promise<{ saved: SaveSummary; failed: FailedJob[] }> {
    return this.store.transaction(async (trx) => {
      const held = await lockHeld(trx, claimed);
      const mine = items.filter((x) => held.has(x.jobId));
      const saved = await this.store.saveInTransaction(trx, this.store.prepare(mine.map((x) => x.item)));
      await markDone(
        trx,
        mine.map((x) => x.jobId),
      );
      const failed = failures.filter((f) => held.has(f.id));
      await markFailed(trx, failed);
      return { saved, failed };
    });
  }

  noteError(claimed: Claim, reason: string): Promise<void> {
    return noteError(this.db, claimed, reason);
  }

  giveUpPoisoned(): Promise<FailedJob[]> {
    return giveUpPoisoned(this.db);
  }

  pendingCount(): Promise<number> {
    return pendingCount(this.db);
  }

  counts(): Promise<Record<string, number>> {
    return queueCounts(this.db);
  }
}
