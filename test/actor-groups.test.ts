import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createCoder } from '../src/coder.ts';

// Armed, separatist and militant groups and international bodies of the gazetteer's world-wide list
// (data/actors/groups.tsv, organisations.tsv), each in a sentence of our own.
const coder = createCoder();
const code = (text: string) => coder.code(text, { published: '2005-03-01' });
const codeOf = (text: string, words: string) => code(text).mentions?.find((m) => m.text === words)?.code;

describe('groups of the world-wide list', () => {
  const cases: [text: string, words: string, expected: string][] = [
    ['The Islamic Movement of Uzbekistan claimed a raid on a border post in Batken.', 'The Islamic Movement of Uzbekistan', 'UZBINSIMU'],
    ['The Kurdistan Freedom Falcons said they set off the blast at a seaside resort.', 'The Kurdistan Freedom Falcons', 'TURSEPTAK'],
    ['Lashkar-e-Jhangvi was banned after a string of attacks on mosques.', 'Lashkar-e-Jhangvi', 'PAKINSLEJ'],
    ['The Continuity IRA warned of more bombs in Northern Ireland.', 'The Continuity IRA', 'GBRSEPCIR'],
    ['Mai-Mai fighters burned a village in South Kivu.', 'Mai-Mai fighters', 'CODUAFMMI'],
    ['The Movement of Democratic Forces of Casamance signed a truce with Dakar.', 'The Movement of Democratic Forces of Casamance', 'SENSEPMFD'],
    ['Members of the Sinaloa Cartel ambushed federal agents in Culiacan.', 'the Sinaloa Cartel', 'MEXCRMSIN'],
    ['Falun Gong followers staged a silent vigil outside the consulate.', 'Falun Gong', 'CHNRELFLG'],
  ];
  for (const [text, words, expected] of cases) {
    it(`"${words}" is ${expected}`, () => assert.equal(codeOf(text, words), expected));
  }

  it('a group of the list is the source of the event it claims', () => {
    const events = code('The Islamic Jihad Union claimed responsibility for the bombings in Tashkent.').events ?? [];
    assert.ok(events.some((e) => e.cameo.code === '015' && e.source[0]?.code === 'UZBINSIJU'), events.map((e) => `${e.cameo.code} ${e.source.map((a) => a.code)}`).join('; '));
  });
});

describe('international bodies of the list', () => {
  it('a UN mission is the UN\'s peacekeepers, a NATO-led force NATO\'s', () => {
    assert.equal(codeOf('UNMIL troops disarmed former fighters in Monrovia.', 'UNMIL troops'), 'IGOUNOPKO');
    assert.equal(codeOf('KFOR stepped up patrols around Serb enclaves.', 'KFOR'), 'IGONATMIL');
  });

  it('a regional body and a rights group', () => {
    assert.equal(codeOf('SAARC leaders agreed on a free trade area.', 'SAARC leaders'), 'IGOSAR');
    assert.equal(codeOf('The International Federation for Human Rights condemned the verdict.', 'The International Federation for Human Rights'), 'NGOFID');
  });
});
