import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createCoder } from '../src/coder.ts';
import { eventSummaries, ROLE_PUBLISHED } from '../src/testing/role-cases.ts';

// Words that look like events and are not (issue 10, precision on wire text): the casualties of an
// attack, what a charge alleges, ... Each case is a sentence of our own.
const coder = createCoder();
const coded = (text: string) => eventSummaries(coder.code(text, { published: ROLE_PUBLISHED }));
const roots = (text: string) => coded(text).map((event) => event.slice(0, 2));

describe('casualties counted after an attack', () => {
  it('folds "..., killing eleven soldiers and wounding six" into the ambush', () => {
    assert.deepEqual(roots('Suspected rebels ambushed a Nepalese army patrol on Monday, killing eleven soldiers and wounding six.'), ['19']);
  });

  it('folds the participles after a bomb blast, whatever the parse hangs them on', () => {
    assert.deepEqual(roots('A roadside bomb exploded near a Polish convoy in Hilla on Sunday, killing two soldiers and wounding three others, the army said.'), ['18']);
  });

  it('keeps a killing told as its own act', () => {
    assert.ok(coded('Turkish troops killed four Kurdish guerrillas near the Iraqi border.').some((event) => /^19\d* TUR>/.test(event)));
  });
});

describe('what a charge alleges', () => {
  it('codes the indictment, not the bare offence labels in it', () => {
    assert.deepEqual(roots('A Peruvian judge indicted the former mayor on charges of arson and abduction.'), ['11']);
  });

  it('codes the conviction, not the genocide it names', () => {
    assert.deepEqual(roots('The tribunal in Arusha convicted a former Rwandan mayor of genocide on Friday.'), ['11']);
  });

  it('codes neither the plot nor the killing planned in it', () => {
    const found = roots('Venezuela arrested three Colombian officers accused of plotting to kill President Chavez.');
    assert.ok(!found.includes('19') && !found.includes('13'), found.join('; '));
  });

  it('codes no threat for a bomb attack the accused are suspected of planning', () => {
    assert.deepEqual(roots('Thai police detained a Cambodian man suspected of planning a bomb attack in Bangkok.'), ['17']);
  });

  it('keeps an act the charge names with its victims', () => {
    assert.ok(roots('Chile charged a retired general with kidnapping four students in 1975.').includes('18'));
  });
});

describe('intents and warnings that commit to nothing', () => {
  it('codes no event for a wish with no act and no counterpart', () => {
    assert.deepEqual(coded('Many Bolivian voters want a new constitution sooner rather than later.'), []);
  });

  it('keeps a plan to act towards another country', () => {
    assert.ok(coded('Pakistan plans to resume talks with India.').includes('036 PAK>IND'));
  });

  it('codes no threat for a warning of what may happen', () => {
    assert.deepEqual(coded('The Australian prime minister warned that the strong dollar would hurt exports.'), []);
  });

  it('keeps a warning that announces the speaker\'s own act', () => {
    assert.ok(roots('North Korea warned it would treat sanctions as a declaration of war.').includes('13'));
  });

  it('keeps a warning of the speaker\'s own response ("warned of retaliation")', () => {
    assert.ok(roots('The Kremlin warned of a firm response to any new NATO bases in the Baltics.').includes('13'));
    assert.deepEqual(roots('The Thai central bank warned of slower growth next year.'), []);
  });

  it('keeps a warning addressed to another country', () => {
    assert.ok(coded('China warned Singapore against letting its leaders visit Taiwan.').some((event) => event.startsWith('130 CHN>SGP')));
  });
});

describe('an act only inside a condition', () => {
  it('codes the threat, not the missile test it is conditioned on', () => {
    assert.deepEqual(roots('Pakistan warned it would retaliate if India tested another missile.'), ['13']);
  });
});

describe('one act told twice', () => {
  it('codes a verb and its cognate noun once ("fought fierce battles")', () => {
    assert.equal(roots('Algerian soldiers and Islamist rebels fought fierce battles in the mountains east of Algiers.').filter((root) => root === '19').length, 1);
  });

  it('codes a sentence once, not also the verdict that led to it', () => {
    assert.equal(roots('A Spanish court sentenced a Moroccan man to 20 years on Friday after convicting him over the Madrid train bombings.').filter((root) => root === '11').length, 1);
  });

  it('codes an abduction once, not also the raid it was carried out in', () => {
    assert.deepEqual(roots('Gunmen abducted two Turkish truck drivers near Mosul in a daring raid on Tuesday.'), ['18']);
  });

  it('codes a protest once, not also the demand it marched for', () => {
    const found = roots('Thousands of Filipinos rallied in Manila to demand the freeing of a jailed union leader.');
    assert.ok(found.includes('14') && !found.includes('10'), found.join('; '));
  });

  it('codes what a question asks about, which is no demand\'s content ("asked whether")', () => {
    assert.ok(roots('Nepal asked whether Maoist rebels might attack the capital before the vote.').includes('19'));
  });

  it('codes a demand, not what it demands be explained', () => {
    assert.deepEqual(roots('The EU demanded that Washington explain how it funds its aircraft makers.'), ['10']);
  });

  it('keeps two attacks told apart', () => {
    assert.equal(roots('Israeli troops killed two militants in Jenin on Monday and Palestinian gunmen attacked a settlement near Hebron.').filter((root) => root === '19').length, 2);
  });
});
