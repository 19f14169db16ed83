import { useEffect, useState } from 'preact/hooks';
import { api, queryString } from '../api.ts';
import type { ActorCount } from '../types.ts';

/**
 * An input for an actor code that searches by name as one types ("Iran" offers IRN, IRNGOV ...):
 * the suggestions are codes with their names and stored event counts.
 */
export function ActorInput({ name, label, value, placeholder, onInput }: { name: string; label: string; value: string; placeholder?: string; onInput: (value: string) => void }) {
  const [options, setOptions] = useState<(ActorCount & { name: string })[]>([]);
  const list = `actor-options-${name}`;
  useEffect(() => {
    const controller = new AbortController();
    const words = value.trim();
    const timer = setTimeout(() => {
      api<{ actors: (ActorCount & { name: string })[] }>(`/api/actors${queryString({ q: words || undefined, limit: 30 })}`, { signal: controller.signal }).then(
        (body) => setOptions(body.actors),
        () => {},
      );
    }, 150);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [value]);
  return (
    <label>
      {label}
      <input name={name} value={value} placeholder={placeholder} list={list} autocomplete="off" onInput={(event) => onInput((event.target as HTMLInputElement).value)} />
      <datalist id={list} data-testid={`${name}-options`}>
        {options.map((actor) => (
          <option key={actor.code} value={actor.code}>
            {actor.name}
            {actor.events ? ` · ${actor.events} events` : ''}
          </option>
        ))}
      </datalist>
    </label>
  );
}
