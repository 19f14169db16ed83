import type { ActorCount } from '../types.ts';

/** Suggestions for an actor-code input: the actors seen in the store, with their event counts. */
export function ActorOptions({ id, actors }: { id: string; actors: readonly ActorCount[] }) {
  return (
    <datalist id={id}>
      {actors.map((actor) => (
        <option key={actor.code} value={actor.code}>
          {actor.events} events
        </option>
      ))}
    </datalist>
  );
}
