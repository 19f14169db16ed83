import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createCoder } from '../src/coder.ts';
import { ROLE_PUBLISHED } from '../src/testing/role-cases.ts';

// Events coded with the wrong type by an imported PETRARCH2 verb line (issue 10): Parley's own
// pattern for the same lemma outranks the line, and codes the act the AG guide names, or nothing
// (a transparent pattern) when the guide codes no event. Each case is a sentence of our own.
const coder = createCoder();
const events = (text: string) => (coder.code(text, { published: ROLE_PUBLISHED }).events ?? []).map((event) => ({ code: event.cameo.code, rule: event.rule, trigger: event.trigger.text }));
const on = (text: string, trigger: string) => events(text).filter((event) => event.trigger.startsWith(trigger));

describe('legal acts told with "order", "issue" and "charge"', () => {
  it('codes an order that puts someone under house arrest as the arrest (173), not a demand', () => {
    assert.deepEqual(on('A Bolivian judge ordered the former army chief under house arrest on Friday.', 'ordered').map((event) => event.code), ['173']);
    assert.deepEqual(on('The former Chilean leader was ordered under house arrest on Monday.', 'ordered').map((event) => event.code), ['173']);
  });

  it('keeps an order to do something a demand', () => {
    assert.ok(on('Israel ordered its troops to withdraw from the town.', 'ordered').every((event) => event.code.startsWith('10')));
  });

  it('codes an arrest warrant issued for someone as an accusation (112), not a demand (100)', () => {
    assert.deepEqual(on('A Spanish judge issued arrest warrants for six Moroccan men.', 'issued').map((event) => event.code), ['112']);
  });

  it('codes "charged X with" + a gerund as a charge (112), not a condemnation (111) nor nothing', () => {
    assert.deepEqual(on('An Egyptian military court charged two army officers with illegally detaining students.', 'charged').map((event) => event.code), ['112']);
    assert.deepEqual(on('Peruvian prosecutors have charged a police captain with beating a journalist.', 'charged').map((event) => event.code), ['112']);
  });
});

describe('no event where the imported line codes one', () => {
  it('codes no refusal (124) for raised tensions, only the act that raised them', () => {
    const found = events('Indian troops shelled Pakistani posts on Sunday, sharply increasing tensions with Islamabad.');
    assert.deepEqual(found.map((event) => event.code.slice(0, 2)), ['19']);
  });

  it('codes no cooperation (060) for a minister appointed', () => {
    assert.deepEqual(events('Peru\'s president appointed a new interior minister on Tuesday.'), []);
    assert.deepEqual(events('The Greek prime minister named Nikos Pappas defence minister.'), []);
  });

  it('codes no diplomatic cooperation (050) for order or calm restored', () => {
    assert.deepEqual(events('Army units restored order in the Ivorian port city after two days of looting.').filter((event) => event.code.startsWith('05')), []);
    assert.deepEqual(events('Jordan will take the lead in restoring calm to its southern towns.'), []);
  });

  it('codes no military aid (072) for weapons a country adds to its own arsenal', () => {
    assert.deepEqual(events('North Korea added a long-range rocket to its arsenal on Tuesday.').filter((event) => event.code.startsWith('07')), []);
  });
});

describe('aircraft sent over another country', () => {
  it('codes a show of force (150) toward the country overflown, not military aid (072)', () => {
    assert.deepEqual(on('The Lebanese militia sent an unmanned spy plane over Israeli airspace on Sunday.', 'sent').map((event) => event.code), ['150']);
    assert.deepEqual(on('Turkey flew a reconnaissance aircraft over Greek islands on Monday.', 'flew').map((event) => event.code), ['150']);
  });

  it('keeps aircraft sent to a country military aid or cooperation', () => {
    assert.ok(on('Iran sent drones to Russia.', 'sent').every((event) => /^0[67]/.test(event.code)));
  });
});

describe('an imported line with no counterpart', () => {
  it('codes no event for a bare verb sense that names no one it is aimed at', () => {
    assert.deepEqual(events('The Kenyan senate resolved a dispute over the budget bill late on Friday.'), []);
    assert.deepEqual(events('The Bolivian congress passed a motion on the new mining law on Thursday.'), []);
    assert.deepEqual(events('The governor signed a law on Tuesday to raise the state sales tax.'), []);
  });

  it('keeps the line when it names a counterpart, or two parties in its subject', () => {
    assert.deepEqual(on('Norway sends two cargo planes to Chad to help move relief supplies.', 'sends').map((event) => event.code), ['062']);
    assert.deepEqual(on('Turkey and Greece resolved a dispute over fishing rights on Monday.', 'resolved').map((event) => event.code), ['039']);
  });
});
