import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createCoder } from '../src/coder.ts';
import type { Mention } from '../src/core/document.ts';
import { findPlaceMentions } from '../src/geo/place-mentions.ts';
import { sharedPlaceLookup } from '../src/geo/shared-lookup.ts';
import { placeResolver } from '../src/geo/stage.ts';
import { loadGazetteer } from '../src/actors/gazetteer/index.ts';

// The places stage reads a document up to three times (twice for the actors stage's resolver of
// homonyms, with other mentions and no events yet): what it keeps of a sentence's words between
// the readings must not carry over what the mentions decided. Sentences written for these tests.
const coder = createCoder();
const lookup = sharedPlaceLookup(loadGazetteer().data);

describe('place readings kept between readings of one document', () => {
  it('gives each reading the places its own mentions allow, in any order', () => {
    const doc = coder.code('Troops loyal to the governor patrolled the streets of Kandahar on Sunday, a spokesman said.');
    const plain = findPlaceMentions({ ...doc, mentions: [] }, lookup);
    assert.deepEqual(plain.map((p) => p.text), ['Kandahar']);
    // a person's name over the same words: no place there
    const town = plain[0];
    const person: Mention = { text: town.text, start: town.start, end: town.end, code: 'AFG', country: 'AFG', sector: null, sentence: town.sentence, rule: 'office-holder', name: town.text };
    assert.deepEqual(findPlaceMentions({ ...doc, mentions: [person] }, lookup), []);
    assert.deepEqual(findPlaceMentions({ ...doc, mentions: [] }, lookup), plain);
  });

  it('hands out the candidates of a name as a list of its own each time', () => {
    const first = lookup.candidates('kandahar');
    assert.ok(first.length > 0);
    first.length = 0;
    const again = lookup.candidates('kandahar');
    assert.ok(again.length > 0);
    assert.notEqual(again, first);
    assert.deepEqual(again, lookup.candidates('kandahar'));
  });
});

describe('a sentence scan kept between readings of one document', () => {
  it('finds a town that is only an event\'s object once the events are there, and drops it again without them', () => {
    const doc = coder.code('Rebel gunners shelled Zvornik before dawn.');
    const withEvents = findPlaceMentions(doc, lookup);
    assert.deepEqual(withEvents.map((p) => p.text), ['Zvornik']);
    assert.deepEqual(findPlaceMentions({ ...doc, events: [] }, lookup), []);
    assert.deepEqual(findPlaceMentions(doc, lookup), withEvents);
  });

  it('reads a country word before a town anew when the mentions change ("the Lebanese port of Tripoli")', () => {
    const doc = coder.code('Gunmen attacked a checkpoint in the Lebanese port of Tripoli.');
    const tripoli = (mentions?: Mention[]) => findPlaceMentions(mentions ? { ...doc, mentions } : doc, lookup).find((p) => p.text === 'Tripoli');
    const qualified = tripoli();
    assert.equal(qualified?.place.country, 'LBN');
    assert.match(qualified?.choice ?? '', /the country named with it/);
    // without the actors stage's "Lebanese" the words before the town qualify it no more
    assert.doesNotMatch(tripoli([])?.choice ?? '', /the country named with it/);
    assert.deepEqual(tripoli(), qualified);
  });
});

describe('the resolver the actors stage asks', () => {
  it('answers anew when the mentions change, for one document', () => {
    const resolve = placeResolver(lookup);
    const doc = coder.code('Police patrolled the streets of Kandahar on Sunday after a night of clashes.');
    const none: Mention[] = [];
    const plain = resolve(doc, none);
    assert.deepEqual(plain.map((p) => p.text), ['Kandahar']);
    const town = plain[0];
    const person: Mention = { text: town.text, start: town.start, end: town.end, code: 'AFG', country: 'AFG', sector: null, sentence: town.sentence, rule: 'office-holder', name: town.text };
    assert.deepEqual(resolve(doc, [person]), [], 'a person over the words: no place');
    assert.deepEqual(resolve(doc, none).map((p) => p.text), ['Kandahar']);
    // another document with the same mentions gets its own places
    const other = coder.code('Police patrolled the streets of Herat on Sunday after a night of clashes.');
    assert.deepEqual(resolve(other, none).map((p) => p.text), ['Herat']);
  });
});
