import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { handParsed } from '../../testing/hand-parsed.ts';
import { createTree, type Tree } from '../tree.ts';
import { repairTokens } from './repair-tokens.ts';

// Repairs of a word whose reading loses a verb sense: a compound object's noun read as a verb
// (object-noun-verb.ts), a gerund read as its object's modifier (gerund-object.ts).
const tree = (spec: string): Tree => createTree(handParsed([spec]).sentences![0]);
const repaired = (t: Tree): Tree => createTree({ ...t, start: 0, end: 0, tokens: repairTokens(t.tokens) });

describe('the second noun of an object compound read as a verb', () => {
  it('makes it the object\'s head noun, with the first noun its compound and its phrase the noun\'s', () => {
    const t = tree('Canada/PROPN/NNP/nsubj@2 lifted/VERB/VBD/root@0 its/PRON/PRP$/nmod:poss@4 oil/NOUN/NN/obj@2 embargo/VERB/VBP/xcomp@2 on/ADP/IN/case@7 Chile/PROPN/NNP/obl@5');
    const r = repaired(t);
    assert.deepEqual([r.tokens[4].upos, r.dependents(1, 'obj'), r.dependents(4, 'compound'), r.tokens[6].head, r.tokens[6].deprel], ['NOUN', [4], [3], 4, 'nmod']);
  });

  it('leaves a verb with an object of its own alone', () => {
    const t = tree('Peru/PROPN/NNP/nsubj@2 urged/VERB/VBD/root@0 his/PRON/PRP$/nmod:poss@4 party/NOUN/NN/obj@2 accept/VERB/VBP/xcomp@2 the/DET/DT/det@7 deal/NOUN/NN/obj@5');
    assert.deepEqual(repairTokens(t.tokens), t.tokens);
  });
});

describe('a gerund read as the modifier of its object', () => {
  it('makes the gerund the complement of the verb before it and the noun its object', () => {
    const t = tree('Chile/PROPN/NNP/nsubj@2 considered/VERB/VBD/root@0 lifting/VERB/VBG/amod@4 tariffs/NOUN/NNS/obj@2');
    const r = repaired(t);
    assert.deepEqual([r.dependents(1, 'xcomp'), r.dependents(2, 'obj')], [[2], [3]]);
  });

  it('gives the gerund the phrase after its object that names whom the act is aimed at', () => {
    const t = tree('Chile/PROPN/NNP/nsubj@2 considered/VERB/VBD/root@0 imposing/VERB/VBG/xcomp@2 tariffs/NOUN/NNS/obj@3 on/ADP/IN/case@6 Peru/PROPN/NNP/obl@2');
    assert.equal(repaired(t).tokens[5].head, 2);
  });

  it('leaves a participle before the subject alone', () => {
    const t = tree('growing/VERB/VBG/amod@2 tensions/NOUN/NNS/nsubj@3 worried/VERB/VBD/root@0 Seoul/PROPN/NNP/obj@3');
    assert.deepEqual(repairTokens(t.tokens), t.tokens);
  });
});
