import * as hash from '../core/hash.ts';
import { PerceptronTrainer, type Scorer } from './perceptron.ts';

/**
 * Greedy left-to-right averaged-perceptron tagger. A class is a joint "UPOS<TAB>XPOS" pair, so
 * one decision gives both tags. Features: the word, its affixes and shape, the two previous
 * predicted tags, two words either side, and "ambiguity classes" (the tags a known word took in
 * training) for the words around it. The news features (models trained with a name list): whether
 * a word is part of a gazetteer name or a demonym, its capitals in context (inside the sentence,
 * at its start, all capitals), and whether an -ing or -ed word is a known verb's form ("using")
 * or not ("Nanning"), so that names stop being read as verbs. The clause feature (models trained
 * with `--clause`): whether a finite verb was tagged before the word, with its suffix and with the
 * previous tag and its ambiguity class ("halted arms exports": a plural noun, not a second verb).
 */
export interface TaggerModel {
  /** Joint tags, "UPOS\tXPOS", indexed by class. */
  tags: string[];
  /** Lower-cased known word → its ambiguity class (hash of the tags it took in training). */
  ambiguity: Map<string, number>;
  weights: Scorer;
  /** Lower-cased gazetteer name words → flags (see name-words.ts); absent in older models, which lack the news features. */
  names?: Map<string, number>;
  /** Lower-cased verb lemmas of the training data, for "is this -ing word a verb's?". */
  verbs?: Set<string>;
  /** Lower-cased known words that took the base-form verb tag (VB) in training ("end", "release"), for tag repairs. */
  baseVerbs?: ReadonlySet<string>;
  /** Whether the model has the clause feature: a finite verb came before the word in its sentence. */
  clause?: boolean;
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
/** Gazetteer name flags (NAME_START, NAME_INSIDE, NAME_DEMONYM) of the word. */
const NAME = 10;
/** Capitalisation in context: 0 lower case, 1 capitalised inside the sentence, 2 at its start, 3 all capitals. */
const CAPS = 11;
/** For a capitalised word in -ing or -ed: 1 if what is left is a known verb ("Using"), 2 if not ("Nanning"); else 0. */
const STEM = 12;
/** 1 if the word is not a known word of the training data. */
const UNSEEN = 13;
const FIELDS = 14;
/** Tokens of padding on each side of a sentence, so that features never index out of range. */
const PAD = 2;
const MAX_FEATURES = 56;

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

/** The CAPS value of a word inside a sentence (tokenFeatures makes a capitalised first word's 2). */
function capsKind(word: string): number {
  if (!/^\p{Lu}/u.test(word)) return 0;
  if (word.length > 1 && word === word.toUpperCase() && /\p{Lu}.*\p{Lu}/u.test(word)) return 3;
  return 1;
}

/**
 * Whether an -ing or -ed word is a form of a word `known` holds ("using" of "use", "running" of
 * "run", "carried" of "carry"); undefined for other endings.
 */
export function hasKnownStem(lower: string, known: { has(word: string): boolean }): boolean | undefined {
  let stem: string;
  if (lower.length > 5 && lower.endsWith('ing')) stem = lower.slice(0, -3);
  else if (lower.length > 4 && lower.endsWith('ed')) stem = lower.slice(0, -2);
  else return undefined;
  if (known.has(stem) || known.has(`${stem}e`)) return true;
  // A doubled consonant ("running", "stopped") or y → i ("carried").
  if (stem.length > 2 && stem.at(-1) === stem.at(-2) && known.has(stem.slice(0, -1))) return true;
  return stem.endsWith('i') && known.has(`${stem.slice(0, -1)}y`);
}

/** Whether an -ing or -ed word is a form of a known verb: 0 other endings, 1 yes, 2 no. */
function stemKind(lower: string, verbs: ReadonlySet<string> | undefined): number {
  if (!verbs) return 0;
  const known = hasKnownStem(lower, verbs);
  return known === undefined ? 0 : known ? 1 : 2;
}

/** The verbs of training sentences: the lower-cased lemma of every VERB. */
export function verbLemmas(sentences: readonly { words: readonly { upos: string; lemma: string }[] }[]): Set<string> {
  const verbs = new Set<string>();
  for (const sentence of sentences) for (const word of sentence.words) if (word.upos === 'VERB' && /^[a-z]+$/i.test(word.lemma)) verbs.add(word.lemma.toLowerCase());
  return verbs;
}

/** The lexicon the token features read. */
interface Lexicon {
  ambiguity: Map<string, number>;
  names?: Map<string, number>;
  verbs?: Set<string>;
}

/** Computes the per-token feature values of a sentence (with padding). */
function tokenFeatures(words: TaggerInput, lexicon: Lexicon, masked = -1, maskValue = 0): Int32Array {
  const known = knownWords(lexicon);
  const values = new Int32Array((words.length + 2 * PAD) * FIELDS);
  for (let p = 0; p < PAD; p++) {
    values.fill(START, p * FIELDS, (p + 1) * FIELDS);
    values.fill(END, (words.length + PAD + p) * FIELDS, (words.length + PAD + p + 1) * FIELDS);
  }
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    let own = known.values.get(word);
    if (!own) {
      own = wordValues(word, lexicon);
      // A long word (a URL, a run of characters with no space) is rarely met again: it is not kept.
      if (word.length <= MAX_KNOWN_WORD_LENGTH) {
        if (known.values.size >= MAX_KNOWN_WORDS) known.values.clear();
        known.values.set(word, own);
      }
    }
    const base = (i + PAD) * FIELDS;
    values.set(own, base);
    if (i === 0) {
      // The sentence's first word: its flag, and a capital there is the sentence's, not the word's.
      values[base + FLAGS] |= 32;
      if (values[base + CAPS] === 1) values[base + CAPS] = 2;
    }
    if (i === masked) {
      // A value of its own for each masked word: no weight can learn the word itself.
      values[base + WORD] = maskValue;
      values[base + CASED] = mix(maskValue, 1);
    }
  }
  return values;
}

/** The most words whose values `knownWords` keeps for one lexicon; then it starts afresh. */
const MAX_KNOWN_WORDS = 20_000;
/** The longest word, in UTF-16 units, whose values `knownWords` keeps. */
const MAX_KNOWN_WORD_LENGTH = 64;

/** How many words' values are kept for the model's lexicon (the cache's size: for tests). */
export function knownWordCount(lexicon: Lexicon): number {
  return knownByLexicon.get(lexicon.ambiguity)?.values.size ?? 0;
}
const knownByLexicon = new WeakMap<Map<string, number>, { names?: Map<string, number>; verbs?: Set<string>; values: Map<string, Int32Array> }>();

/** The values of the words met so far, for one lexicon: a word's values are the same in every sentence (but for the first word's, which tokenFeatures sets). */
function knownWords(lexicon: Lexicon): { values: Map<string, Int32Array> } {
  let known = knownByLexicon.get(lexicon.ambiguity);
  if (!known || known.names !== lexicon.names || known.verbs !== lexicon.verbs) {
    knownByLexicon.set(lexicon.ambiguity, (known = { names: lexicon.names, verbs: lexicon.verbs, values: new Map() }));
  }
  return known;
}

/** The FIELDS values of a word inside a sentence (not its first word). */
function wordValues(word: string, lexicon: Lexicon): Int32Array {
  const { ambiguity, names, verbs } = lexicon;
  const values = new Int32Array(FIELDS);
  const lower = word.toLowerCase();
  values[WORD] = hashString(lower);
  values[SUFFIX1] = hashString(lower.slice(-1));
  values[SUFFIX2] = hashString(lower.slice(-2));
  values[SUFFIX3] = hashString(lower.slice(-3));
  values[SUFFIX4] = hashString(lower.slice(-4));
  values[PREFIX1] = hashString(word.slice(0, 1));
  values[SHAPE] = hashString(wordShape(word));
  values[AMBIGUITY] = ambiguity.get(lower) ?? UNKNOWN;
  values[FLAGS] = wordFlags(word);
  values[CASED] = hashString(word);
  values[NAME] = names?.get(lower) ?? 0;
  values[CAPS] = capsKind(word);
  // Only for capitalised words: a lower-case -ed or -ing word is a verb form even when the
  // treebank lacks the verb ("remanded", "commemorating").
  values[STEM] = values[CAPS] > 0 ? stemKind(lower, verbs) : 0;
  values[UNSEEN] = ambiguity.has(lower) ? 0 : 1;
  return values;
}

/** Penn tags of finite verbs: after one, a past-tense form is more likely a participle, a noun in -s a noun. */
const FINITE = new Set(['VBD', 'VBZ', 'VBP', 'MD']);
const finiteClasses = new WeakMap<readonly string[], Uint8Array>();

/** For each joint tag, 1 if its XPOS is a finite verb's. */
function finiteOf(tags: readonly string[]): Uint8Array {
  let found = finiteClasses.get(tags);
  if (!found) finiteClasses.set(tags, (found = Uint8Array.from(tags, (tag) => (FINITE.has(tag.split('\t')[1]) ? 1 : 0))));
  return found;
}

/**
 * Fills `rows` with the feature rows for token `i`; returns how many. `clause` is 0 without the
 * clause feature, else 1 + whether a finite verb was predicted before the word.
 */
function extractFeatures(values: Int32Array, i: number, previous: number, previous2: number, bits: number, rows: Int32Array, lexicon: boolean, clause: number): number {
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
  if (!lexicon) return n;
  // News features: gazetteer names, capitalisation in context, verb stems of -ing/-ed words.
  const caps = values[base + CAPS];
  const name = values[base + NAME];
  const stem = values[base + STEM];
  const unseen = values[base + UNSEEN];
  rows[n++] = bucket(mix(mix(seed(40), name), caps), bits);
  rows[n++] = bucket(mix(mix(mix(seed(41), caps), stem), unseen), bits);
  rows[n++] = bucket(mix(mix(seed(42), caps), values[base + SUFFIX3]), bits);
  rows[n++] = bucket(mix(mix(seed(43), caps), values[after + CAPS]), bits);
  rows[n++] = bucket(mix(mix(mix(seed(44), caps), name), values[after + WORD]), bits);
  rows[n++] = bucket(mix(mix(mix(seed(45), values[before + NAME]), values[before + CAPS]), caps), bits);
  rows[n++] = bucket(mix(mix(mix(seed(46), values[after + NAME]), values[after + CAPS]), caps), bits);
  rows[n++] = bucket(mix(mix(mix(seed(47), name), caps), stem), bits);
  if (clause === 0) return n;
  rows[n++] = bucket(mix(mix(seed(48), clause), values[base + SUFFIX3]), bits);
  rows[n++] = bucket(mix(mix(mix(seed(49), clause), previous), amb), bits);
  return n;
}

/** Tags one sentence; returns the class index of each word. `forced` gives the class of some words (by index) instead of the model. */
export function tagWords(model: TaggerModel, words: TaggerInput, forced?: ReadonlyMap<number, number>): Int32Array {
  const values = tokenFeatures(words, model);
  const lexicon = model.names !== undefined;
  const finite = model.clause ? finiteOf(model.tags) : undefined;
  const rows = model.weights.buffers?.rows ?? new Int32Array(MAX_FEATURES);
  const scores = model.weights.buffers?.scores ?? new Float32Array(model.tags.length);
  const classes = new Int32Array(words.length);
  let previous = NO_TAG;
  let previous2 = NO_TAG;
  let clause = finite ? 1 : 0;
  for (let i = 0; i < words.length; i++) {
    let best = forced?.get(i) ?? -1;
    if (best < 0) {
      const count = extractFeatures(values, i, previous, previous2, model.weights.bits, rows, lexicon, clause);
      model.weights.score(rows, count, scores);
      best = argmax(scores);
    }
    classes[i] = best;
    previous2 = previous;
    previous = best;
    if (finite?.[best]) clause = 2;
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
  /** A word whose identity training must not see (a name put in by nameVariants), by index. */
  masked?: number;
}

/** Options for training the tagger. */
export interface TaggerTrainingOptions {
  epochs: number;
  bits: number;
  /** Pseudo-random generator for shuffling, so that training is repeatable. */
  random: () => number;
  /** Gazetteer name words and base verb forms: the news features (off when absent). */
  names?: Map<string, number>;
  verbs?: Set<string>;
  /** The clause feature (with the news features): whether a finite verb came before. */
  clause?: boolean;
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

/** The gazetteer's lower-case name words (four letters or more) that the treebank never has and whose flags `accept` takes, sorted. */
function unseenNameWords(names: ReadonlyMap<string, number>, known: ReadonlyMap<string, unknown>, accept: (flags: number) => boolean): string[] {
  return [...names]
    .filter(([word, flags]) => accept(flags) && /^[a-z]{4,}$/.test(word) && !known.has(word))
    .map(([word]) => word)
    .sort();
}

/**
 * Copies of training sentences in which one proper noun is replaced by a gazetteer name word the
 * treebank never has, so that the tagger learns from names it cannot have memorised: EWT has
 * hardly any place names, and none that look like verb forms ("Chongqing", "Ahmed"), which are
 * the ones it gets wrong. Half of the replacements are such verb-looking names, a fifth are
 * written in capitals (datelines, headlines). Tags stay those of the original sentence. The new
 * word is masked: training sees its suffixes, shape, capitals and name flags, never the word
 * itself, so what it learns holds for names of the same kind the gazetteer does not have.
 */
export function nameVariants(
  sentences: readonly TaggedSentence[],
  names: ReadonlyMap<string, number>,
  known: ReadonlyMap<string, unknown>,
  random: () => number,
): TaggedSentence[] {
  // Names that start a name and are no demonym ("Burmese" stays an adjective).
  const pool = unseenNameWords(names, known, (flags) => (flags & 1) !== 0 && !(flags & 4));
  const verbLike = pool.filter((word) => /(ing|ed)$/.test(word));
  if (pool.length === 0 || verbLike.length === 0) return [];
  const pick = (list: string[]) => list[Math.floor(random() * list.length)];
  const variants: TaggedSentence[] = [];
  for (const sentence of sentences) {
    const { words, tags } = sentence;
    const isName = (i: number) => i >= 0 && i < words.length && tags[i].startsWith('PROPN\tNNP');
    const candidates = words
      .map((word, i) => i)
      .filter((i) => isName(i) && !isName(i - 1) && !isName(i + 1) && /^[A-Z][a-z]+$/.test(words[i]));
    if (candidates.length === 0) continue;
    // A name opening the sentence half the time it can: there the tagger has the least to go on.
    const at = candidates[0] === 0 && random() < 0.5 ? 0 : candidates[Math.floor(random() * candidates.length)];
    const word = random() < 0.5 ? pick(verbLike) : pick(pool);
    const written = random() < 0.2 ? word.toUpperCase() : word[0].toUpperCase() + word.slice(1);
    variants.push({ words: words.map((w, i) => (i === at ? written : w)), tags, masked: at });
  }
  return variants;
}

/**
 * Copies of training sentences in which an adjective is replaced by a gazetteer demonym the
 * treebank never has: one that opens the sentence before a noun ("Many people ..." → "Sudanese
 * people ..."), or a capitalised one inside it ("the Iraqi army"). Tags stay the original's (ADJ
 * JJ), and the new word is masked as in nameVariants, so that the tagger learns that a demonym is
 * an adjective even where a capital says nothing (at the start of a sentence), rather than reading
 * every unknown capitalised word that opens a sentence as a proper noun.
 */
export function demonymVariants(
  sentences: readonly TaggedSentence[],
  names: ReadonlyMap<string, number>,
  known: ReadonlyMap<string, unknown>,
  random: () => number,
): TaggedSentence[] {
  const pool = unseenNameWords(names, known, (flags) => (flags & 4) !== 0);
  if (pool.length === 0) return [];
  const variants: TaggedSentence[] = [];
  for (const sentence of sentences) {
    const { words, tags } = sentence;
    const isAdjective = (i: number) => tags[i] === 'ADJ\tJJ';
    const isNoun = (i: number) => i < words.length && /^(NOUN|PROPN)\t/.test(tags[i]);
    const candidates = words
      .map((word, i) => i)
      .filter((i) => isAdjective(i) && isNoun(i + 1) && /^[A-Za-z]+$/.test(words[i]) && (i === 0 || /^[A-Z][a-z]+$/.test(words[i])));
    if (candidates.length === 0) continue;
    const at = candidates[Math.floor(random() * candidates.length)];
    const word = pool[Math.floor(random() * pool.length)];
    const written = random() < 0.1 && at > 0 ? word.toUpperCase() : word[0].toUpperCase() + word.slice(1);
    variants.push({ words: words.map((w, i) => (i === at ? written : w)), tags, masked: at });
  }
  return variants;
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
  const prepared = sentences.map((s, index) => ({
    values: tokenFeatures(s.words, { ambiguity, names: options.names, verbs: options.verbs }, s.masked, hashString(`<masked ${index}>`)),
    gold: Int32Array.from(s.tags, (tag) => tagIndex.get(tag)!),
  }));
  const rows = new Int32Array(MAX_FEATURES);
  const scores = new Float32Array(tags.length);
  const order = prepared.map((_, i) => i);
  const clauseOn = options.clause === true && options.names !== undefined;
  const finite = finiteOf(tags);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(order, options.random);
    let correct = 0;
    let total = 0;
    for (const index of order) {
      const { values, gold } = prepared[index];
      let previous = NO_TAG;
      let previous2 = NO_TAG;
      let clause = clauseOn ? 1 : 0;
      for (let i = 0; i < gold.length; i++) {
        const count = extractFeatures(values, i, previous, previous2, options.bits, rows, options.names !== undefined, clause);
        trainer.score(rows, count, scores);
        const guess = argmax(scores);
        if (guess !== gold[i]) trainer.update(rows, count, gold[i], guess);
        else correct++;
        trainer.tick();
        total++;
        previous2 = previous;
        // Condition on the predicted tag, as at run time.
        previous = guess;
        if (clauseOn && finite[guess]) clause = 2;
      }
    }
    options.onEpoch?.(epoch, correct / total, () => ({ tags, ambiguity, names: options.names, verbs: options.verbs, clause: clauseOn || undefined, weights: trainer.toSparse() }));
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
