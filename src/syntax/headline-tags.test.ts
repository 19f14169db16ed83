import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { headlineTagRepairs } from './headline-tags.ts';

/** The tags after the repairs, as "UPOS/XPOS" words. */
function repair(words: string, tags: string): string {
  const forms = words.split(' ');
  const pairs = tags.split(' ').map((tag) => tag.split('/'));
  const repairs = headlineTagRepairs(forms, pairs.map(([u]) => u), pairs.map(([, x]) => x));
  return pairs.map((pair, i) => repairs.get(i)?.replace('\t', '/') ?? pair.join('/')).join(' ');
}

describe('tag repairs of a headline\'s verb read as a noun', () => {
  it('makes a headline verb after the opening noun phrase, before an object, the present-tense verb', () => {
    assert.equal(repair('Truck bomb kills nine in Mosul', 'NOUN/NN NOUN/NN NOUN/NNS NUM/CD ADP/IN PROPN/NNP'), 'NOUN/NN NOUN/NN VERB/VBZ NUM/CD ADP/IN PROPN/NNP');
    assert.equal(repair('Ghana , Togo sign trade pact', 'PROPN/NNP PUNCT/, PROPN/NNP NOUN/NN NOUN/NN NOUN/NN'), 'PROPN/NNP PUNCT/, PROPN/NNP VERB/VBP NOUN/NN NOUN/NN');
  });

  it('leaves a sentence with a finite verb, a word that is no headline verb, and a verb with no object after it', () => {
    assert.equal(repair('Truck bomb kills were reported', 'NOUN/NN NOUN/NN NOUN/NNS AUX/VBD VERB/VBN'), 'NOUN/NN NOUN/NN NOUN/NNS AUX/VBD VERB/VBN');
    assert.equal(repair('Border trade talks in Lagos', 'NOUN/NN NOUN/NN NOUN/NNS ADP/IN PROPN/NNP'), 'NOUN/NN NOUN/NN NOUN/NNS ADP/IN PROPN/NNP');
    assert.equal(repair('Peace deal signs', 'NOUN/NN NOUN/NN NOUN/NNS'), 'NOUN/NN NOUN/NN NOUN/NNS');
  });
});
