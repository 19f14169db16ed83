import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { modalVerbTagRepairs } from './modal-verb-tags.ts';

describe('tags of a verb read as an adjective after a modal', () => {
  it('makes an adjective right after a modal, or after a modal and an adverb, the base verb', () => {
    const forms = ['Oman', 'will', 'free', '20', 'Yemeni', 'fishermen'];
    assert.deepEqual([...modalVerbTagRepairs(forms, ['PROPN', 'AUX', 'ADJ', 'NUM', 'ADJ', 'NOUN'], ['NNP', 'MD', 'JJ', 'CD', 'JJ', 'NNS'])], [[2, 'VERB\tVB']]);
    const soon = ['Oman', 'could', 'soon', 'free', 'Yemeni', 'fishermen'];
    assert.deepEqual([...modalVerbTagRepairs(soon, ['PROPN', 'AUX', 'ADV', 'ADJ', 'ADJ', 'NOUN'], ['NNP', 'MD', 'RB', 'JJ', 'JJ', 'NNS'])], [[3, 'VERB\tVB']]);
  });

  it('leaves an adjective before a verb, an "-ly" word and a word at the end of the clause alone', () => {
    const likely = ['Oman', 'will', 'likely', 'free', 'them'];
    assert.equal(modalVerbTagRepairs(likely, ['PROPN', 'AUX', 'ADJ', 'VERB', 'PRON'], ['NNP', 'MD', 'JJ', 'VB', 'PRP']).size, 0);
    const sure = ['Oman', 'will', 'sure', 'meet', 'them'];
    assert.equal(modalVerbTagRepairs(sure, ['PROPN', 'AUX', 'ADJ', 'VERB', 'PRON'], ['NNP', 'MD', 'JJ', 'VB', 'PRP']).size, 0);
    const free = ['They', 'said', 'he', 'would', 'free', '.'];
    assert.equal(modalVerbTagRepairs(free, ['PRON', 'VERB', 'PRON', 'AUX', 'ADJ', 'PUNCT'], ['PRP', 'VBD', 'PRP', 'MD', 'JJ', '.']).size, 0);
  });
});
