import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createCoder } from '../src/coder.ts';
import { eventSummaries, ROLE_PUBLISHED } from '../src/testing/role-cases.ts';

// Verb senses that take their meaning from the phrase around them (issue 10): welcoming a person is
// hosting, appearing before a court is a trial. Each case is a sentence of our own.
const coder = createCoder();
const coded = (text: string) => eventSummaries(coder.code(text, { published: ROLE_PUBLISHED }));

describe('welcome or receive a named person', () => {
  it('codes hosting the visitor (043)', () => {
    assert.ok(coded('The Egyptian president welcomed Sudanese President Omar al-Bashir to Cairo for talks.').includes('043 EGY>SDN'));
  });

  it('leaves the welcome of a decision praise, not hosting', () => {
    const found = coded('Britain welcomed the decision of the Sudanese government.');
    assert.ok(!found.some((event) => event.startsWith('043')), found.join('; '));
  });
});

describe('appear before a court', () => {
  it('codes a trial of the subject (112)', () => {
    assert.ok(coded('A former Serbian police general appeared before the war crimes tribunal.').some((event) => /^112 .*>SRB$/.test(event)));
  });

  it('codes nothing for an appearance that is no court', () => {
    assert.deepEqual(coded('The Kenyan president appeared in public on Monday.'), []);
  });
});

describe('a meeting noun that names no party and lies ahead', () => {
  it('takes the parties of the talks that broke down just before it ("negotiations could restart": talks that may come, an intent)', () => {
    const found = coded('Peace talks between Ethiopia and Eritrea broke down on Friday. Officials said negotiations could restart in Nairobi next month.');
    assert.deepEqual(found, ['164 ETH+ERI>', '036 ETH+ERI>']);
  });

  it('leaves a plain reference back to those talks uncoded', () => {
    const found = coded('Israel held talks with Syria in Washington. The talks ended without agreement.');
    assert.deepEqual(found, ['046 ISR>SYR']);
  });
});
