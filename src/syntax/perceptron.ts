/**
 * Averaged perceptron weights over hashed features. Training keeps a dense table (rows of
 * `classes` weights per hashed feature); the shipped model keeps only the non-zero averaged
 * weights, quantised to 16 bits, in a sparse layout.
 */

import { createWasmScorer, type ScorerBuffers } from './wasm-scorer.ts';

/** Scores classes for a list of hashed feature rows. */
export interface Scorer {
  readonly classes: number;
  readonly bits: number;
  /** Adds the weights of `count` feature rows from `rows` into `scores` (length `classes`), which it clears first. */
  score(rows: Int32Array, count: number, scores: Float32Array): void;
  /** The scorer's own rows and scores, when it has them: rows written there and scores read there need no copy. */
  readonly buffers?: ScorerBuffers;
}

/**
 * The shipped form. Layout: `rowStart[r]..rowStart[r + 1]` indexes the entries of row r in
 * `entryClass` (the class) and `entryWeight` (the weight, `scale` units per step of 1).
 */
export interface SparseWeights extends Scorer {
  readonly rowStart: Uint32Array;
  readonly entryClass: Uint8Array;
  readonly entryWeight: Int16Array;
  readonly scale: number;
}

/** A dense, trainable table with lazy averaging (w - u / c, Daumé's trick). */
export class PerceptronTrainer implements Scorer {
  readonly classes: number;
  readonly bits: number;
  private readonly weights: Float32Array;
  private readonly updates: Float64Array;
  private instances = 1;

  constructor(bits: number, classes: number) {
    this.bits = bits;
    this.classes = classes;
    this.weights = new Float32Array((1 << bits) * classes);
    this.updates = new Float64Array((1 << bits) * classes);
  }

  score(rows: Int32Array, count: number, scores: Float32Array): void {
    const classes = this.classes;
    const weights = this.weights;
    scores.fill(0);
    for (let f = 0; f < count; f++) {
      const base = rows[f] * classes;
      for (let c = 0; c < classes; c++) scores[c] += weights[base + c];
    }
  }

  /** Moves weight from class `wrong` to class `right` for the given features. */
  update(rows: Int32Array, count: number, right: number, wrong: number): void {
    const classes = this.classes;
    const step = this.instances;
    for (let f = 0; f < count; f++) {
      const base = rows[f] * classes;
      this.weights[base + right] += 1;
      this.updates[base + right] += step;
      this.weights[base + wrong] -= 1;
      this.updates[base + wrong] -= step;
    }
  }

  /** Counts one training instance (the clock for averaging). */
  tick(): void {
    this.instances++;
  }

  /** The averaged weights, quantised and made sparse; weights under `threshold` in magnitude are dropped. */
  toSparse(threshold = 0): SparseWeights {
    const classes = this.classes;
    const rows = 1 << this.bits;
    const averaged = new Float32Array(this.weights.length);
    let maxAbs = 0;
    for (let i = 0; i < averaged.length; i++) {
      const value = this.weights[i] - this.updates[i] / this.instances;
      averaged[i] = value;
      if (Math.abs(value) > maxAbs) maxAbs = Math.abs(value);
    }
    const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
    const minimum = Math.max(threshold, scale / 2);
    const rowStart = new Uint32Array(rows + 1);
    let entries = 0;
    for (let r = 0; r < rows; r++) {
      rowStart[r] = entries;
      for (let c = 0; c < classes; c++) if (Math.abs(averaged[r * classes + c]) >= minimum) entries++;
    }
    rowStart[rows] = entries;
    const entryClass = new Uint8Array(entries);
    const entryWeight = new Int16Array(entries);
    let e = 0;
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < classes; c++) {
        const value = averaged[r * classes + c];
        if (Math.abs(value) >= minimum) {
          entryClass[e] = c;
          entryWeight[e] = Math.round(value / scale);
          e++;
        }
      }
    }
    return createSparseWeights(this.bits, classes, rowStart, entryClass, entryWeight, scale);
  }
}

/** Wraps sparse arrays (as trained or as loaded from a model file) in a scorer (wasm-scorer.ts: the weights are copied into WebAssembly memory). */
export function createSparseWeights(
  bits: number,
  classes: number,
  rowStart: Uint32Array,
  entryClass: Uint8Array,
  entryWeight: Int16Array,
  scale: number,
): SparseWeights {
  const scorer = createWasmScorer(classes, rowStart, entryClass, entryWeight);
  return { bits, classes, rowStart: scorer.rowStart, entryClass, entryWeight, scale, score: scorer.score, buffers: scorer.buffers };
}
