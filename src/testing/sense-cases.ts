import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createCoder } from '../coder.ts';
import { eventSummaries, ROLE_PUBLISHED } from './role-cases.ts';

// Sense cases of the verb-sense tests (test/event-verb-senses.test.ts, test/event-ontology-senses.test.ts):
// a rule, a sentence of our own, and the start of an event it must (or must not) yield, as
// "code SOURCE>TARGET" with country letters.

/** One sense case: the rule it checks, a sentence, and the prefix of an event summary. */
export type SenseCase = [rule: string, text: string, prefix: string];

const coder = createCoder();

/** The sentence's events as "code SOURCE>TARGET" summaries (coded with ROLE_PUBLISHED). */
export const codedSummaries = (text: string): string[] => eventSummaries(coder.code(text, { published: ROLE_PUBLISHED }));

/** One test per case: the sentence must (or, for `absent`, must not) yield an event starting with the case's prefix. */
export function checkCases(title: string, cases: readonly SenseCase[], absent: boolean): void {
  describe(title, () => {
    for (const [rule, text, prefix] of cases) {
      it(rule, () => {
        const found = codedSummaries(text);
        assert.equal(found.some((event) => event.startsWith(prefix)), !absent, `${text}\n  expected ${absent ? 'no ' : ''}${prefix}, got ${found.join('; ') || 'nothing'}`);
      });
    }
  });
}

/**
 * One test per construction, inside the current describe: its sentence must yield an event whose
 * summary starts with `expected`, and each sentence of `notCoded` no event that `unexpected` matches.
 */
export function itCodesConstructions(cases: readonly [construction: string, text: string, expected: string][], notCoded: readonly [construction: string, text: string, unexpected: RegExp][]): void {
  for (const [construction, text, expected] of cases) {
    it(`${construction}: "${text}"`, () => {
      const found = codedSummaries(text);
      assert.ok(found.some((event) => event.startsWith(expected)), `expected ${expected}; got ${found.join('; ') || 'no events'}`);
    });
  }
  for (const [construction, text, unexpected] of notCoded) {
    it(`${construction}: "${text}"`, () => {
      const found = codedSummaries(text);
      assert.ok(!found.some((event) => unexpected.test(event)), `unexpected ${unexpected}; got ${found.join('; ')}`);
    });
  }
}
