import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { handParsed } from '../testing/hand-parsed.ts';
import { createTree } from './tree.ts';

// "Iran said it would negotiate": said is the root, negotiate its ccomp.
const sentence = handParsed(['Iran/PROPN/NNP/nsubj@2 said/VERB/VBD/root@0 it/PRON/PRP/nsubj@5 would/AUX/MD/aux@5 negotiate/VERB/VB/ccomp@2']).sentences![0];

describe('tree', () => {
  const tree = createTree(sentence);

  it('finds the root and each head', () => {
    assert.equal(tree.root, 1);
    assert.deepEqual([0, 1, 2, 3, 4].map((i) => tree.head(i)), [1, -1, 4, 4, 1]);
  });

  it('walks from a token to the root', () => {
    assert.deepEqual(tree.pathToRoot(2), [2, 4, 1]);
  });

  it('counts the heads above a token', () => {
    assert.deepEqual([tree.depth(1), tree.depth(4), tree.depth(3)], [0, 1, 2]);
  });

  it('matches relations with their subtypes', () => {
    assert.deepEqual(tree.dependents(1, 'nsubj'), [0]);
    assert.equal(tree.relation(4), 'ccomp');
  });

  it('gives a token without syntax the neutral values', () => {
    const bare = createTree({ start: 0, end: 4, tokens: [{ text: 'Iran', form: 'Iran', start: 0, end: 4, spaceAfter: false }] });
    assert.deepEqual([bare.head(0), bare.tokens[0].deprel, bare.lemma(0), bare.root], [-1, 'dep', 'iran', 0]);
  });
});
