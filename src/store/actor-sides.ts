import type { Event } from '../core/event.ts';
import type { ActorCount } from './store.ts';

/**
 * What one event adds to the actor counts (see `EventStore.actorCounts`): each actor code it names,
 * once, with whether it stands as source, as target, or both.
 */
export function actorSides(event: Event): ActorCount[] {
  const sources = new Set(event.source.map((actor) => actor.code).filter(Boolean));
  const targets = new Set(event.target.map((actor) => actor.code).filter(Boolean));
  return [...new Set([...sources, ...targets])].map((code) => ({ code, events: 1, asSource: sources.has(code) ? 1 : 0, asTarget: targets.has(code) ? 1 : 0 }));
}
