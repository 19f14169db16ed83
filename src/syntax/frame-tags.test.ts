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

  it('leaves a cause read as a noun alone when "of" or the end of the clause follows it', () => {
    const lack = ['The', 'delay', 'was', 'due', 'to', 'lack', 'of', 'fuel', '.'];
    assert.equal(frameTagRepairs(lack, ['DET', 'NOUN', 'AUX', 'ADJ', 'ADP', 'NOUN', 'ADP', 'NOUN', 'PUNCT'], ['DT', 'NN', 'VBD', 'JJ', 'IN', 'NN', 'IN', 'NN', '.']).size, 0);
    const rain = ['The', 'match', 'was', 'off', ',', 'which', 'was', 'due', 'to', 'rain', '.'];
    assert.equal(frameTagRepairs(rain, ['DET', 'NOUN', 'AUX', 'ADV', 'PUNCT', 'PRON', 'AUX', 'ADJ', 'ADP', 'NOUN', 'PUNCT'], ['DT', 'NN', 'VBD', 'RB', ',', 'WDT', 'VBD', 'JJ', 'IN', 'NN', '.']).size, 0);
    const arrive = ['The', 'envoy', 'is', 'due', 'to', 'arrive', '.'];
    assert.equal(frameTagRepairs(arrive, ['DET', 'NOUN', 'AUX', 'ADJ', 'ADP', 'VERB', 'PUNCT'], ['DT', 'NN', 'VBZ', 'JJ', 'IN', 'VB', '.']).size, 3);
  });
});
