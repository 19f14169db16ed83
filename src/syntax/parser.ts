import * as hash from '../core/hash.ts';
import { PerceptronTrainer, type Scorer } from './perceptron.ts';
import { shuffle } from './tagger.ts';

/**
 * Greedy arc-hybrid dependency parser with an averaged perceptron, trained with a dynamic
 * oracle (Goldberg & Nivre 2013) and exploration. The artificial root sits at the end of the
 * buffer (position n), so the sentence's root is attached last.
 *
 * Classes: 0 is SHIFT; 1 + 2l is LEFT with label l (s0 ← b0); 2 + 2l is RIGHT with label l (s1 → s0).
 */
export interface ParserModel {
  labels: string[];
  weights: Scorer;
}

/** A word to parse: normalised form and predicted tags. */
export interface ParserWord {
  form: string;
  upos: string;
  xpos: string;
}

/** A parse: 0-based head per word (-1 for the root) and its label. */
export interface Parse {
  heads: Int32Array;
  labels: string[];
}

// Local bindings: calls through an imported module namespace cost a property lookup each time.
const { bucket, hashString, mix, seed } = hash;

const SHIFT = 0;
const MAX_FEATURES = 112;
const NONE = -1;
const NULL_VALUE = hashString('<none>');
const ROOT_VALUE = hashString('<root>');

/** Per-word values the features read: word, tag, coarse tag, suffix. */
interface Sentence {
  n: number;
  word: Int32Array;
  tag: Int32Array;
  upos: Int32Array;
  suffix: Int32Array;
}

/** The parser state. Children are kept as the two leftmost and two rightmost, plus counts. */
class State {
  readonly n: number;
  readonly stack: Int32Array;
  depth = 0;
  buffer = 0;
  readonly heads: Int32Array;
  readonly labels: Int32Array;
  readonly left1: Int32Array;
  readonly left2: Int32Array;
  readonly right1: Int32Array;
  readonly right2: Int32Array;
  readonly leftCount: Int32Array;
  readonly rightCount: Int32Array;

  constructor(n: number) {
    this.n = n;
    this.stack = new Int32Array(n + 1);
    const size = n + 1;
    this.heads = new Int32Array(size).fill(NONE);
    this.labels = new Int32Array(size).fill(NONE);
    this.left1 = new Int32Array(size).fill(NONE);
    this.left2 = new Int32Array(size).fill(NONE);
    this.right1 = new Int32Array(size).fill(NONE);
    this.right2 = new Int32Array(size).fill(NONE);
    this.leftCount = new Int32Array(size);
    this.rightCount = new Int32Array(size);
  }

  get terminal(): boolean {
    return this.buffer === this.n && this.depth === 0;
  }

  stackAt(k: number): number {
    return this.depth > k ? this.stack[this.depth - 1 - k] : NONE;
  }

  canShift(): boolean {
    return this.buffer < this.n;
  }

  canLeft(): boolean {
    // The root takes exactly one dependent: only the last word on the stack.
    return this.depth > 0 && (this.buffer < this.n || this.depth === 1);
  }

  canRight(): boolean {
    return this.depth > 1;
  }

  apply(move: number): void {
    if (move === SHIFT) {
      this.stack[this.depth++] = this.buffer++;
      return;
    }
    const label = (move - 1) >> 1;
    if ((move - 1) % 2 === 0) {
      const dependent = this.stack[--this.depth];
      this.attach(this.buffer, dependent, label);
    } else {
      const dependent = this.stack[--this.depth];
      this.attach(this.stack[this.depth - 1], dependent, label);
    }
  }

  private attach(head: number, dependent: number, label: number): void {
    this.heads[dependent] = head;
    this.labels[dependent] = label;
    if (dependent < head) {
      this.left2[head] = this.left1[head];
      this.left1[head] = dependent;
      this.leftCount[head]++;
    } else {
      this.right2[head] = this.right1[head];
      this.right1[head] = dependent;
      this.rightCount[head]++;
    }
  }
}

function prepare(words: readonly ParserWord[]): Sentence {
  const n = words.length;
  const word = new Int32Array(n + 1);
  const tag = new Int32Array(n + 1);
  const upos = new Int32Array(n + 1);
  const suffix = new Int32Array(n + 1);
  words.forEach((w, i) => {
    const lower = w.form.toLowerCase();
    word[i] = hashString(lower);
    tag[i] = hashString(w.xpos);
    upos[i] = hashString(w.upos);
    suffix[i] = hashString(lower.slice(-3));
  });
  word[n] = ROOT_VALUE;
  tag[n] = ROOT_VALUE;
  upos[n] = ROOT_VALUE;
  suffix[n] = ROOT_VALUE;
  return { n, word, tag, upos, suffix };
}

function distanceBucket(a: number, b: number): number {
  if (a === NONE || b === NONE) return NULL_VALUE;
  const d = Math.abs(b - a);
  return d < 5 ? d : d < 10 ? 5 : 6;
}

function valueAt(values: Int32Array, i: number): number {
  return i === NONE ? NULL_VALUE : values[i];
}
function labelAt(state: State, labelValues: Int32Array, i: number): number {
  return i === NONE || state.labels[i] === NONE ? NULL_VALUE : labelValues[state.labels[i]];
}
function childAt(children: Int32Array, i: number): number {
  return i === NONE ? NONE : children[i];
}
function f1(bits: number, template: number, a: number): number {
  return bucket(mix(seed(template), a), bits);
}
function f2(bits: number, template: number, a: number, b: number): number {
  return bucket(mix(mix(seed(template), a), b), bits);
}
function f3(bits: number, template: number, a: number, b: number, c: number): number {
  return bucket(mix(mix(mix(seed(template), a), b), c), bits);
}
function f4(bits: number, template: number, a: number, b: number, c: number, d: number): number {
  return bucket(mix(mix(mix(mix(seed(template), a), b), c), d), bits);
}

/** Fills `rows` with the hashed feature rows of the state; returns how many. */
function extractFeatures(sentence: Sentence, state: State, labelValues: Int32Array, bits: number, rows: Int32Array): number {
  const { word, tag, upos, suffix } = sentence;

  const s0 = state.stackAt(0);
  const s1 = state.stackAt(1);
  const s2 = state.stackAt(2);
  const b0 = state.buffer < state.n || state.buffer === state.n ? state.buffer : NONE;
  const b1 = state.buffer + 1 <= state.n ? state.buffer + 1 : NONE;
  const b2 = state.buffer + 2 <= state.n ? state.buffer + 2 : NONE;
  const b3 = state.buffer + 3 <= state.n ? state.buffer + 3 : NONE;
  const s0l1 = childAt(state.left1, s0);
  const s0l2 = childAt(state.left2, s0);
  const s0r1 = childAt(state.right1, s0);
  const s0r2 = childAt(state.right2, s0);
  const s1l1 = childAt(state.left1, s1);
  const s1r1 = childAt(state.right1, s1);
  const s1r2 = childAt(state.right2, s1);
  const b0l1 = childAt(state.left1, b0);
  const b0l2 = childAt(state.left2, b0);

  const s0w = valueAt(word, s0), s0t = valueAt(tag, s0), s1w = valueAt(word, s1), s1t = valueAt(tag, s1), b0w = valueAt(word, b0), b0t = valueAt(tag, b0);
  const b1w = valueAt(word, b1), b1t = valueAt(tag, b1), b2t = valueAt(tag, b2), s2t = valueAt(tag, s2);
  const s0b0 = distanceBucket(s0, b0);
  const s1s0 = distanceBucket(s1, s0);

  let n = 0;
  rows[n++] = bucket(seed(0), bits);
  // Single positions.
  rows[n++] = f1(bits, 1, s0w); rows[n++] = f1(bits, 2, s0t); rows[n++] = f2(bits, 3, s0w, s0t);
  rows[n++] = f1(bits, 4, s1w); rows[n++] = f1(bits, 5, s1t); rows[n++] = f2(bits, 6, s1w, s1t);
  rows[n++] = f1(bits, 7, b0w); rows[n++] = f1(bits, 8, b0t); rows[n++] = f2(bits, 9, b0w, b0t);
  rows[n++] = f1(bits, 10, b1w); rows[n++] = f1(bits, 11, b1t); rows[n++] = f2(bits, 12, b1w, b1t);
  rows[n++] = f1(bits, 13, valueAt(word, b2)); rows[n++] = f1(bits, 14, b2t); rows[n++] = f1(bits, 15, s2t); rows[n++] = f1(bits, 16, valueAt(word, s2)); rows[n++] = f1(bits, 17, valueAt(tag, b3));
  // Pairs: the two arcs the next move decides are s0–b0 (LEFT) and s1–s0 (RIGHT).
  rows[n++] = f4(bits, 20, s0w, s0t, b0w, b0t); rows[n++] = f3(bits, 21, s0w, s0t, b0w); rows[n++] = f3(bits, 22, s0w, b0w, b0t); rows[n++] = f3(bits, 23, s0w, s0t, b0t);
  rows[n++] = f3(bits, 24, s0t, b0w, b0t); rows[n++] = f2(bits, 25, s0w, b0w); rows[n++] = f2(bits, 26, s0t, b0t); rows[n++] = f2(bits, 27, b0t, b1t);
  rows[n++] = f4(bits, 28, s1w, s1t, s0w, s0t); rows[n++] = f3(bits, 29, s1w, s1t, s0w); rows[n++] = f3(bits, 30, s1w, s0w, s0t); rows[n++] = f3(bits, 31, s1w, s1t, s0t);
  rows[n++] = f3(bits, 32, s1t, s0w, s0t); rows[n++] = f2(bits, 33, s1w, s0w); rows[n++] = f2(bits, 34, s1t, s0t);
  // Triples of tags.
  rows[n++] = f3(bits, 40, s0t, b0t, b1t); rows[n++] = f3(bits, 41, s1t, s0t, b0t); rows[n++] = f3(bits, 42, b0t, b1t, b2t); rows[n++] = f3(bits, 43, s2t, s1t, s0t);
  rows[n++] = f3(bits, 44, s0w, b0t, b1t); rows[n++] = f3(bits, 45, s1t, s0w, b0t); rows[n++] = f3(bits, 46, s1t, s0t, b0w);
  // Distance.
  rows[n++] = f2(bits, 50, s0w, s0b0); rows[n++] = f2(bits, 51, b0w, s0b0); rows[n++] = f3(bits, 52, s0t, b0t, s0b0); rows[n++] = f3(bits, 53, s1t, s0t, s1s0); rows[n++] = f2(bits, 54, s1w, s1s0); rows[n++] = f2(bits, 55, s0w, s1s0);
  // Valency.
  rows[n++] = f2(bits, 60, s0w, state.rightCount[s0] ?? 0); rows[n++] = f2(bits, 61, s0t, s0 === NONE ? NULL_VALUE : state.rightCount[s0]);
  rows[n++] = f2(bits, 62, s0w, s0 === NONE ? NULL_VALUE : state.leftCount[s0]); rows[n++] = f2(bits, 63, s0t, s0 === NONE ? NULL_VALUE : state.leftCount[s0]);
  rows[n++] = f2(bits, 64, b0w, b0 === NONE ? NULL_VALUE : state.leftCount[b0]); rows[n++] = f2(bits, 65, b0t, b0 === NONE ? NULL_VALUE : state.leftCount[b0]);
  rows[n++] = f2(bits, 66, s1t, s1 === NONE ? NULL_VALUE : state.rightCount[s1]);
  // Children.
  rows[n++] = f1(bits, 70, valueAt(word, s0l1)); rows[n++] = f1(bits, 71, valueAt(tag, s0l1)); rows[n++] = f1(bits, 72, labelAt(state, labelValues, s0l1)); rows[n++] = f1(bits, 73, valueAt(word, s0r1)); rows[n++] = f1(bits, 74, valueAt(tag, s0r1)); rows[n++] = f1(bits, 75, labelAt(state, labelValues, s0r1));
  rows[n++] = f1(bits, 76, valueAt(tag, s0l2)); rows[n++] = f1(bits, 77, labelAt(state, labelValues, s0l2)); rows[n++] = f1(bits, 78, valueAt(tag, s0r2)); rows[n++] = f1(bits, 79, labelAt(state, labelValues, s0r2));
  rows[n++] = f1(bits, 80, valueAt(word, b0l1)); rows[n++] = f1(bits, 81, valueAt(tag, b0l1)); rows[n++] = f1(bits, 82, labelAt(state, labelValues, b0l1)); rows[n++] = f1(bits, 83, valueAt(tag, b0l2)); rows[n++] = f1(bits, 84, labelAt(state, labelValues, b0l2));
  rows[n++] = f1(bits, 85, valueAt(tag, s1r1)); rows[n++] = f1(bits, 86, labelAt(state, labelValues, s1r1)); rows[n++] = f1(bits, 87, valueAt(tag, s1l1)); rows[n++] = f1(bits, 88, labelAt(state, labelValues, s1l1)); rows[n++] = f1(bits, 89, valueAt(word, s1r1));
  rows[n++] = f3(bits, 90, s0t, valueAt(tag, s0l1), valueAt(tag, s0l2)); rows[n++] = f3(bits, 91, s0t, valueAt(tag, s0r1), valueAt(tag, s0r2)); rows[n++] = f3(bits, 92, b0t, valueAt(tag, b0l1), valueAt(tag, b0l2));
  rows[n++] = f3(bits, 93, s0t, valueAt(tag, s0l1), b0t); rows[n++] = f3(bits, 94, s0t, valueAt(tag, s0r1), b0t); rows[n++] = f3(bits, 95, s1t, s0t, valueAt(tag, s0l1)); rows[n++] = f3(bits, 96, s1t, valueAt(tag, s1r1), s0t);
  rows[n++] = f3(bits, 97, s1t, valueAt(tag, s1r2), valueAt(tag, s1r1)); rows[n++] = f3(bits, 98, s0t, labelAt(state, labelValues, s0l1), labelAt(state, labelValues, s0r1)); rows[n++] = f3(bits, 99, b0t, labelAt(state, labelValues, b0l1), labelAt(state, labelValues, b0l2));
  rows[n++] = f3(bits, 100, s0w, labelAt(state, labelValues, s0l1), labelAt(state, labelValues, s0r1)); rows[n++] = f2(bits, 101, b0w, labelAt(state, labelValues, b0l1)); rows[n++] = f3(bits, 102, s1t, labelAt(state, labelValues, s1r1), s0t);
  // Coarse tags and suffixes: robust to the tagger's fine-grained mistakes.
  const s0u = valueAt(upos, s0), s1u = valueAt(upos, s1), b0u = valueAt(upos, b0), b1u = valueAt(upos, b1);
  rows[n++] = f1(bits, 104, s0u); rows[n++] = f1(bits, 105, b0u); rows[n++] = f1(bits, 106, s1u); rows[n++] = f1(bits, 107, b1u);
  rows[n++] = f2(bits, 108, s0u, b0u); rows[n++] = f2(bits, 109, s1u, s0u); rows[n++] = f3(bits, 110, s1u, s0u, b0u); rows[n++] = f3(bits, 111, s0u, b0u, b1u);
  const s0s = valueAt(suffix, s0), b0s = valueAt(suffix, b0);
  rows[n++] = f1(bits, 112, s0s); rows[n++] = f1(bits, 113, b0s); rows[n++] = f1(bits, 114, valueAt(suffix, s1));
  rows[n++] = f2(bits, 115, s0s, b0t); rows[n++] = f2(bits, 116, s0t, b0s); rows[n++] = f2(bits, 117, b0w, b1w);
  return n;
}

/** The moves allowed in `state`, as a bit mask over SHIFT, LEFT and RIGHT. */
function legalMoves(state: State): number {
  return (state.canShift() ? 1 : 0) | (state.canLeft() ? 2 : 0) | (state.canRight() ? 4 : 0);
}

function moveKind(move: number): number {
  return move === SHIFT ? 1 : (move - 1) % 2 === 0 ? 2 : 4;
}

/** Best-scoring legal class. */
function bestLegal(scores: Float32Array, legal: number): number {
  let best = -1;
  let bestScore = -Infinity;
  for (let c = 0; c < scores.length; c++) {
    if ((legal & moveKind(c)) === 0) continue;
    if (scores[c] > bestScore) {
      bestScore = scores[c];
      best = c;
    }
  }
  return best;
}

const labelHashes = new WeakMap<readonly string[], Int32Array>();

/** The hashes of a model's labels, made once per label list. */
function labelValuesOf(labels: readonly string[]): Int32Array {
  let values = labelHashes.get(labels);
  if (!values) labelHashes.set(labels, (values = Int32Array.from(labels, (label) => hashString(label))));
  return values;
}

/** Parses one sentence of tagged words. */
export function parseWords(model: ParserModel, words: readonly ParserWord[]): Parse {
  const n = words.length;
  if (n === 0) return { heads: new Int32Array(0), labels: [] };
  const sentence = prepare(words);
  const labelValues = labelValuesOf(model.labels);
  const state = new State(n);
  const rows = model.weights.buffers?.rows ?? new Int32Array(MAX_FEATURES + 16);
  const scores = model.weights.buffers?.scores ?? new Float32Array(model.weights.classes);
  while (!state.terminal) {
    const legal = legalMoves(state);
    // SHIFT is a single class: when it is the only legal move there is nothing to score.
    if (legal === 1) {
      state.apply(SHIFT);
      continue;
    }
    const count = extractFeatures(sentence, state, labelValues, model.weights.bits, rows);
    model.weights.score(rows, count, scores);
    state.apply(bestLegal(scores, legal));
  }
  const heads = new Int32Array(n);
  const labels: string[] = [];
  for (let i = 0; i < n; i++) {
    heads[i] = state.heads[i] === n ? -1 : state.heads[i];
    labels.push(state.heads[i] === n ? 'root' : model.labels[state.labels[i]]);
  }
  return { heads, labels };
}

/** A training sentence: words with (predicted) tags, gold 0-based heads (-1 root) and labels. */
export interface ParserTrainingSentence {
  words: ParserWord[];
  heads: number[];
  labels: string[];
}

/** Options for training the parser. */
export interface ParserTrainingOptions {
  epochs: number;
  bits: number;
  random: () => number;
  /** Probability of following the model's own (possibly wrong) move after the first epoch. */
  explore: number;
  onEpoch?: (epoch: number, trainAccuracy: number, averaged: () => ParserModel) => void;
}

/**
 * Lifts non-projective arcs (attaching the dependent to its grandparent) until the tree is
 * projective, because the arc-hybrid system can only build projective trees. Heads are 0-based
 * with `n` for the root.
 */
export function projectivize(heads: number[]): number[] {
  const lifted = [...heads];
  const n = lifted.length;
  for (let guard = 0; guard < n * n; guard++) {
    let worst = -1;
    let worstLength = Infinity;
    for (let d = 0; d < n; d++) {
      const h = lifted[d];
      if (h === n) continue;
      const [from, to] = h < d ? [h, d] : [d, h];
      for (let k = from + 1; k < to; k++) {
        if (!dominates(lifted, h, k)) {
          if (to - from < worstLength) {
            worst = d;
            worstLength = to - from;
          }
          break;
        }
      }
    }
    if (worst === -1) return lifted;
    lifted[worst] = lifted[lifted[worst]];
  }
  return lifted;
}

function dominates(heads: number[], ancestor: number, node: number): boolean {
  const n = heads.length;
  let current = node;
  for (let steps = 0; steps <= n && current !== n; steps++) {
    if (current === ancestor) return true;
    current = heads[current];
  }
  return current === ancestor;
}

/** Unlabelled cost of each move (Goldberg & Nivre 2013): gold arcs it makes unreachable. */
function moveCosts(state: State, gold: Int32Array, costs: Int32Array): void {
  const n = state.n;
  const s0 = state.stackAt(0);
  const s1 = state.stackAt(1);
  const b0 = state.buffer;
  // Dependents of s0 still in the buffer (b0 included) are lost once s0 is popped.
  let s0BufferDependents = 0;
  if (s0 !== NONE) for (let k = b0; k < n; k++) if (gold[k] === s0) s0BufferDependents++;
  const s0HeadInRest = s0 !== NONE && gold[s0] > b0 && gold[s0] <= n;
  // LEFT: s0 ← b0.
  costs[1] = s0 === NONE ? 0 : s0BufferDependents + (gold[s0] !== b0 && (gold[s0] === s1 || s0HeadInRest) ? 1 : 0);
  // RIGHT: s1 → s0.
  costs[2] = s0 === NONE ? 0 : s0BufferDependents + (gold[s0] !== s1 && (gold[s0] === b0 || s0HeadInRest) ? 1 : 0);
  // SHIFT: b0 can no longer take a head below s0 in the stack, nor any dependent in the stack.
  let shift = 0;
  if (b0 < n) {
    for (let k = 0; k < state.depth; k++) {
      const item = state.stack[k];
      if (gold[item] === b0) shift++;
      if (item !== s0 && gold[b0] === item) shift++;
    }
  }
  costs[0] = shift;
}

/** Trains the parser on sentences with predicted tags; returns the trainer and label list. */
export function trainParser(
  sentences: readonly ParserTrainingSentence[],
  options: ParserTrainingOptions,
): { trainer: PerceptronTrainer; labels: string[] } {
  const labels = [...new Set(sentences.flatMap((s) => s.labels.filter((label) => label !== 'root')))].sort();
  const labelIndex = new Map(labels.map((label, i) => [label, i]));
  const classes = 1 + 2 * labels.length;
  const trainer = new PerceptronTrainer(options.bits, classes);
  const labelValues = Int32Array.from(labels, (label) => hashString(label));
  const prepared = sentences
    .filter((s) => s.words.length > 0)
    .map((s) => {
      const n = s.words.length;
      const heads = projectivize(s.heads.map((h) => (h === -1 ? n : h)));
      return {
        sentence: prepare(s.words),
        gold: Int32Array.from(heads),
        goldLabels: Int32Array.from(s.labels, (label) => (label === 'root' ? NONE : labelIndex.get(label)!)),
      };
    });
  const rows = new Int32Array(MAX_FEATURES + 16);
  const scores = new Float32Array(classes);
  const unlabelledCosts = new Int32Array(3);
  const costs = new Int32Array(classes);
  const order = prepared.map((_, i) => i);
  const model = () => ({ labels, weights: trainer.toSparse() });
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(order, options.random);
    let correct = 0;
    let total = 0;
    for (const index of order) {
      const { sentence, gold, goldLabels } = prepared[index];
      const state = new State(sentence.n);
      while (!state.terminal) {
        const count = extractFeatures(sentence, state, labelValues, options.bits, rows);
        trainer.score(rows, count, scores);
        const legal = legalMoves(state);
        moveCosts(state, gold, unlabelledCosts);
        const s0 = state.stackAt(0);
        const s1 = state.stackAt(1);
        let minimum = Infinity;
        for (let c = 0; c < classes; c++) {
          const kind = moveKind(c);
          if ((legal & kind) === 0) {
            costs[c] = -1;
            continue;
          }
          let cost: number;
          if (c === SHIFT) cost = unlabelledCosts[0];
          else {
            const isLeft = kind === 2;
            const head = isLeft ? state.buffer : s1;
            cost = unlabelledCosts[isLeft ? 1 : 2];
            // A gold arc with the wrong label costs one more.
            if (gold[s0] === head && head !== sentence.n && goldLabels[s0] !== (c - 1) >> 1) cost++;
          }
          costs[c] = cost;
          if (cost < minimum) minimum = cost;
        }
        const guess = bestLegal(scores, legal);
        let best = -1;
        for (let c = 0; c < classes; c++) {
          if (costs[c] === minimum && (best === -1 || scores[c] > scores[best])) best = c;
        }
        if (costs[guess] !== minimum) trainer.update(rows, count, best, guess);
        else correct++;
        trainer.tick();
        total++;
        const follow = epoch > 0 && costs[guess] !== minimum && options.random() < options.explore ? guess : costs[guess] === minimum ? guess : best;
        state.apply(follow);
      }
    }
    options.onEpoch?.(epoch, correct / total, model);
  }
  return { trainer, labels };
}
