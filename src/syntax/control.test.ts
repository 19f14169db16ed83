import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { applyObjectControl } from './control.ts';

const verbs = new Set(['instruct', 'order']);

function relabel(forms: string[], lemmas: string[], heads: number[], deprels: string[]): string[] {
  const labels = [...deprels];
  applyObjectControl(verbs, forms, lemmas, Int32Array.from(heads), labels);
  return labels;
}

describe('applyObjectControl', () => {
  it('makes the infinitive after the object of "instructed" its xcomp', () => {
    const forms = ['He', 'instructed', 'the', 'minister', 'to', 'explore', 'talks'];
    const labels = relabel(forms, ['he', 'instruct', 'the', 'minister', 'to', 'explore', 'talk'], [1, -1, 3, 1, 5, 1, 5], ['nsubj', 'root', 'det', 'obj', 'mark', 'advcl', 'obj']);
    assert.equal(labels[5], 'xcomp');
  });

  it('leaves a purpose clause of a verb outside the list alone', () => {
    const forms = ['He', 'used', 'the', 'money', 'to', 'buy', 'arms'];
    const labels = relabel(forms, ['he', 'use', 'the', 'money', 'to', 'buy', 'arm'], [1, -1, 3, 1, 5, 1, 5], ['nsubj', 'root', 'det', 'obj', 'mark', 'advcl', 'obj']);
    assert.equal(labels[5], 'advcl');
  });

  it('moves an infinitive hung on the object of "ordered" to the verb as its xcomp', () => {
    const forms = ['He', 'ordered', 'the', 'troops', 'to', 'leave', 'Gaza'];
    const heads = Int32Array.from([1, -1, 3, 1, 5, 3, 5]);
    const labels = ['nsubj', 'root', 'det', 'obj', 'mark', 'acl', 'obj'];
    applyObjectControl(verbs, forms, ['he', 'order', 'the', 'troop', 'to', 'leave', 'Gaza'], heads, labels);
    assert.deepEqual([heads[5], labels[5]], [1, 'xcomp']);
  });

  it('leaves an infinitive on the object of a verb outside the list alone', () => {
    const forms = ['He', 'found', 'a', 'way', 'to', 'leave'];
    const heads = Int32Array.from([1, -1, 3, 1, 5, 3]);
    const labels = ['nsubj', 'root', 'det', 'obj', 'mark', 'acl'];
    applyObjectControl(verbs, forms, ['he', 'find', 'a', 'way', 'to', 'leave'], heads, labels);
    assert.deepEqual([heads[5], labels[5]], [3, 'acl']);
  });

  it('needs an object between the verb and the infinitive', () => {
    const forms = ['He', 'ordered', 'quickly', 'to', 'leave'];
    const labels = relabel(forms, ['he', 'order', 'quickly', 'to', 'leave'], [1, -1, 1, 4, 1], ['nsubj', 'root', 'advmod', 'mark', 'advcl']);
    assert.equal(labels[4], 'advcl');
  });

  it('reads lemmas from a list, skipping comments and blank lines', () => {
    assert.deepEqual([...verbs], ['instruct', 'order']);
  });
});
