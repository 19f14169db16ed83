// Text stage on UD English EWT rebuilt as raw text: sentence and word F1 (CoNLL 2018 style,
// exact character spans) and speed. Run: node --import tsx bench/text.ts [--json] [--split dev|test] [--errors N]
import { join } from 'node:path';
import { DEFAULT_UD_ROOT } from '../src/core/paths.ts';
import type { Span } from '../src/core/span.ts';
import { readConllu } from '../src/syntax/conllu.ts';
import { segmentText } from '../src/text/stage.ts';
import { rebuildRawDocuments, scoreSpans, sumScores, type SpanScore } from '../src/evaluation/ud-raw.ts';
import { benchOptions, benchUsageError } from './lib/bench-options.ts';

const { values } = benchOptions('bench:text', {
  json: { type: 'boolean', default: false },
  split: { type: 'string', default: 'dev' },
  errors: { type: 'string', default: '0' },
});
const split = values.split ?? 'dev';
if (split !== 'dev' && split !== 'test' && split !== 'train') {
  benchUsageError('bench:text', `--split takes dev, test or train, not "${split}"`);
}
const shown = Number(values.errors);
const path = join(DEFAULT_UD_ROOT, `UD_English-EWT/en_ewt-ud-${split}.conllu`);
const documents = rebuildRawDocuments(readConllu(path));
const textMismatches = documents
  .flatMap((d) => d.sentences.map((s) => d.text.slice(s.span.start, s.span.end) !== s.gold.text))
  .filter(Boolean).length;

const goldWords = documents.reduce((sum, d) => sum + d.sentences.reduce((n, s) => n + s.words.length, 0), 0);
const results = documents.map((document) => segmentText(document.text));

// Speed: a warm-up pass, then the best of three timed passes over every document.
let best = Infinity;
for (let round = 0; round < 4; round++) {
  const started = process.hrtime.bigint();
  for (const document of documents) segmentText(document.text);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (round > 0) best = Math.min(best, seconds);
}

const sentenceScores: SpanScore[] = [];
const wordScores: SpanScore[] = [];
const wordErrors: string[] = [];
const sentenceErrors: string[] = [];
documents.forEach((document, index) => {
  const result = results[index];
  const goldSentences = document.sentences.map((s) => s.span);
  const predictedSentences = result.sentences.map((s): Span => ({ start: s.start, end: s.end }));
  const goldWordSpans = document.sentences.flatMap((s) => s.words);
  const predictedWords = result.sentences.flatMap((s) => s.tokens.map((t): Span => ({ start: t.start, end: t.end })));
  sentenceScores.push(scoreSpans(goldSentences, predictedSentences));
  wordScores.push(scoreSpans(goldWordSpans, predictedWords));
  collectErrors(document.text, goldWordSpans, predictedWords, wordErrors);
  collectErrors(document.text, goldSentences, predictedSentences, sentenceErrors);
});

const sentences = sumScores(sentenceScores);
const words = sumScores(wordScores);
const report = {
  split,
  documents: documents.length,
  words: goldWords,
  sentenceF1: round4(sentences.f1),
  sentencePrecision: round4(sentences.precision),
  sentenceRecall: round4(sentences.recall),
  wordF1: round4(words.f1),
  wordPrecision: round4(words.precision),
  wordRecall: round4(words.recall),
  wordsPerSecond: Math.round(goldWords / best),
};
if (values.json) console.log(JSON.stringify(report));
else {
  console.log(`UD English EWT ${split}: ${report.documents} documents, ${report.words} words`);
  console.log(`sentences  F1 ${report.sentenceF1}  (P ${report.sentencePrecision}, R ${report.sentenceRecall})`);
  console.log(`words      F1 ${report.wordF1}  (P ${report.wordPrecision}, R ${report.wordRecall})`);
  console.log(`speed      ${report.wordsPerSecond} words/s`);
  if (textMismatches) console.log(`note: ${textMismatches} sentences whose "# text" differs from their words`);
}
if (shown > 0) {
  const top = (list: string[]) => [...count(list)].sort((a, b) => b[1] - a[1]).slice(0, shown);
  console.log('\nword errors (gold => predicted, in context):');
  for (const [error, n] of top(wordErrors)) console.log(`${n}\t${error}`);
  console.log('\nsentence errors:');
  for (const [error] of top(sentenceErrors)) console.log(`\t${error}`);
}

/** Records unmatched gold spans with the predicted spans that overlap them. */
function collectErrors(text: string, gold: Span[], predicted: Span[], into: string[]): void {
  if (shown <= 0) return;
  const predictedKeys = new Set(predicted.map((s) => `${s.start}:${s.end}`));
  let p = 0;
  for (const span of gold) {
    if (predictedKeys.has(`${span.start}:${span.end}`)) continue;
    while (p < predicted.length && predicted[p].end <= span.start) p++;
    const overlapping: string[] = [];
    for (let q = p; q < predicted.length && predicted[q].start < span.end; q++) overlapping.push(text.slice(predicted[q].start, predicted[q].end));
    const clip = (s: string) => (s.length > 80 ? `${s.slice(0, 38)} … ${s.slice(-38)}` : s).replace(/\n/g, '⏎');
    into.push(`${clip(text.slice(span.start, span.end))} => ${overlapping.map(clip).join(' | ')}`);
  }
}

function count(list: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of list) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
}

function round4(value: number): number {
  return Math.round(value * 10000) / 10000;
}
