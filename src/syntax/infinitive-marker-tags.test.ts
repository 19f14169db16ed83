import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { infinitiveMarkerTagRepairs } from './infinitive-marker-tags.ts';

describe('tags of the infinitive marker after a noun of effort', () => {
  it('makes "to" between an effort noun and a base-form verb the infinitive marker', () => {
    assert.deepEqual([...infinitiveMarkerTagRepairs(['efforts', 'to', 'free', 'them'], ['NNS', 'IN', 'VB', 'PRP'])], [[1, 'PART\tTO']]);
    assert.deepEqual([...infinitiveMarkerTagRepairs(['a', 'bid', 'to', 'end', 'it'], ['DT', 'NN', 'IN', 'VB', 'PRP'])], [[2, 'PART\tTO']]);
  });

  it('leaves "to" after other nouns, and before words that are no base-form verb, alone', () => {
    assert.equal(infinitiveMarkerTagRepairs(['his', 'story', 'to', 'put', 'it'], ['PRP$', 'NN', 'IN', 'VB', 'PRP']).size, 0);
    assert.equal(infinitiveMarkerTagRepairs(['efforts', 'to', 'peace'], ['NNS', 'IN', 'NN']).size, 0);
  });
});
