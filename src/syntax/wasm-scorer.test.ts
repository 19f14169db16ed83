import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isParleyError } from '../core/errors.ts';
import { seededRandom } from './tagger.ts';
import { createWasmScorer, MAX_ROWS, scorerMemory } from './wasm-scorer.ts';

/** Random sparse weights: some rows empty, some full, weights over the whole 16-bit range. */
function randomWeights(rows: number, classes: number, random: () => number) {
  const rowStart = new Uint32Array(rows + 1);
  const entryClass: number[] = [];
  const entryWeight: number[] = [];
  for (let r = 0; r < rows; r++) {
    rowStart[r] = entryClass.length;
    const kind = random();
    for (let c = 0; c < classes; c++) {
      if (kind < 0.3 || (kind < 0.9 && random() < 0.7)) continue;
      entryClass.push(c);
      entryWeight.push(Math.floor(random() * 65536) - 32768);
    }
  }
  rowStart[rows] = entryClass.length;
  return { rowStart, entryClass: Uint8Array.from(entryClass), entryWeight: Int16Array.from(entryWeight) };
}

/** What the scorer must compute, written plainly. */
function reference(weights: ReturnType<typeof randomWeights>, classes: number, rows: Int32Array, count: number): Float32Array {
  const scores = new Float32Array(classes);
  for (let f = 0; f < count; f++) {
    for (let e = weights.rowStart[rows[f]]; e < weights.rowStart[rows[f] + 1]; e++) scores[weights.entryClass[e]] += weights.entryWeight[e];
  }
  return scores;
}

describe('createWasmScorer', () => {
  it('adds exactly the weights of the rows given, rows repeated or empty, over up to 256 classes', () => {
    const random = seededRandom(7);
    for (const classes of [1, 3, 101, 256]) {
      const weights = randomWeights(64, classes, random);
      const scorer = createWasmScorer(classes, weights.rowStart, weights.entryClass, weights.entryWeight);
      assert.deepEqual([...scorer.rowStart], [...weights.rowStart]);
      const scores = new Float32Array(classes).fill(99);
      for (const count of [0, 1, 5, 120, MAX_ROWS]) {
        const rows = Int32Array.from({ length: count }, () => Math.floor(random() * 64));
        scorer.score(rows, count, scores);
        assert.deepEqual(scores, reference(weights, classes, rows, count), `${classes} classes, ${count} rows`);
      }
    }
  });

  it('adds rows kept dense exactly as sparse ones, whatever rows are dense (rows sharing a slot of the dense table too)', () => {
    const random = seededRandom(11);
    for (const [classes, rowCount] of [[1, 80], [5, 3000], [102, 300], [256, 80]]) {
      const weights = randomWeights(rowCount, classes, random);
      for (const denseFrom of [0, 1, 3, 16, Infinity]) {
        const scorer = createWasmScorer(classes, weights.rowStart, weights.entryClass, weights.entryWeight, denseFrom);
        const scores = new Float32Array(classes);
        for (const count of [0, 1, 7, 100, MAX_ROWS]) {
          const rows = Int32Array.from({ length: count }, () => Math.floor(random() * rowCount));
          scorer.score(rows, count, scores);
          assert.deepEqual(scores, reference(weights, classes, rows, count), `${classes} classes, dense from ${denseFrom} weights, ${count} rows`);
        }
      }
    }
  });

  it('gives the largest sums exactly (all rows at the extreme weight)', () => {
    const rowStart = Uint32Array.from([0, 2, 4]);
    for (const denseFrom of [1, Infinity]) {
      const scorer = createWasmScorer(2, rowStart, Uint8Array.from([0, 1, 0, 1]), Int16Array.from([32767, -32768, 32767, -32768]), denseFrom);
      const rows = Int32Array.from({ length: MAX_ROWS }, (_, i) => i % 2);
      const scores = new Float32Array(2);
      scorer.score(rows, MAX_ROWS, scores);
      assert.deepEqual([...scores], [32767 * MAX_ROWS, -32768 * MAX_ROWS]);
    }
  });

  it('scores rows written into its own buffers in place, leaving the sums in its scores buffer', () => {
    const random = seededRandom(13);
    for (const classes of [3, 102]) {
      const weights = randomWeights(500, classes, random);
      const scorer = createWasmScorer(classes, weights.rowStart, weights.entryClass, weights.entryWeight, 3);
      assert.equal(scorer.buffers.scores.length, classes);
      for (const count of [0, 9, 120]) {
        const rows = Int32Array.from({ length: count }, () => Math.floor(random() * 500));
        scorer.buffers.rows.set(rows);
        scorer.score(scorer.buffers.rows, count, scorer.buffers.scores);
        assert.deepEqual(scorer.buffers.scores, reference(weights, classes, rows, count), `${classes} classes, ${count} rows`);
      }
    }
  });

  it('refuses more classes or rows than it holds, with an error saying so', () => {
    const empty = { rowStart: new Uint32Array(2), entryClass: new Uint8Array(0), entryWeight: new Int16Array(0) };
    assert.throws(() => createWasmScorer(300, empty.rowStart, empty.entryClass, empty.entryWeight), (error) => isParleyError(error, 'MODEL_INVALID') && /at most 256 classes, not 300/.test(error.message));
    const scorer = createWasmScorer(2, empty.rowStart, empty.entryClass, empty.entryWeight);
    assert.throws(() => scorer.score(new Int32Array(MAX_ROWS + 1), MAX_ROWS + 1, new Float32Array(2)), /at most 256 feature rows per call, not 257/);
  });

  it('refuses weights that need more than the 4 GiB a scorer holds, naming the size', () => {
    assert.throws(() => scorerMemory(2 ** 32 + 1), (error) => isParleyError(error, 'MODEL_INVALID') && /need 4097 MiB of scorer memory; a scorer holds at most 4 GiB/.test(error.message));
    assert.equal(scorerMemory(100_000).buffer.byteLength, 2 * 65536);
  });
});
