import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createCoder } from '../src/coder.ts';
import { eventSummaries, ROLE_PUBLISHED } from '../src/testing/role-cases.ts';

// Recall of diplomatic and cooperative events on wire wording (meetings, offers, aid, agreements),
// through the whole pipeline. Each case is a sentence of our own.
const coder = createCoder();
const coded = (text: string) => eventSummaries(coder.code(text, { published: ROLE_PUBLISHED }));

describe('offers', () => {
  it('code overtures made to someone as an offer ("made overtures to Vietnam")', () => {
    assert.ok(coded('China made fresh overtures to Vietnam on Monday.').includes('030 CHN>VNM'));
  });
});

describe('aid', () => {
  it('codes an aid package unveiled for someone as pledged aid', () => {
    assert.ok(coded('Australia unveiled an aid package for East Timor.').includes('033 AUS>TLS'));
  });

  it('codes money given in any currency ("gave 2 billion yen to Indonesia")', () => {
    assert.ok(coded('Japan gave 2 billion yen to Indonesia.').includes('071 JPN>IDN'));
  });
});

describe('an event in a clause opened by "as" or "after"', () => {
  it('has the clause\'s subject as its source ("Stocks fell as Norway pledged aid to Chile")', () => {
    assert.ok(coded('Stocks fell in Santiago as Norway pledged aid to Chile.').includes('033 NOR>CHL'));
  });

  it('finds the subject of an intransitive verb in the clause ("hours after officials agreed on a truce")', () => {
    assert.ok(coded('Shelling resumed hours after Laotian and Thai officials agreed on a truce.').some((event) => event.startsWith('030 LAO+THA>')));
  });
});

describe('a meeting "with visiting" someone', () => {
  it('is with the visitor, and codes no visit by the host', () => {
    const events = coded('The Ghanaian president met with visiting Togolese officials on Friday.');
    assert.ok(events.includes('040 GHA>TGO'));
    assert.ok(!events.some((event) => event.startsWith('042 GHA')));
  });
});

describe('a visit set off by commas on the subject', () => {
  it('is the subject\'s ("The Indonesian president, on a visit to Brazil, signed ...")', () => {
    assert.ok(coded('The Indonesian president, on a three-day visit to Brazil, signed trade deals worth billions.').includes('042 IDN>BRA'));
  });
});
