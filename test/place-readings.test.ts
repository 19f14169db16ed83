import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createCoder } from '../src/coder.ts';
import type { Mention } from '../src/core/document.ts';
import { findPlaceMentions } from '../src/geo/place-mentions.ts';
import { sharedPlaceLookup } from '../src/geo/shared-lookup.ts';
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
