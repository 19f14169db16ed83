// Lemma accuracy of the shipped table with GOLD upos/xpos, so it measures the lemmatizer alone.
// Usage: node --import tsx bench/lemmas.ts [--json] [--ud DIR] [--table FILE]
// Tune on dev only; test and GUM test are for reporting.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { readConllu, type ConlluWord } from '../src/syntax/conllu.ts';
import { DEFAULT_LEMMA_TABLE_PATH, loadLemmatizer, type Lemmatizer } from '../src/syntax/lemmatize.ts';
import { DEFAULT_UD_ROOT } from '../src/core/paths.ts';
import { benchOptions } from './lib/bench-options.ts';

interface SetResult {
  name: string;
  words: number;
  accuracy: number;
  /** Accuracy on words whose lowercased form never occurs in EWT train. */
  unseenWords: number;
  unseenAccuracy: number;
  /** Accuracy on words EWT gives a real lemma (its "_" marks unlemmatized e-mail header words). */
  lemmatizedAccuracy: number;
}

const { values } = benchOptions('bench:lemmas', {
  json: { type: 'boolean', default: false },
  ud: { type: 'string', default: DEFAULT_UD_ROOT },
  table: { type: 'string', default: DEFAULT_LEMMA_TABLE_PATH },
});

const lemmatizer = loadLemmatizer(values.table);
const wordsOf = (path: string) => readConllu(join(values.ud!, path)).flatMap((sentence) => sentence.words);
const trainForms = new Set(wordsOf('UD_English-EWT/en_ewt-ud-train.conllu').map((word) => word.form.toLowerCase()));
const sets = {
  'EWT dev': wordsOf('UD_English-EWT/en_ewt-ud-dev.conllu'),
  'EWT test': wordsOf('UD_English-EWT/en_ewt-ud-test.conllu'),
  'GUM test': wordsOf('UD_English-GUM/en_gum-ud-test.conllu'),
};

function score(name: string, words: ConlluWord[], model: Lemmatizer): SetResult {
  let right = 0;
  let unseen = 0;
  let unseenRight = 0;
  let lemmatized = 0;
  let lemmatizedRight = 0;
  for (const word of words) {
    const correct = model.lemmatize(word.form, word.upos, word.xpos) === word.lemma;
    if (correct) right++;
    if (!trainForms.has(word.form.toLowerCase())) {
      unseen++;
      if (correct) unseenRight++;
    }
    if (word.lemma !== '_') {
      lemmatized++;
      if (correct) lemmatizedRight++;
    }
  }
  return {
    name,
    words: words.length,
    accuracy: right / words.length,
    unseenWords: unseen,
    unseenAccuracy: unseenRight / unseen,
    lemmatizedAccuracy: lemmatizedRight / lemmatized,
  };
}

const results = Object.entries(sets).map(([name, words]) => score(name, words, lemmatizer));

const errors = new Map<string, number>();
for (const word of sets['EWT dev']) {
  const predicted = lemmatizer.lemmatize(word.form, word.upos, word.xpos);
  if (predicted === word.lemma) continue;
  const key = `${word.form}\t${word.upos}/${word.xpos}\tgold ${word.lemma}\tgot ${predicted}`;
  errors.set(key, (errors.get(key) ?? 0) + 1);
}
const topErrors = [...errors].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 20);

// Speed: every word of the three sets, several passes, after a warm-up pass.
const all = Object.values(sets).flat();
const forms = all.map((word) => word.form);
const upos = all.map((word) => word.upos);
const xpos = all.map((word) => word.xpos);
let checksum = 0;
const pass = () => {
  for (let index = 0; index < forms.length; index++) checksum += lemmatizer.lemmatize(forms[index], upos[index], xpos[index]).length;
};
pass();
const passes = 20;
const started = performance.now();
for (let index = 0; index < passes; index++) pass();
const seconds = (performance.now() - started) / 1000;
const wordsPerSecond = Math.round((forms.length * passes) / seconds);
const tableBytes = statSync(values.table!).size;

if (values.json) {
  console.log(JSON.stringify({ table: values.table, tableBytes, results, wordsPerSecond, topDevErrors: topErrors, checksum }, null, 2));
} else {
  console.log(`table ${values.table}: ${(tableBytes / 1024).toFixed(1)} KiB`);
  for (const result of results) {
    console.log(
      `${result.name.padEnd(9)} ${result.words} words  accuracy ${result.accuracy.toFixed(4)}  ` +
        `(excluding "_" gold ${result.lemmatizedAccuracy.toFixed(4)})  ` +
        `unseen ${result.unseenWords} words ${result.unseenAccuracy.toFixed(4)}`,
    );
  }
  console.log(`speed ${(wordsPerSecond / 1e6).toFixed(2)} M words/s`);
  console.log('\n20 most frequent errors on EWT dev (form, upos/xpos, gold, got: count):');
  for (const [key, count] of topErrors) console.log(`  ${key}: ${count}`);
}
