import * as hash from '../core/hash.ts';
import { PerceptronTrainer, type Scorer } from './perceptron.ts';

/**
 * Greedy left-to-right averaged-perceptron tagger. A class is a joint "UPOS<TAB>XPOS" pair, so
 * one decision gives both tags. Features: the word, its affixes and shape, the two previous
 * predicted tags, two words either side, and "ambiguity classes" (the tags a known word took in
 * training) for the words around it.
 */
export interface TaggerModel {
  /** Joint tags, "UPOS\tXPOS", indexed by class. */
  tags: string[];
  /** Lower-cased known word → its ambiguity class (hash of the tags it took in training). */
  ambiguity: Map<string, number>;
  weights: Scorer;
}

/** One word to tag: its normalised form. */
export type TaggerInput = readonly string[];

// Per-token feature values, FIELDS per token, laid out token after token.
const WORD = 0;
const SUFFIX1 = 1;
const SUFFIX2 = 2;
const SUFFIX3 = 3;
const SUFFIX4 = 4;
const PREFIX1 = 5;
const SHAPE = 6;
const AMBIGUITY = 7;
const FLAGS = 8;
const CASED = 9;
const FIELDS = 10;
/** Tokens of padding on each side of a sentence, so that features never index out of range. */
const PAD = 2;
const MAX_FEATURES = 48;

// Local bindings: calls through an imported module namespace cost a property lookup each time.
const { bucket, hashString, mix, seed } = hash;

const START = hashString('<s>');
const END = hashString('</s>');
const NO_TAG = hashString('<no-tag>');
const UNKNOWN = hashString('<unk>');

/** Word shape: X for upper case, x for lower, d for digits, other characters kept; runs capped at 3. */
export function wordShape(word: string): string {
  let shape = '';
  let last = '';
  let run = 0;
  for (const char of word) {
    let kind: string;
    if (char >= 'a' && char <= 'z') kind = 'x';
    else if (char >= 'A' && char <= 'Z') kind = 'X';
    else if (char >= '0' && char <= '9') kind = 'd';
    else if (char.toLowerCase() !== char) kind = 'X';
    else if (char.toUpperCase() !== char) kind = 'x';
    else kind = char;
    run = kind === last ? run + 1 : 1;
    last = kind;
    if (run <= 3) shape += kind;
  }
  return shape;
}

function wordFlags(word: string): number {
  let flags = 0;
  if (/\d/.test(word)) flags |= 1;
  if (word.includes('-')) flags |= 2;
  if (/^[A-Z]/.test(word)) flags |= 4;
  if (word.length > 1 && word === word.toUpperCase() && /[A-Z]/.test(word)) flags |= 8;
  if (word.includes('.')) flags |= 16;
  return flags;
}

/** Computes the per-token feature values of a sentence (with padding). */
function tokenFeatures(words: TaggerInput, ambiguity: Map<string, number>): Int32Array {
  const values = new Int32Array((words.length + 2 * PAD) * FIELDS);
  for (let p = 0; p < PAD; p++) {
    values.fill(START, p * FIELDS, (p + 1) * FIELDS);
    values.fill(END, (words.length + PAD + p) * FIELDS, (words.length + PAD + p + 1) * FIELDS);
  }
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    const lower = word.toLowerCase();
    const base = (i + PAD) * FIELDS;
    values[base + WORD] = hashString(lower);
    values[base + SUFFIX1] = hashString(lower.slice(-1));
    values[base + SUFFIX2] = hashString(lower.slice(-2));
    values[base + SUFFIX3] = hashString(lower.slice(-3));
    values[base + SUFFIX4] = hashString(lower.slice(-4));
    values[base + PREFIX1] = hashString(word.slice(0, 1));
    values[base + SHAPE] = hashString(wordShape(word));
    values[base + AMBIGUITY] = ambiguity.get(lower) ?? UNKNOWN;
    values[base + FLAGS] = wordFlags(word) | (i === 0 ? 32 : 0);
    values[base + CASED] = hashString(word);
  }
  return values;
}

/** Fills `rows` with the feature rows for token `i`; returns how many. */
function extractFeatures(values: Int32Array, i: number, previous: number, previous2: number, bits: number, rows: Int32Array): number {
  // Offsets of this token's values and of its neighbours' (padding keeps them in range).
  const base = (i + PAD) * FIELDS;
  const before = base - FIELDS;
  const before2 = base - 2 * FIELDS;
  const after = base + FIELDS;
  const after2 = base + 2 * FIELDS;
  let n = 0;
  const w = values[base + WORD];
  const amb = values[base + AMBIGUITY];
  rows[n++] = bucket(seed(0), bits);
  rows[n++] = bucket(mix(seed(1), w), bits);
  rows[n++] = bucket(mix(seed(2), values[base + SUFFIX1]), bits);
  rows[n++] = bucket(mix(seed(3), values[base + SUFFIX2]), bits);
  rows[n++] = bucket(mix(seed(4), values[base + SUFFIX3]), bits);
  rows[n++] = bucket(mix(seed(5), values[base + SUFFIX4]), bits);
  rows[n++] = bucket(mix(seed(6), values[base + PREFIX1]), bits);
  rows[n++] = bucket(mix(seed(7), values[base + SHAPE]), bits);
  rows[n++] = bucket(mix(seed(8), values[base + FLAGS]), bits);
  rows[n++] = bucket(mix(seed(9), amb), bits);
  rows[n++] = bucket(mix(seed(10), previous), bits);
  rows[n++] = bucket(mix(mix(seed(11), previous), previous2), bits);
  rows[n++] = bucket(mix(mix(seed(12), previous), w), bits);
  rows[n++] = bucket(mix(mix(seed(13), previous), amb), bits);
  rows[n++] = bucket(mix(mix(seed(14), previous), values[base + SUFFIX3]), bits);
  rows[n++] = bucket(mix(seed(15), values[before + WORD]), bits);
  rows[n++] = bucket(mix(seed(16), values[before + SUFFIX3]), bits);
  rows[n++] = bucket(mix(seed(17), values[before2 + WORD]), bits);
  rows[n++] = bucket(mix(seed(18), values[after + WORD]), bits);
  rows[n++] = bucket(mix(seed(19), values[after + SUFFIX3]), bits);
  rows[n++] = bucket(mix(seed(20), values[after2 + WORD]), bits);
  rows[n++] = bucket(mix(seed(21), values[after + AMBIGUITY]), bits);
  rows[n++] = bucket(mix(seed(22), values[after2 + AMBIGUITY]), bits);
  rows[n++] = bucket(mix(mix(seed(23), amb), values[after + AMBIGUITY]), bits);
  rows[n++] = bucket(mix(mix(seed(24), w), values[after + WORD]), bits);
  rows[n++] = bucket(mix(mix(seed(25), values[before + WORD]), w), bits);
  rows[n++] = bucket(mix(seed(26), values[after + SHAPE]), bits);
  rows[n++] = bucket(mix(seed(27), values[before + SHAPE]), bits);
  rows[n++] = bucket(mix(mix(seed(28), w), values[after + AMBIGUITY]), bits);
  rows[n++] = bucket(mix(mix(seed(29), values[base + FLAGS]), values[base + CASED]), bits);
  rows[n++] = bucket(mix(mix(mix(seed(30), previous), amb), values[after + AMBIGUITY]), bits);
  rows[n++] = bucket(mix(seed(31), values[before + AMBIGUITY]), bits);
  rows[n++] = bucket(mix(mix(seed(32), values[base + SHAPE]), values[after + SHAPE]), bits);
  rows[n++] = bucket(mix(mix(seed(33), values[base + SUFFIX2]), values[after + SUFFIX2]), bits);
  rows[n++] = bucket(mix(mix(seed(34), previous), values[after + WORD]), bits);
  rows[n++] = bucket(mix(seed(35), values[before + CASED]), bits);
  rows[n++] = bucket(mix(seed(36), values[after + CASED]), bits);
  rows[n++] = bucket(mix(mix(seed(37), values[base + CASED]), values[after + CASED]), bits);
  rows[n++] = bucket(mix(mix(seed(38), values[before + CASED]), values[base + CASED]), bits);
  rows[n++] = bucket(mix(mix(seed(39), previous), values[base + SHAPE]), bits);
  return n;
}

/** Tags one sentence; returns the class index of each word. */
export function tagWords(model: TaggerModel, words: TaggerInput): Int32Array {
  const values = tokenFeatures(words, model.ambiguity);
  const rows = new Int32Array(MAX_FEATURES);
  const scores = new Float32Array(model.tags.length);
  const classes = new Int32Array(words.length);
  let previous = NO_TAG;
  let previous2 = NO_TAG;
  for (let i = 0; i < words.length; i++) {
    const count = extractFeatures(values, i, previous, previous2, model.weights.bits, rows);
    model.weights.score(rows, count, scores);
    const best = argmax(scores);
    classes[i] = best;
    previous2 = previous;
    previous = best;
  }
  return classes;
}

/** The index of the largest score. */
export function argmax(scores: Float32Array): number {
  let best = 0;
  for (let c = 1; c < scores.length; c++) if (scores[c] > scores[best]) best = c;
  return best;
}

/** A sentence for training: its words and their joint tags. */
export interface TaggedSentence {
  words: string[];
  tags: string[];
}

/** Options for training the tagger. */
export interface TaggerTrainingOptions {
  epochs: number;
  bits: number;
  /** Pseudo-random generator for shuffling, so that training is repeatable. */
  random: () => number;
  /** Called after each epoch (for progress and tuning). */
  onEpoch?: (epoch: number, trainAccuracy: number, averaged: () => TaggerModel) => void;
}

/** Ambiguity classes: the tags (with at least 5% share) of words seen at least `minCount` times. */
export function buildAmbiguity(sentences: readonly TaggedSentence[], minCount = 3): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const sentence of sentences) {
    sentence.words.forEach((word, i) => {
      const lower = word.toLowerCase();
      let tagCounts = counts.get(lower);
      if (!tagCounts) counts.set(lower, (tagCounts = new Map()));
      tagCounts.set(sentence.tags[i], (tagCounts.get(sentence.tags[i]) ?? 0) + 1);
    });
  }
  const classes = new Map<string, string>();
  for (const [word, tagCounts] of counts) {
    let total = 0;
    for (const count of tagCounts.values()) total += count;
    if (total < minCount) continue;
    const tags = [...tagCounts].filter(([, count]) => count / total >= 0.05).map(([tag]) => tag.split('\t')[1]);
    classes.set(word, [...new Set(tags)].sort().join('|'));
  }
  return classes;
}

/** Hashes ambiguity class names for the model. */
export function hashAmbiguity(classes: Map<string, string>): Map<string, number> {
  const hashed = new Map<string, number>();
  for (const [word, name] of classes) hashed.set(word, hashString(name));
  return hashed;
}

/** Trains a tagger; returns the trainer (for its sparse weights) and the tag list. */
export function trainTagger(
  sentences: readonly TaggedSentence[],
  ambiguity: Map<string, number>,
  options: TaggerTrainingOptions,
): { trainer: PerceptronTrainer; tags: string[] } {
  const tags = [...new Set(sentences.flatMap((s) => s.tags))].sort();
  const tagIndex = new Map(tags.map((tag, i) => [tag, i]));
  const trainer = new PerceptronTrainer(options.bits, tags.length);
  const prepared = sentences.map((s) => ({
    values: tokenFeatures(s.words, ambiguity),
    gold: Int32Array.from(s.tags, (tag) => tagIndex.get(tag)!),
  }));
  const rows = new Int32Array(MAX_FEATURES);
  const scores = new Float32Array(tags.length);
  const order = prepared.map((_, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(order, options.random);
    let correct = 0;
    let total = 0;
    for (const index of order) {
      const { values, gold } = prepared[index];
      let previous = NO_TAG;
      let previous2 = NO_TAG;
      for (let i = 0; i < gold.length; i++) {
        const count = extractFeatures(values, i, previous, previous2, options.bits, rows);
        trainer.score(rows, count, scores);
        const guess = argmax(scores);
        if (guess !== gold[i]) trainer.update(rows, count, gold[i], guess);
        else correct++;
        trainer.tick();
        total++;
        previous2 = previous;
        // Condition on the predicted tag, as at run time.
        previous = guess;
      }
    }
    options.onEpoch?.(epoch, correct / total, () => ({ tags, ambiguity, weights: trainer.toSparse() }));
  }
  return { trainer, tags };
}

/** Fisher–Yates shuffle in place. */
export function shuffle<T>(items: T[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
}

/** A small seeded generator (mulberry32) for repeatable training. */
export function seededRandom(seedValue: number): () => number {
  let state = seedValue >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
