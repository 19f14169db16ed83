import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createGazetteer } from './gazetteer/index.ts';
import { agent, handParsed, name } from '../testing/hand-parsed.ts';
import { findMentions } from './stage.ts';

const people = (text: string, code: string, group: string, ambiguous = false) => name(text, code, { type: 'people', actor: text, ambiguous, group });

const gazetteer = createGazetteer({
  names: [
    name('Mozambique', 'MOZ'),
    name('Serbia', 'SRB'),
    name('Albanians', 'ALB', { type: 'demonym', actor: 'Albania' }),
    name('Egyptian', 'EGY', { type: 'demonym', actor: 'Egypt' }),
    name('Zimbabwean', 'ZWE', { type: 'demonym', actor: 'Zimbabwe' }),
    name('Congo', 'COD'),
    name('Burundian', 'BDI', { type: 'demonym', actor: 'Burundi' }),
    name('Samarra', 'IRQ', { type: 'place', actor: 'Iraq' }),
    name('Darfur', 'SDN', { type: 'place', actor: 'Sudan' }),
    people('Shona', 'ZWECVL', 'shona'),
    people('Shona', 'MOZCVL', 'shona'),
    people('Tutsi', 'RWACVL', 'tutsi'),
    people('Tutsi', 'CODCVL', 'tutsi'),
    people('Moslem', 'UNKREL', 'muslim'),
    people('Karen', 'MMRCVL', 'karen', true),
  ],
  agents: [agent('rebels', 'REB'), agent('government', 'GOV'), agent('police', 'COP'), agent('demonstrators', 'CVL'), agent('guerrillas', 'REB'), agent('military', 'MIL')],
});

function codes(sentences: string[]) {
  return findMentions(handParsed(sentences), gazetteer).map((mention) => `${mention.text}=${mention.code}`);
}

describe('peoples and places', () => {
  it('gives a people the country its sentence names, else the usual one', () => {
    assert.deepEqual(codes(['The/DET Mozambique/PROPN government/NOUN/nsubj@4 accepted/VERB/root@0 demands/NOUN from/ADP Shona/PROPN rebels/NOUN']), [
      'The Mozambique government=MOZGOV',
      'Shona rebels=MOZREB',
    ]);
    assert.deepEqual(codes(['Shona/PROPN rebels/NOUN/nsubj@3 attacked/VERB/root@0']), ['Shona rebels=ZWEREB']);
  });

  it('gives a people the country of the demonym right before it, over one the sentence names', () => {
    // (Burundi is none of the Tutsi's usual countries, and Congo, one of them, is named: only the demonym gives BDI.)
    assert.deepEqual(codes(['The/DET Congo/PROPN government/NOUN/nsubj@4 fought/VERB/root@0 Burundian/ADJ Tutsi/PROPN rebels/NOUN']), [
      'The Congo government=CODGOV',
      'Burundian Tutsi rebels=BDIREB',
    ]);
    assert.deepEqual(codes(['The/DET Congo/PROPN government/NOUN/nsubj@4 fought/VERB/root@0 Tutsi/PROPN rebels/NOUN']), ['The Congo government=CODGOV', 'Tutsi rebels=CODREB']);
  });

  it('gives a religious group of no country the only country of its sentence', () => {
    assert.deepEqual(codes(['Egyptian/ADJ police/NOUN/nsubj@3 dispersed/VERB/root@0 Moslem/PROPN demonstrators/NOUN']), [
      'Egyptian police=EGYCOP',
      'Moslem demonstrators=EGYCVL',
    ]);
    assert.deepEqual(codes(['Moslem/PROPN demonstrators/NOUN/nsubj@3 marched/VERB/root@0']), ['Moslem demonstrators=UNKCVL']);
  });

  it('makes "ethnic Albanians" the people of the other country named', () => {
    assert.deepEqual(codes(['ethnic/ADJ Albanians/PROPN/nsubj@3 demonstrated/VERB/root@0 in/ADP Serbia/PROPN']), ['ethnic Albanians=SRBCVL', 'Serbia=SRB']);
  });

  it('takes an ambiguous people name only before an agent word', () => {
    assert.deepEqual(codes(['Karen/PROPN guerrillas/NOUN/nsubj@3 fought/VERB/root@0']), ['Karen guerrillas=MMRREB']);
    // Alone, a first name: an unknown person acting (UNK), not the Karen people.
    assert.deepEqual(codes(['Karen/PROPN/nsubj@2 said/VERB/root@0']), ['Karen=UNK']);
  });

  it('codes a place as its country, and gives its country to an agent', () => {
    assert.deepEqual(codes(['A/DET bombing/NOUN/nsubj@5 near/ADP the/DET town/NOUN of/ADP Samarra/PROPN killed/VERB/root@0']), ['Samarra=IRQ']);
    assert.deepEqual(codes(['Darfur/PROPN rebels/NOUN/nsubj@3 attacked/VERB/root@0']), ['Darfur rebels=SDNREB']);
  });

  it('takes the agent before a plain noun head as the actor', () => {
    assert.deepEqual(codes(['Riots/NOUN/nsubj@0 against/ADP Egyptian/ADJ military/ADJ policies/NOUN']), ['Egyptian military=EGYMIL']);
  });
});
