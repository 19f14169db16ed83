import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { handParsed } from '../../testing/hand-parsed.ts';
import { createTree, type Tree } from '../tree.ts';
import { repairTokens } from './repair-tokens.ts';

// The object of a verb of a scheduled act that the parser hung elsewhere: before "later this week",
// and a titled name opened by a nationality adjective.
const tree = (spec: string): Tree => createTree(handParsed([spec]).sentences![0]);
const repaired = (t: Tree): Tree => createTree({ ...t, start: 0, end: 0, tokens: repairTokens(t.tokens) });

describe('an object read as the bare oblique of "later"', () => {
  it('gives the noun back to the verb before it as its object', () => {
    const t = tree('Envoys/NOUN/NNS/nsubj@3 will/AUX/MD/aux@3 meet/VERB/VB/root@0 Kenyan/ADJ/JJ/amod@5 officials/NOUN/NNS/obl:unmarked@6 later/ADV/RBR/advmod@3 this/DET/DT/det@8 month/NOUN/NN/obl:unmarked@6');
    assert.deepEqual([repaired(t).dependents(2, 'obj')], [[4]]);
  });

  it('leaves a time span before "later" alone ("two years later")', () => {
    const t = tree('Troops/NOUN/NNS/nsubj@2 returned/VERB/VBD/root@0 two/NUM/CD/nummod@4 years/NOUN/NNS/obl:unmarked@5 later/ADV/RBR/advmod@2');
    assert.deepEqual(repairTokens(t.tokens), t.tokens);
  });
});

describe('a nationality adjective parsed outside the titled name it opens', () => {
  it('makes the name the object of the verb before it, with the adjective its modifier', () => {
    // "Envoys will meet Chilean President Lagos, officials said": adjective and name hung on "said".
    const t = tree('Envoys/NOUN/NNS/nsubj@3 will/AUX/MD/aux@3 meet/VERB/VB/ccomp@10 Chilean/ADJ/JJ/ccomp@10 President/PROPN/NNP/nmod:desc@6 Lagos/PROPN/NNP/nsubj@10 ,/PUNCT/,/punct@10 the/DET/DT/det@9 officials/NOUN/NNS/nsubj@10 said/VERB/VBD/root@0');
    const r = repaired(t);
    assert.deepEqual([r.dependents(2, 'obj'), r.dependents(5, 'amod')], [[5], [3]]);
  });

  it('keeps a name that is the subject of a clause after it, and hangs that clause on the verb', () => {
    // "Officials said Chilean President Lagos would visit Lima".
    const t = tree('Officials/NOUN/NNS/nsubj@2 said/VERB/VBD/root@0 Chilean/ADJ/JJ/xcomp@2 President/PROPN/NNP/nmod:desc@5 Lagos/PROPN/NNP/nsubj@7 would/AUX/MD/aux@7 visit/VERB/VB/ccomp@3 Lima/PROPN/NNP/obj@7');
    const r = repaired(t);
    assert.deepEqual([r.head(6), r.relation(6), r.relation(4), r.head(2)], [1, 'ccomp', 'nsubj', 4]);
  });

  it('leaves an adjective already inside the name alone', () => {
    const t = tree('Envoys/NOUN/NNS/nsubj@2 met/VERB/VBD/root@0 Chilean/ADJ/JJ/amod@5 President/PROPN/NNP/nmod:desc@5 Lagos/PROPN/NNP/obj@2');
    assert.deepEqual(repairTokens(t.tokens), t.tokens);
  });
});
