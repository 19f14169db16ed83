import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { agentPassiveTagRepairs } from './agent-passive-tags.ts';

describe('tags of a passive read as an adjective', () => {
  it('makes a past form before an agent\'s "by" the participle', () => {
    const forms = ['Four', 'Indian', 'soldiers', 'were', 'wounded', 'by', 'militants'];
    assert.deepEqual([...agentPassiveTagRepairs(forms, ['NUM', 'ADJ', 'NOUN', 'AUX', 'ADJ', 'ADP', 'NOUN'])], [[4, 'VERB\tVBN']]);
  });

  it('makes a past form of a verb of what is done to people the participle, also after an adverb', () => {
    const forms = ['two', 'officers', 'were', 'seriously', 'injured', 'near', 'Quetta'];
    assert.deepEqual([...agentPassiveTagRepairs(forms, ['NUM', 'NOUN', 'AUX', 'ADV', 'ADJ', 'ADP', 'PROPN'])], [[4, 'VERB\tVBN']]);
  });

  it('leaves an adjective of feeling, and one after no form of "be", alone', () => {
    assert.equal(agentPassiveTagRepairs(['Ministers', 'were', 'concerned', 'about', 'prices'], ['NOUN', 'AUX', 'ADJ', 'ADP', 'NOUN']).size, 0);
    assert.equal(agentPassiveTagRepairs(['the', 'wounded', 'by', 'the', 'road'], ['DET', 'ADJ', 'ADP', 'DET', 'NOUN']).size, 0);
  });
});
