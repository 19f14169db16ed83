import type { Event } from '../../src/core/event.ts';

/** The dashboard path of the pair of an event's first source and target, with their full codes (IGOEUN is not IGO); none without both. */
export function eventPairHref(event: Pick<Event, 'source' | 'target'>): string | undefined {
  const source = event.source[0]?.code;
  const target = event.target[0]?.code;
  if (!source || !target) return undefined;
  return pairHref(source, target);
}

/** The dashboard path of a pair of actors. */
export function pairHref(source: string, target: string): string {
  return `/pair/${encodeURIComponent(source)}/${encodeURIComponent(target)}`;
}
