import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { frameTagRepairs } from './frame-tags.ts';

describe('tags of a "be due to" frame', () => {
  it('makes "due to" + a word read as a noun the adjective, the marker and the verb', () => {
    const forms = ['Talks', 'are', 'due', 'to', 'resume', 'today'];
    const repairs = frameTagRepairs(forms, ['NOUN', 'AUX', 'ADJ', 'ADP', 'NOUN', 'NOUN'], ['NNS', 'VBP', 'JJ', 'IN', 'NN', 'NN']);
    assert.deepEqual([...repairs], [[2, 'ADJ\tJJ'], [3, 'PART\tTO'], [4, 'VERB\tVB']]);
  });

  it('leaves "due to" before a noun of cause alone', () => {
    const forms = ['Flights', 'were', 'due', 'to', 'congestion', 'late'];
    assert.equal(frameTagRepairs(forms, ['NOUN', 'AUX', 'ADJ', 'ADP', 'NOUN', 'ADJ'], ['NNS', 'VBD', 'JJ', 'IN', 'NN', 'JJ']).size, 0);
  });
});
