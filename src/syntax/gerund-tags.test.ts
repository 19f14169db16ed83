import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { gerundTagRepairs } from './gerund-tags.ts';

describe('tags of a gerund read as an adjective after a verb that takes one', () => {
  it('makes an -ing adjective or noun before a noun phrase, right after such a verb, a gerund', () => {
    const forms = ['Chile', 'is', 'considering', 'lifting', 'tariffs', 'on', 'Peru'];
    assert.deepEqual([...gerundTagRepairs(forms, ['PROPN', 'AUX', 'VERB', 'ADJ', 'NOUN', 'ADP', 'PROPN'], ['NNP', 'VBZ', 'VBG', 'JJ', 'NNS', 'IN', 'NNP'])], [[3, 'VERB\tVBG']]);
    const proposed = ['Oslo', 'proposed', 'easing', 'the', 'ban'];
    assert.deepEqual([...gerundTagRepairs(proposed, ['PROPN', 'VERB', 'NOUN', 'DET', 'NOUN'], ['NNP', 'VBD', 'NN', 'DT', 'NN'])], [[2, 'VERB\tVBG']]);
  });

  it('leaves an -ing adjective after another verb, or with no noun after it, alone', () => {
    const growing = ['Seoul', 'reported', 'growing', 'tensions'];
    assert.equal(gerundTagRepairs(growing, ['PROPN', 'VERB', 'ADJ', 'NOUN'], ['NNP', 'VBD', 'JJ', 'NNS']).size, 0);
    const end = ['Seoul', 'is', 'considering', 'nothing', '.'];
    assert.equal(gerundTagRepairs(end, ['PROPN', 'AUX', 'VERB', 'NOUN', 'PUNCT'], ['NNP', 'VBZ', 'VBG', 'NN', '.']).size, 0);
  });
});
