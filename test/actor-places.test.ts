import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createCoder } from '../src/coder.ts';
import { eventSummaries } from '../src/testing/role-cases.ts';

// Unnamed actors take the country where their sentence's events happen (src/actors/place-of-event.ts).
const coder = createCoder();
const coded = (text: string) => eventSummaries(coder.code(text, { published: '2024-05-02' }));
const codeOf = (text: string, words: string) => coder.code(text, { published: '2024-05-02' }).mentions?.find((m) => m.text === words)?.code;

describe('unnamed actors are placed where the event happens', () => {
  const cases: [rule: string, text: string, expected: string][] = [
    ['a phrase of place names the country', 'Gunmen kidnapped two Turkish truck drivers in northern Iraq on Monday.', '181 IRQ>TUR'],
    ['a capital in a phrase of place', 'Masked men shot dead a German engineer in the Yemeni capital Sanaa.', '193 YEM>DEU'],
    ['the only state institution the sentence names', 'Pakistani police said gunmen had kidnapped a Chinese engineer.', '181 PAK>CHN'],
    ['a nationality word places no one', 'Gunmen kidnapped two Turkish truck drivers.', '181 UNK>TUR'],
  ];
  for (const [rule, text, expected] of cases) {
    it(`${rule}: "${text}"`, () => {
      const found = coded(text);
      assert.ok(found.some((event) => event.startsWith(expected)), `expected ${expected}; got ${found.join('; ') || 'no events'}`);
    });
  }

  it('places the victims of an attack in a city of the country', () => {
    assert.equal(codeOf('A suicide bomber killed twelve civilians at a market in Peshawar.', 'twelve civilians'), 'PAKCVL');
  });

  it('places a judge of unknown country where the sentence is', () => {
    assert.equal(codeOf('Judge Maria Ferreira ordered the arrest of three Peruvian police officers in Lima.', 'Judge Maria Ferreira'), 'PERJUD');
  });

  it('places no one called foreign or from overseas: they come from elsewhere', () => {
    assert.equal(codeOf('Foreign diplomats toured the damaged reactor near Tehran on Friday.', 'Foreign diplomats'), 'UNKGOV');
    assert.equal(codeOf('Police officers guarded the port in Mombasa.', 'Police officers'), 'KENCOP');
  });

  it('places no one when the phrases of place name two countries', () => {
    assert.equal(codeOf('Smugglers moved migrants from camps in Libya to boats in Italy.', 'Smugglers'), 'UNKCRM');
  });
});

describe('compound events', () => {
  it('puts the parties of talks "between" two sides in the source (PLOVER compound events)', () => {
    const found = coded('Peace talks between the Colombian government and FARC rebels resumed in Havana.');
    assert.ok(found.some((event) => event.startsWith('046 COL+COL>')), `got ${found.join('; ') || 'no events'}`);
  });
});
