import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PerceptronTrainer } from './perceptron.ts';

/** Feature rows 0..3 each vote for one of three classes; row 4 is always on (a bias). */
const examples: { rows: number[]; label: number }[] = [
  { rows: [0, 4], label: 1 },
  { rows: [1, 4], label: 2 },
  { rows: [2, 4], label: 0 },
  { rows: [3, 4], label: 1 },
];

function argmax(scores: Float32Array): number {
  let best = 0;
  for (let c = 1; c < scores.length; c++) if (scores[c] > scores[best]) best = c;
  return best;
}

function train(): PerceptronTrainer {
  const trainer = new PerceptronTrainer(4, 3);
  const scores = new Float32Array(3);
  for (let epoch = 0; epoch < 50; epoch++) {
    for (const example of examples) {
      const rows = Int32Array.from(example.rows);
      trainer.score(rows, rows.length, scores);
      const guess = argmax(scores);
      if (guess !== example.label) trainer.update(rows, rows.length, example.label, guess);
      trainer.tick();
    }
  }
  return trainer;
}

describe('PerceptronTrainer', () => {
  it('learns a separable problem', () => {
    const trainer = train();
    const scores = new Float32Array(3);
    for (const example of examples) {
      trainer.score(Int32Array.from(example.rows), example.rows.length, scores);
      assert.equal(argmax(scores), example.label);
    }
  });

  it('keeps the same decisions once averaged, quantised and made sparse', () => {
    const sparse = train().toSparse();
    const scores = new Float32Array(3);
    for (const example of examples) {
      sparse.score(Int32Array.from(example.rows), example.rows.length, scores);
      assert.equal(argmax(scores), example.label);
    }
    assert.ok(sparse.entryClass.length > 0 && sparse.entryClass.length <= 16 * 3);
  });
});
