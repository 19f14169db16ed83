import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { handParsed } from '../../testing/hand-parsed.ts';
import { createTree, type Tree } from '../tree.ts';
import { findConditionPhrase } from './condition-phrase.ts';
import { misreadParticipleSubject } from './misread-participle.ts';
import { nounBeforeRelative } from './relative-antecedent.ts';
import { repairTokens } from './repair-tokens.ts';

const tree = (spec: string): Tree => createTree(handParsed([spec]).sentences![0]);

describe('particle taken for a preposition', () => {
  it('gives the particle (RP) back to the verb and makes its phrase the object', () => {
    const t = tree('Danes/PROPN/NNPS/nsubj@2 handed/VERB/VBD/root@0 over/ADP/RP/case@4 food/NOUN/NN/obl@2');
    const repaired = createTree({ ...t, start: 0, end: 0, tokens: repairTokens(t.tokens) });
    assert.deepEqual([repaired.dependents(1, 'compound:prt'), repaired.dependents(1, 'obj')], [[2], [3]]);
  });

  it('leaves an oblique with a true preposition alone', () => {
    const t = tree('Danes/PROPN/NNPS/nsubj@2 flew/VERB/VBD/root@0 over/ADP/IN/case@4 Chad/PROPN/NNP/obl@2');
    assert.deepEqual(repairTokens(t.tokens), t.tokens);
  });
});

describe('a coordinated subject split into several subjects', () => {
  it('makes the later subjects conjuncts of the first when a conjunction stands between them', () => {
    const t = tree('Kenya/PROPN/nsubj@6 and/CCONJ/cc@6 the/DET/det@4 cautious/NOUN/nsubj@6 Uganda/PROPN/nsubj@6 welcomed/VERB/root@0 talks/NOUN/obj@6');
    const repaired = createTree({ ...t, start: 0, end: 0, tokens: repairTokens(t.tokens) });
    assert.deepEqual([repaired.dependents(5, 'nsubj'), repaired.dependents(0, 'conj')], [[0], [3, 4]]);
  });

  it('leaves two subjects of one verb with no conjunction between them alone', () => {
    const t = tree('Kenya/PROPN/nsubj@3 Uganda/PROPN/nsubj@3 welcomed/VERB/root@0 talks/NOUN/obj@3');
    assert.deepEqual(repairTokens(t.tokens), t.tokens);
  });
});

describe('past-tense verb misread as an adjective', () => {
  it('finds the plural noun before it as the subject', () => {
    const t = tree('jets/NOUN/NNS/root@0 shelled/VERB/VBD/amod@3 positions/NOUN/NNS/obj@1');
    assert.equal(misreadParticipleSubject(t, 1), 0);
  });

  it('takes no singular noun for a subject', () => {
    const t = tree('army/NOUN/NN/root@0 trained/VERB/VBN/amod@3 troops/NOUN/NNS/obj@1');
    assert.equal(misreadParticipleSubject(t, 1), undefined);
  });
});

describe('relative clause on the wrong word', () => {
  it('takes the noun before the relative pronoun, past a comma', () => {
    const t = tree('officials/NOUN/NNS/root@0 ,/PUNCT/,/punct@1 who/PRON/WP/nsubj@4 spoke/VERB/VBD/acl:relcl@1');
    assert.deepEqual(nounBeforeRelative(t, 2), [0]);
  });

  it('finds none when a verb comes first', () => {
    const t = tree('Iran/PROPN/NNP/nsubj@2 said/VERB/VBD/root@0 who/PRON/WP/nsubj@4 came/VERB/VBD/ccomp@2');
    assert.deepEqual(nounBeforeRelative(t, 2), []);
  });
});

describe('misattached condition phrase', () => {
  const t = tree('Iran/PROPN/NNP/nsubj@3 will/AUX/MD/aux@3 negotiate/VERB/VB/root@0 provided/VERB/VBN/advcl@3 that/SCONJ/IN/mark@8 sanctions/NOUN/NNS/nsubj:pass@8 are/AUX/VBP/aux:pass@8 lifted/VERB/VBN/ccomp@4 ./PUNCT/./punct@3');

  it('reads "provided that" and its clause from the words', () => {
    assert.deepEqual(findConditionPhrase(t, 2, () => true), { words: ['provided', 'that'], first: 5, last: 7 });
  });

  it('skips a phrase its caller does not accept', () => {
    assert.equal(findConditionPhrase(t, 2, () => false), undefined);
  });
});
