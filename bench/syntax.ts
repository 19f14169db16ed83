// Tagger and parser accuracy, CoNLL 2018 style (every word, punctuation included; LAS on the
// universal part of the relation), on EWT test and GUM test, first with gold tokenisation and
// then from raw text through the text stage; plus speed and model size.
// Run: npm run bench:syntax -- [--json] [--model FILE] [--no-control] [--no-name-tags]
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_UD_ROOT } from '../src/core/paths.ts';
import type { Span } from '../src/core/span.ts';
import { analyzeSentence } from '../src/syntax/analyze.ts';
import { readConllu, type ConlluSentence } from '../src/syntax/conllu.ts';
import { loadObjectControlVerbs } from '../src/syntax/control.ts';
import { loadLemmatizer } from '../src/syntax/lemmatize.ts';
import { readNameWords } from '../src/syntax/name-words.ts';
import { DEFAULT_SYNTAX_MODEL, loadSyntaxModel, type SyntaxModel } from '../src/syntax/model-file.ts';
import { segmentText } from '../src/text/stage.ts';
import { alignSpans, rebuildRawDocuments, scoreSpans, sumScores } from '../src/evaluation/ud-raw.ts';
import { benchOptions } from './lib/bench-options.ts';

const { values } = benchOptions('bench:syntax', {
  json: { type: 'boolean', default: false },
  'no-control': { type: 'boolean', default: false },
  'no-name-tags': { type: 'boolean', default: false },
  model: { type: 'string' },
  ud: { type: 'string', default: DEFAULT_UD_ROOT },
});
const modelPath = values.model ?? DEFAULT_SYNTAX_MODEL;
const loadStarted = performance.now();
const model = loadSyntaxModel(modelPath);
const modelLoadMs = performance.now() - loadStarted;
const lemmatizer = loadLemmatizer();
// --no-control measures the parser alone, without the object-control relabelling.
const objectControl = values['no-control'] ? undefined : loadObjectControlVerbs();
// --no-name-tags leaves out the tag repairs of news names (src/syntax/name-tags.ts), as the syntax stage runs them.
const names = values['no-name-tags'] ? undefined : { known: model.tagger.ambiguity, names: model.tagger.names ?? readNameWords() };
const modelBytes = statSync(modelPath).size;

const universal = (label: string) => label.split(':')[0];

/** Gold tokenisation: tag and parse each gold sentence's words. */
function scoreGold(sentences: readonly ConlluSentence[]) {
  let upos = 0, xpos = 0, uas = 0, las = 0, lemma = 0, total = 0;
  for (const sentence of sentences) {
    const analysis = analyzeSentence(model, lemmatizer, sentence.words.map((w) => w.form), objectControl, names);
    sentence.words.forEach((word, i) => {
      total++;
      if (analysis.upos[i] === word.upos) upos++;
      if (analysis.xpos[i] === word.xpos) xpos++;
      if (analysis.lemma[i] === word.lemma) lemma++;
      if (analysis.head[i] === word.head - 1) {
        uas++;
        if (universal(analysis.deprel[i]) === universal(word.deprel)) las++;
      }
    });
  }
  return { upos: upos / total, xpos: xpos / total, lemma: lemma / total, uas: uas / total, las: las / total, words: total };
}

/** Raw text: segment, tag and parse, then align words by character span (CoNLL 2018 F1). */
function scoreRaw(sentences: readonly ConlluSentence[]) {
  const documents = rebuildRawDocuments(sentences);
  const sentenceScores = [];
  const wordScores = [];
  let upos = 0, uas = 0, las = 0, goldWords = 0, predictedWords = 0;
  for (const document of documents) {
    const gold = document.sentences.flatMap((s) =>
      s.words.map((span, i) => ({ span, word: s.gold.words[i], offset: 0 })),
    );
    // Gold heads as indices into the document's word list.
    let base = 0;
    const goldHead: number[] = [];
    for (const s of document.sentences) {
      s.gold.words.forEach((word) => goldHead.push(word.head === 0 ? -1 : base + word.head - 1));
      base += s.words.length;
    }
    const segmented = segmentText(document.text);
    const predicted: { span: Span; upos: string; head: number; deprel: string }[] = [];
    for (const sentence of segmented.sentences) {
      const analysis = analyzeSentence(model, lemmatizer, sentence.tokens.map((t) => t.form), objectControl, names);
      const offset = predicted.length;
      sentence.tokens.forEach((token, i) =>
        predicted.push({
          span: { start: token.start, end: token.end },
          upos: analysis.upos[i],
          head: analysis.head[i] === -1 ? -1 : offset + analysis.head[i],
          deprel: analysis.deprel[i],
        }),
      );
    }
    sentenceScores.push(scoreSpans(document.sentences.map((s) => s.span), segmented.sentences.map((s) => ({ start: s.start, end: s.end }))));
    wordScores.push(scoreSpans(gold.map((g) => g.span), predicted.map((p) => p.span)));
    const alignment = alignSpans(gold.map((g) => g.span), predicted.map((p) => p.span));
    predicted.forEach((p, i) => {
      const g = alignment[i];
      if (g === -1) return;
      if (p.upos === gold[g].word.upos) upos++;
      const headMatches = p.head === -1 ? goldHead[g] === -1 : alignment[p.head] !== -1 && alignment[p.head] === goldHead[g];
      if (headMatches) {
        uas++;
        if (universal(p.deprel) === universal(gold[g].word.deprel)) las++;
      }
    });
    goldWords += gold.length;
    predictedWords += predicted.length;
  }
  const f1 = (correct: number) => (2 * correct) / (goldWords + predictedWords);
  return {
    sentence_f1: sumScores(sentenceScores).f1,
    token_f1: sumScores(wordScores).f1,
    upos: f1(upos),
    uas: f1(uas),
    las: f1(las),
  };
}

/** Words per second for tagging plus parsing (with lemmas), one thread, best of three passes. */
function measureSpeed(sentences: readonly ConlluSentence[], syntax: SyntaxModel): number {
  const forms = sentences.map((s) => s.words.map((w) => w.form));
  const words = forms.reduce((sum, f) => sum + f.length, 0);
  let best = Infinity;
  for (let round = 0; round < 4; round++) {
    const started = performance.now();
    for (const sentence of forms) analyzeSentence(syntax, lemmatizer, sentence, objectControl);
    const elapsed = performance.now() - started;
    if (round > 0) best = Math.min(best, elapsed);
  }
  return words / (best / 1000);
}

const ewtTest = readConllu(join(values.ud!, 'UD_English-EWT/en_ewt-ud-test.conllu'));
const gumTest = readConllu(join(values.ud!, 'UD_English-GUM/en_gum-ud-test.conllu'));
const ewtGold = scoreGold(ewtTest);
const ewtRaw = scoreRaw(ewtTest);
const gumGold = scoreGold(gumTest);
const wordsPerSecond = measureSpeed(ewtTest, model);

const round = (value: number) => Math.round(value * 10000) / 10000;
const report = {
  ewt_gold: { upos: round(ewtGold.upos), xpos: round(ewtGold.xpos), lemma: round(ewtGold.lemma), uas: round(ewtGold.uas), las: round(ewtGold.las) },
  ewt_raw: Object.fromEntries(Object.entries(ewtRaw).map(([k, v]) => [k, round(v)])),
  gum_gold: { upos: round(gumGold.upos), lemma: round(gumGold.lemma), uas: round(gumGold.uas), las: round(gumGold.las) },
  words_per_second: Math.round(wordsPerSecond),
  model_load_ms: Math.round(modelLoadMs),
  model_bytes: modelBytes,
};

if (values.json) {
  console.log(JSON.stringify(report));
} else {
  const pct = (v: number) => (v * 100).toFixed(2).padStart(6);
  console.log('Parley syntax benchmark (CoNLL 2018 scoring: all words, universal relations)');
  console.log(`                      UPOS   XPOS  LEMMA    UAS    LAS`);
  console.log(`EWT test, gold tok  ${pct(ewtGold.upos)} ${pct(ewtGold.xpos)} ${pct(ewtGold.lemma)} ${pct(ewtGold.uas)} ${pct(ewtGold.las)}`);
  console.log(`EWT test, raw text  ${pct(ewtRaw.upos)}      -      - ${pct(ewtRaw.uas)} ${pct(ewtRaw.las)}   (sentence F1 ${pct(ewtRaw.sentence_f1)}, word F1 ${pct(ewtRaw.token_f1)})`);
  console.log(`GUM test, gold tok  ${pct(gumGold.upos)}      - ${pct(gumGold.lemma)} ${pct(gumGold.uas)} ${pct(gumGold.las)}`);
  console.log(`speed: ${report.words_per_second} words/s tagging + parsing, one thread`);
  console.log(`model: ${(modelBytes / 1048576).toFixed(1)} MB, loaded in ${report.model_load_ms} ms`);
}
