import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createCoder, loadEventResources } from '../src/coder.ts';
import type { ActorRef, Event } from '../src/core/event.ts';
import type { Pattern } from '../src/events/patterns.ts';

// The lexicon tests itself: every pattern's example must give an event of that pattern, with the
// source and target countries its `expect` names. One coder for the whole file (loading is the slow part).
const events = loadEventResources();
const coder = createCoder({ events });
// Parley's own patterns; imported ones (data/events/petrarch) carry no example and are tested by the importer.
type OwnPattern = Pattern & { example: string; expect: [string, string] };
const patterns = events.lexicon.patterns.filter((pattern): pattern is OwnPattern => !pattern.dictionary);

/** The first three letters of the first actor's code: the country, or IGO/NGO/UNK; "" when there is none. */
const countryOf = (refs: readonly ActorRef[]) => (refs[0]?.code ?? '').slice(0, 3);

const describeEvent = (event: Event) =>
  `${event.rule} ${event.cameo.code} ${event.source.map((a) => a.code).join('+') || '-'} -> ${event.target.map((a) => a.code).join('+') || '-'} ["${event.trigger.text}"]`;

/** True when `event` is what `pattern` promises for its example. */
function fulfils(event: Event, pattern: OwnPattern): boolean {
  // A frame's code is the one the frame table gives for the framed event; any other pattern's is its own.
  if (!pattern.frame && event.cameo.code !== pattern.code) return false;
  return countryOf(event.source) === pattern.expect[0] && countryOf(event.target) === pattern.expect[1];
}

describe('event pattern examples', () => {
  for (const pattern of patterns) {
    it(`${pattern.id}: "${pattern.example}"`, () => {
      const found = coder.code(pattern.example, { published: '2026-11-26' }).events ?? [];
      // A transparent pattern makes no event of its own: it lets a frame reach the event behind it.
      const candidates = pattern.frame === 'transparent' ? found : found.filter((event) => event.rule === pattern.id);
      assert.ok(
        candidates.some((event) => fulfils(event, pattern)),
        `${pattern.origin}: expected ${pattern.frame ? `a ${pattern.frame} frame` : pattern.code} ${pattern.expect[0] || '-'} -> ${pattern.expect[1] || '-'}; ` +
          `got ${found.length ? found.map(describeEvent).join('; ') : 'no events'}`,
      );
    });
  }
});

describe('event pattern coverage', () => {
  it('has patterns in all 20 CAMEO roots', () => {
    const roots = new Set(patterns.map((pattern) => pattern.code.slice(0, 2)));
    const missing = Array.from({ length: 20 }, (_, k) => String(k + 1).padStart(2, '0')).filter((root) => !roots.has(root));
    assert.deepEqual(missing, []);
  });

  it('gives at least 200 distinct CAMEO codes', () => {
    const codes = new Set(patterns.map((pattern) => pattern.code));
    assert.ok(codes.size >= 200, `only ${codes.size} distinct codes have patterns`);
  });
});
