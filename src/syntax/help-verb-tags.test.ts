import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { helpVerbTagRepairs } from './help-verb-tags.ts';

describe('tags of a bare infinitive after "help" read as a noun', () => {
  it('makes a singular noun with a determiner after it the verb', () => {
    const forms = ['Ghana', 'helped', 'broker', 'a', 'truce'];
    assert.deepEqual([...helpVerbTagRepairs(forms, ['PROPN', 'VERB', 'NOUN', 'DET', 'NOUN'], ['NNP', 'VBD', 'NN', 'DT', 'NN'])], [[2, 'VERB\tVB']]);
  });

  it('leaves a noun compounded onto the object, or after another verb, alone', () => {
    const police = ['Ghana', 'helped', 'police', 'officers'];
    assert.equal(helpVerbTagRepairs(police, ['PROPN', 'VERB', 'NOUN', 'NOUN'], ['NNP', 'VBD', 'NN', 'NNS']).size, 0);
    const sent = ['Ghana', 'sent', 'food', 'the', 'next', 'day'];
    assert.equal(helpVerbTagRepairs(sent, ['PROPN', 'VERB', 'NOUN', 'DET', 'ADJ', 'NOUN'], ['NNP', 'VBD', 'NN', 'DT', 'JJ', 'NN']).size, 0);
  });
});
