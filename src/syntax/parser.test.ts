import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseWords, projectivize, trainParser, type ParserTrainingSentence } from './parser.ts';
import { seededRandom } from './tagger.ts';

function sentence(rows: [string, string, number, string][]): ParserTrainingSentence {
  return {
    words: rows.map(([form, xpos]) => ({ form, xpos, upos: xpos })),
    heads: rows.map(([, , head]) => head),
    labels: rows.map(([, , , label]) => label),
  };
}

const TREEBANK = [
  sentence([['Iran', 'NNP', 1, 'nsubj'], ['rejected', 'VBD', -1, 'root'], ['the', 'DT', 3, 'det'], ['offer', 'NN', 1, 'obj'], ['.', '.', 1, 'punct']]),
  sentence([['Egypt', 'NNP', 1, 'nsubj'], ['hosted', 'VBD', -1, 'root'], ['talks', 'NNS', 1, 'obj'], ['.', '.', 1, 'punct']]),
  sentence([['The', 'DT', 1, 'det'], ['minister', 'NN', 2, 'nsubj'], ['visited', 'VBD', -1, 'root'], ['Cairo', 'NNP', 2, 'obj'], ['.', '.', 2, 'punct']]),
];

describe('projectivize', () => {
  it('leaves a projective tree alone', () => {
    assert.deepEqual(projectivize([1, 3, 1, 3]), [1, 3, 1, 3]);
  });

  it('lifts a crossing arc to the grandparent', () => {
    // Arc 0 → 2 crosses arc 1 → 3 (1's head is 3): word 2 is lifted to 0's head.
    const heads = [4, 3, 0, 0];
    const lifted = projectivize(heads);
    assert.notDeepEqual(lifted, heads);
    for (let d = 0; d < lifted.length; d++) {
      const h = lifted[d];
      if (h === lifted.length) continue;
      for (let k = Math.min(h, d) + 1; k < Math.max(h, d); k++) {
        let a = k;
        while (a !== h && a !== lifted.length) a = lifted[a];
        assert.equal(a, h, `arc ${h} → ${d} is still non-projective over ${k}`);
      }
    }
  });
});

describe('trainParser and parseWords', () => {
  it('learns a tiny treebank well enough to parse its own sentences back', () => {
    const { trainer, labels } = trainParser(TREEBANK, { epochs: 15, bits: 14, explore: 0.9, random: seededRandom(3) });
    const model = { labels, weights: trainer.toSparse() };
    for (const gold of TREEBANK) {
      const parse = parseWords(model, gold.words);
      assert.deepEqual([...parse.heads], gold.heads);
      assert.deepEqual(parse.labels, gold.labels);
    }
  });

  it('always returns a single-rooted tree, even from an untrained model', () => {
    const { trainer, labels } = trainParser(TREEBANK, { epochs: 0, bits: 8, explore: 0, random: seededRandom(1) });
    const words = Array.from({ length: 12 }, (_, i) => ({ form: `w${i}`, upos: 'X', xpos: 'FW' }));
    const parse = parseWords({ labels, weights: trainer.toSparse() }, words);
    assert.equal([...parse.heads].filter((h) => h === -1).length, 1);
    parse.heads.forEach((head, i) => assert.ok(head >= -1 && head < words.length && head !== i));
  });

  it('returns an empty parse for an empty sentence', () => {
    const { trainer, labels } = trainParser(TREEBANK, { epochs: 1, bits: 8, explore: 0, random: seededRandom(1) });
    assert.equal(parseWords({ labels, weights: trainer.toSparse() }, []).heads.length, 0);
  });
});
