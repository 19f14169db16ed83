import assert from 'node:assert/strict';
import type { Coder } from '../coder.ts';
import type { EventLocation } from '../core/place.ts';

/** For tests: the location `coder` gives the first event of `text` whose trigger includes `words` (fails when there is none). */
export function locationOf(coder: Coder, text: string, words: string): EventLocation | null {
  const events = coder.code(text).events ?? [];
  const event = events.find((e) => e.trigger.text.includes(words));
  assert.ok(event, `no event "${words}" in "${text}" among: ${events.map((e) => `${e.cameo.code} ${e.trigger.text}`).join('; ')}`);
  return event.location ?? null;
}
