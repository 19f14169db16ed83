import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { travelVerbTagRepairs } from './travel-verb-tags.ts';

describe('tags of a trip told in the present', () => {
  it('makes the -s form of a travel verb after a noun and before a preposition the verb', () => {
    const forms = ['The', 'envoy', 'flies', 'to', 'Lima'];
    assert.deepEqual([...travelVerbTagRepairs(forms, ['DET', 'NOUN', 'NOUN', 'ADP', 'PROPN'], ['DT', 'NN', 'NNS', 'IN', 'NNP'])], [[2, 'VERB\tVBZ']]);
  });

  it('leaves a plural noun after a determiner or before "of", and other nouns, alone', () => {
    assert.equal(travelVerbTagRepairs(['the', 'heads', 'of', 'state'], ['DET', 'NOUN', 'ADP', 'NOUN'], ['DT', 'NNS', 'IN', 'NN']).size, 0);
    assert.equal(travelVerbTagRepairs(['army', 'heads', 'of', 'state'], ['NOUN', 'NOUN', 'ADP', 'NOUN'], ['NN', 'NNS', 'IN', 'NN']).size, 0);
    assert.equal(travelVerbTagRepairs(['police', 'chiefs', 'in', 'Lima'], ['NOUN', 'NOUN', 'ADP', 'PROPN'], ['NN', 'NNS', 'IN', 'NNP']).size, 0);
  });

  it('leaves a plural noun alone when a finite verb follows in its clause', () => {
    const forms = ['Party', 'heads', 'from', 'both', 'sides', 'met', 'in', 'Lima'];
    assert.equal(travelVerbTagRepairs(forms, ['NOUN', 'NOUN', 'ADP', 'DET', 'NOUN', 'VERB', 'ADP', 'PROPN'], ['NN', 'NNS', 'IN', 'DT', 'NNS', 'VBD', 'IN', 'NNP']).size, 0);
    const returns = ['Refugee', 'returns', 'to', 'the', 'province', 'rose'];
    assert.equal(travelVerbTagRepairs(returns, ['NOUN', 'NOUN', 'ADP', 'DET', 'NOUN', 'VERB'], ['NN', 'NNS', 'IN', 'DT', 'NN', 'VBD']).size, 0);
  });
});
