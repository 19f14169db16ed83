import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { resultativeTagRepairs } from './resultative-tags.ts';

describe('tags of a killing told with its result ("shot dead")', () => {
  it('makes a past form read as a noun before "dead" the past tense', () => {
    assert.deepEqual([...resultativeTagRepairs(['Gunmen', 'in', 'Basra', 'shot', 'dead', 'a', 'judge'], ['NOUN', 'ADP', 'PROPN', 'NOUN', 'ADJ', 'DET', 'NOUN'])], [[3, 'VERB\tVBD']]);
  });

  it('makes it a participle after a form of "be"', () => {
    assert.deepEqual([...resultativeTagRepairs(['he', 'was', 'shot', 'dead'], ['PRON', 'AUX', 'NOUN', 'ADJ'])], [[2, 'VERB\tVBN']]);
  });

  it('leaves a verb, and a noun that is no past form, alone', () => {
    assert.equal(resultativeTagRepairs(['police', 'shot', 'dead', 'two'], ['NOUN', 'VERB', 'ADJ', 'NUM']).size, 0);
    assert.equal(resultativeTagRepairs(['the', 'toll', 'dead', 'rose'], ['DET', 'NOUN', 'ADJ', 'VERB']).size, 0);
  });
});
