import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { hostageTagRepairs } from './hostage-tags.ts';

describe('tags of "hostage" and "captive" read as verbs', () => {
  it('makes them nouns', () => {
    const forms = ['a', 'gang', 'holding', 'two', 'nurses', 'hostage', 'demanded', 'cash'];
    assert.deepEqual([...hostageTagRepairs(forms, ['DET', 'NOUN', 'VERB', 'NUM', 'NOUN', 'VERB', 'VERB', 'NOUN'])], [[5, 'NOUN\tNN']]);
  });

  it('leaves them alone when read as nouns or adjectives', () => {
    assert.equal(hostageTagRepairs(['the', 'hostages', 'were', 'freed'], ['DET', 'NOUN', 'AUX', 'VERB']).size, 0);
    assert.equal(hostageTagRepairs(['held', 'captive'], ['VERB', 'ADJ']).size, 0);
  });
});
