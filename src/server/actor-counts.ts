import type { EventStore } from '../store/store.ts';

/** How often an actor appears in stored events, on either side. */
export interface ActorCount {
  code: string;
  /** Events with the actor as source or target (an event naming it on both sides counts once). */
  events: number;
  asSource: number;
  asTarget: number;
}

/**
 * Counts the actors of every stored event, most frequent first. The store has no aggregate for
 * this, so it reads all events once; the result is kept until the store's totals change.
 */
export function createActorCounter(store: EventStore): (limit: number) => Promise<ActorCount[]> {
  let cached: { key: string; counts: ActorCount[] } | null = null;
  return async (limit) => {
    const totals = await store.counts();
    const key = `${totals.documents}:${totals.events}`;
    if (cached?.key !== key) cached = { key, counts: await countActors(store) };
    return cached.counts.slice(0, limit);
  };
}

async function countActors(store: EventStore): Promise<ActorCount[]> {
  const counts = new Map<string, ActorCount>();
  const entry = (code: string) => {
    let count = counts.get(code);
    if (!count) counts.set(code, (count = { code, events: 0, asSource: 0, asTarget: 0 }));
    return count;
  };
  for await (const stored of store.streamEvents({})) {
    const sources = new Set(stored.event.source.map((actor) => actor.code));
    const targets = new Set(stored.event.target.map((actor) => actor.code));
    for (const code of sources) entry(code).asSource++;
    for (const code of targets) entry(code).asTarget++;
    for (const code of new Set([...sources, ...targets])) entry(code).events++;
  }
  return [...counts.values()].sort((a, b) => b.events - a.events || a.code.localeCompare(b.code));
}
