import { statusFilterOf } from '../core/status-class.ts';
import type { Breakdown, BreakdownRow, StoredEvent } from './store.ts';

/**
 * What `EventStore.countBy` must give for these events, counted one by one (the conformance
 * suite's check on the counts a store keeps): every value with its events, in no particular order.
 */
export function recountBy(events: readonly StoredEvent[], by: Breakdown): BreakdownRow[] {
  const counts = new Map<string | null, number>();
  const add = (key: string | null) => counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const { event, statusClass } of events) {
    const source = event.source[0]?.code || null;
    const target = event.target[0]?.code || null;
    if (by === 'quadClass') add(String(event.cameo.quadClass));
    else if (by === 'plover') add(event.plover?.type ?? null);
    else if (by === 'status') add(statusFilterOf(event, statusClass));
    else if (by === 'root') add(event.cameo.root);
    else if (by === 'source') add(source);
    else if (by === 'target') add(target);
    else if (by === 'actor') {
      if (source !== null) add(source);
      if (target !== null && target !== source) add(target);
    } else if (source !== null && target !== null) add(`${source} ${target}`);
  }
  return [...counts].map(([key, events]) => ({ key, events }));
}
