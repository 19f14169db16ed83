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
    assert.deepEqual(roots('The Chilean court indicted the retired general on charges of torture and kidnapping.'), ['11']);
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
