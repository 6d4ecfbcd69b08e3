// Walks the pages of store.queryEvents for the endpoints that need many events at once (export,
// network), stopping at a limit so no request can hold the server indefinitely.
import type { EventFilter, Store, StoredEvent } from '../store/types.js';

const PAGE = 1000;

export async function* eventsUpTo(
  store: Store,
  filter: EventFilter,
  limit: number,
): AsyncGenerator<StoredEvent> {
  let cursor: string | null | undefined;
  let seen = 0;
  do {
    const page = await store.queryEvents({ ...filter, limit: Math.min(PAGE, limit - seen), cursor });
    for (const event of page.items) {
      yield event;
      if (++seen >= limit) return;
    }
    cursor = page.next;
  } while (cursor);
}
