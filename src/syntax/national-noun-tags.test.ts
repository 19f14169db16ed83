import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { nationalNounTagRepairs } from './national-noun-tags.ts';

describe('tags of "national" after a nationality ("a Spanish national")', () => {
  it('makes it the noun heading its phrase', () => {
    assert.deepEqual([...nationalNounTagRepairs(['A', 'Spanish', 'national', 'was', 'kidnapped'], ['DET', 'ADJ', 'ADJ', 'AUX', 'VERB'])], [[2, 'NOUN\tNN']]);
    assert.deepEqual([...nationalNounTagRepairs(['two', 'Indian', 'nationals', 'in', 'Kabul'], ['NUM', 'ADJ', 'ADJ', 'ADP', 'PROPN'])], [[2, 'NOUN\tNNS']]);
    assert.deepEqual([...nationalNounTagRepairs(['a', 'Spanish', 'national', 'shot', 'dead'], ['DET', 'ADJ', 'ADJ', 'NOUN', 'ADJ'])], [[2, 'NOUN\tNN']]);
  });

  it('leaves the adjective of a noun, and "national" after no nationality', () => {
    assert.equal(nationalNounTagRepairs(['the', 'Spanish', 'national', 'team', 'won'], ['DET', 'ADJ', 'ADJ', 'NOUN', 'VERB']).size, 0);
    assert.equal(nationalNounTagRepairs(['a', 'new', 'national', 'was', 'named'], ['DET', 'ADJ', 'ADJ', 'AUX', 'VERB']).size, 0);
  });
});
