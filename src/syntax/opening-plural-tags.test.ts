import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openingPluralTagRepairs } from './opening-plural-tags.ts';

describe('tags of a sentence that opens with a plural noun', () => {
  it('makes an opening capitalised -s word tagged VBZ a plural noun', () => {
    assert.deepEqual([...openingPluralTagRepairs(['Clashes', 'erupted', 'again'], ['VERB', 'VERB', 'ADV'], ['VBZ', 'VBD', 'RB'])], [[0, 'NOUN\tNNS']]);
  });

  it('leaves a word later in the sentence, and an opening word of another tag, alone', () => {
    assert.equal(openingPluralTagRepairs(['Iran', 'talks', 'tough'], ['PROPN', 'VERB', 'ADJ'], ['NNP', 'VBZ', 'JJ']).size, 0);
    assert.equal(openingPluralTagRepairs(['Talks', 'resumed', 'today'], ['NOUN', 'VERB', 'NOUN'], ['NNS', 'VBD', 'NN']).size, 0);
  });

  it('leaves a headline verb with a clause or a name for its object a verb ("Says that ...", "Says Iran ...")', () => {
    assert.equal(openingPluralTagRepairs(['Says', 'that', 'it', 'will'], ['VERB', 'SCONJ', 'PRON', 'AUX'], ['VBZ', 'IN', 'PRP', 'MD']).size, 0);
    assert.equal(openingPluralTagRepairs(['Says', 'Iran', 'will', 'attack'], ['VERB', 'PROPN', 'AUX', 'VERB'], ['VBZ', 'NNP', 'MD', 'VB']).size, 0);
    assert.deepEqual([...openingPluralTagRepairs(['Talks', 'between', 'Chad', 'and', 'Sudan', 'ended'], ['VERB', 'ADP', 'PROPN', 'CCONJ', 'PROPN', 'VERB'], ['VBZ', 'IN', 'NNP', 'CC', 'NNP', 'VBD'])], [[0, 'NOUN\tNNS']]);
  });
});
