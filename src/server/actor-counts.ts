import type { ActorCount, EventStore } from '../store/store.ts';

/**
 * Counts the actors of every stored event, most frequent first (the store's `actorCounts`); the
 * result is kept until the store's totals change.
 */
export function createActorCounter(store: EventStore): (limit: number) => Promise<ActorCount[]> {
  let cached: { key: string; counts: ActorCount[] } | null = null;
  return async (limit) => {
    const totals = await store.counts();
    const key = `${totals.documents}:${totals.events}`;
    if (cached?.key !== key) cached = { key, counts: await store.actorCounts() };
    return cached.counts.slice(0, limit);
  };
}
