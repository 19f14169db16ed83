import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createCoder } from '../src/coder.ts';

// The actor conventions of the AG News annotation guide (Actors), one sentence of our own each:
// the code a mention gets (src/actors) and the actors of the events coded on it.
const coder = createCoder();
const code = (text: string) => coder.code(text, { published: '2004-09-10' });
const codeOf = (text: string, words: string) => code(text).mentions?.find((m) => m.text === words)?.code;
const summaries = (text: string) =>
  (code(text).events ?? []).map((e) => `${e.cameo.code} ${e.source.map((a) => a.code).join('+')}>${e.target.map((a) => a.code).join('+')}`);

describe('guide conventions already kept', () => {
  const mentions: [convention: string, text: string, words: string, expected: string][] = [
    ['a government by its nationality', 'The Kenyan government expelled two Sudanese diplomats on Tuesday.', 'two Sudanese diplomats', 'SDNGOV'],
    ['police of a country', 'Turkish police detained 40 Kurdish activists in Diyarbakir.', 'Turkish police', 'TURCOP'],
    ['rebels of a named movement', 'Maoist rebels ambushed an army patrol in western Nepal, killing 11 soldiers.', 'Maoist rebels', 'NPLREBMAO'],
    ['separatists take the parent state', 'Chechen separatists attacked a police post in Grozny overnight.', 'Chechen separatists', 'RUSSEPCHR'],
    ['unnamed officials of a country', 'Iranian officials rejected the offer on Thursday.', 'Iranian officials', 'IRNGOV'],
    ['a minister by a possessive country', "Japan's foreign minister met his South Korean counterpart in Seoul on Friday.", "Japan's foreign minister", 'JPNGOV'],
    ['a counterpart by its own nationality', "Japan's foreign minister met his South Korean counterpart in Seoul on Friday.", 'his South Korean counterpart', 'KORGOV'],
    ['a person with a title', 'Prime Minister Tony Blair telephoned Chancellor Gerhard Schroeder on Monday.', 'Chancellor Gerhard Schroeder', 'DEUGOV'],
    ['an organ of the UN', 'The United Nations Security Council imposed an arms embargo on Darfur militias.', 'The United Nations Security Council', 'IGOUNOUSC'],
    ['a rights group', 'Human Rights Watch urged Uzbekistan to release jailed dissidents.', 'Human Rights Watch', 'NGOHRW'],
    ['a possessive government', "Iraq's interim government imposed a curfew on the city of Najaf.", "Iraq's interim government", 'IRQGOV'],
    ['a seat of power', 'Beijing warned Taipei against holding a referendum on independence.', 'Taipei', 'TWNGOV'],
    ['a person known only by name', 'Chirac urged Tehran to suspend uranium enrichment.', 'Chirac', 'FRAGOV'],
  ];
  for (const [convention, text, words, expected] of mentions) {
    it(`${convention}: "${words}" is ${expected}`, () => assert.equal(codeOf(text, words), expected));
  }

  const events: [convention: string, text: string, expected: string][] = [
    ['conjoined countries share the source', 'France and Germany condemned the kidnapping of the two journalists.', '111 FRA+DEU>'],
    ['conjoined nationalities of one force', 'British and American warplanes struck targets near Basra.', '190 GBRMIL+USAMIL>IRQ'],
    ['an IGO acting on a state', 'The International Atomic Energy Agency criticised Iran for concealing its enrichment work.', '111 IGOUNOIAE>IRN'],
  ];
  for (const [convention, text, expected] of events) {
    it(`${convention}: "${text}"`, () => {
      const found = summaries(text);
      assert.ok(found.some((e) => e.startsWith(expected)), `expected ${expected}; got ${found.join('; ') || 'no events'}`);
    });
  }
});

describe('unnamed actors placed by the places of their sentence', () => {
  it('a place name says where, not a nationality word on a place noun ("at a US base near ...")', () => {
    assert.equal(codeOf('Insurgents fired mortars at a US base near Baqubah on Sunday.', 'Insurgents'), 'IRQINS');
  });

  it('a place phrase of one country places the gunmen', () => {
    assert.equal(codeOf('Gunmen opened fire on a wedding party in a Kurdish village in Turkey overnight.', 'Gunmen'), 'TURINS');
  });
});

describe('a bare force names again the force of its sector just named', () => {
  it('"Soldiers" after "British troops" are British, wherever they are', () => {
    assert.equal(codeOf('British troops patrolled the streets of Basra on Monday. Soldiers later detained three men.', 'Soldiers'), 'GBRMIL');
  });

  it('"Police" after "Indian police" are Indian', () => {
    assert.equal(codeOf('Indian police arrested a separatist leader in Srinagar. Police said he had planned attacks.', 'Police'), 'INDCOP');
  });

  it('stays unknown when forces of two countries were named', () => {
    const text = 'Iraqi and American troops sealed off the town on Monday. Soldiers later detained three men.';
    assert.equal(codeOf(text, 'Soldiers'), 'UNKMIL');
  });

  it('is not a force its own words say more about ("government jets")', () => {
    assert.equal(codeOf('The French-led force in Ivory Coast fired on government jets.', 'government jets'), 'CIVMIL');
  });

  it('is not the force of another sector', () => {
    assert.equal(codeOf('Ugandan troops crossed the border on Monday. Rebels later burned two villages.', 'Rebels'), 'UNKREB');
  });
});

describe('forces led by a state are its forces', () => {
  const cases: [text: string, words: string, expected: string][] = [
    ['U.S.-led troops arrested a former Iraqi general in Baghdad.', 'U.S.-led troops', 'USAMIL'],
    ['American-led forces launched an offensive against Taliban fighters in southern Afghanistan.', 'American-led forces', 'USAMIL'],
    ['A Nigerian-led peacekeeping force entered Monrovia on Monday.', 'A Nigerian-led peacekeeping force', 'NGAMIL'],
  ];
  for (const [text, words, expected] of cases) {
    it(`"${words}" is ${expected}`, () => assert.equal(codeOf(text, words), expected));
  }

  it('the forces are the source of their attack, not the place', () => {
    const found = summaries('US-led forces bombed a militant hideout near the Syrian border.');
    assert.ok(found.some((e) => e.startsWith('195 USAMIL>')), found.join('; '));
  });
});

describe('a counted party word is no actor', () => {
  it('"six-party talks" name no party: the talks have no party of their own', () => {
    const mentions = code('Japan said the six-party talks on the Korean dispute would resume in Beijing.').mentions ?? [];
    assert.ok(!mentions.some((m) => /PTY/.test(m.code ?? '')), mentions.map((m) => `${m.text}=${m.code}`).join('; '));
  });
  it('nor do "all-party talks"', () => {
    const found = summaries('The Nepalese opposition boycotted the all-party talks in Kathmandu.');
    assert.ok(!found.some((e) => /PTY/.test(e)), found.join('; '));
  });
  it('a party named after a count word stays a party ("two parties", no hyphen)', () => {
    const mentions = code('Two Kenyan parties signed a pact in Nairobi.').mentions ?? [];
    assert.ok(mentions.some((m) => /^KENPTY/.test(m.code ?? '')), mentions.map((m) => `${m.text}=${m.code}`).join('; '));
  });
});
