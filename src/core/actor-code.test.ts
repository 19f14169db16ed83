import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { agentPartOf, composeCode, countryOf, isStateCode, isUnknown, sectorOf } from './actor-code.ts';

describe('actor codes', () => {
  it('reads the country part of a code', () => {
    assert.equal(countryOf('IRNGOV'), 'IRN');
    assert.equal(countryOf('IGOUNOUSC'), 'IGO');
  });

  it('reads a sector only when letters 4-6 are one', () => {
    assert.equal(sectorOf('IRNGOV'), 'GOV');
    assert.equal(sectorOf('IGOUNO'), undefined);
    assert.equal(sectorOf('IRN'), undefined);
    assert.equal(agentPartOf('IGOUNO'), 'UNO');
  });

  it('tells unknown and non-state codes apart from states', () => {
    assert.ok(isUnknown('UNKGOV'));
    assert.ok(!isUnknown('USAGOV'));
    assert.ok(isStateCode('USAGOV'));
    for (const code of ['UNK', 'IGOUNO', 'NGOAMN', 'IMGINSAQD']) assert.ok(!isStateCode(code), code);
  });

  it('composes a code from a country and an optional sector', () => {
    assert.equal(composeCode('IRN', 'GOV'), 'IRNGOV');
    assert.equal(composeCode('UNK'), 'UNK');
    assert.equal(composeCode('UNK', null), 'UNK');
  });
});
