import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createCoder } from '../src/coder.ts';
import { eventSummaries } from '../src/testing/role-cases.ts';

// A visit's place is its target when no one visited is named (src/geo/visit-target.ts). Sentences
// written for these tests, in news wording; none comes from an evaluation set.
const coder = createCoder();
const coded = (text: string) => eventSummaries(coder.code(text, { published: '2024-05-02' }));

describe('a visit to a town the gazetteer lacks has the town\'s country as its target', () => {
  const cases: [rule: string, text: string, expected: string][] = [
    ['the visit verb\'s object', 'The Brazilian president visited Tacoma on Monday.', '042 BRA>USA'],
    ['a visit promised', 'The Brazilian president will visit Tacoma next week.', '036 BRA>USA'],
    ['the "to" phrase of a visit paid', 'The Kenyan foreign minister paid a visit to Tacoma on Friday.', '042 KEN>USA'],
  ];
  for (const [rule, text, expected] of cases) {
    it(`${rule}: "${text}"`, () => {
      const found = coded(text);
      assert.ok(found.some((event) => event.startsWith(expected)), `expected ${expected}; got ${found.join('; ') || 'no events'}`);
    });
  }

  it('keeps the host the actors stage names', () => {
    const found = coded('The Brazilian president visited China on Monday.');
    assert.ok(found.some((event) => event.startsWith('042 BRA>CHN')), found.join('; '));
  });
});
