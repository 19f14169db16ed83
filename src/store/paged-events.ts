import type { EventQuery, EventStore, StoredEvent } from './store.ts';

/**
 * The events of a query read a page at a time (`queryEvents` with an offset), so that no read holds
 * the store open while a slow client takes a download: a writer can commit between two pages.
 */
export async function* pagedEvents(store: Pick<EventStore, 'queryEvents'>, query: EventQuery, pageSize = 1000): AsyncGenerator<StoredEvent> {
  for (let offset = 0; ; offset += pageSize) {
    const page = await store.queryEvents({ ...query, limit: pageSize, offset });
    yield* page;
    if (page.length < pageSize) return;
  }
}
