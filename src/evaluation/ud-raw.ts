import type { Span } from '../core/span.ts';
import { wordSpaceAfter, type ConlluSentence } from '../syntax/conllu.ts';

/** One document of a treebank rebuilt as raw text, with the gold span of every sentence and word. */
export interface RawDocument {
  text: string;
  /** Gold sentences, in order, with the CoNLL-U sentence each came from. */
  sentences: { span: Span; gold: ConlluSentence; words: Span[] }[];
}

/**
 * Rebuilds the raw text of a treebank split, one string per document: sentences of a paragraph
 * joined by a space, paragraphs ("# newpar") by a line break. Words are laid out from their forms
 * and SpaceAfter, so every gold word has an exact character span. The words of a multiword token
 * ("don't" = "do" + "n't") get consecutive sub-spans when their forms spell the token, and
 * otherwise all share the token's span (and so can never be matched exactly).
 */
export function rebuildRawDocuments(sentences: readonly ConlluSentence[]): RawDocument[] {
  const documents: RawDocument[] = [];
  let current: RawDocument | undefined;
  for (const sentence of sentences) {
    if (!current || sentence.newDocument) {
      current = { text: '', sentences: [] };
      documents.push(current);
    } else {
      current.text += sentence.newParagraph ? '\n' : ' ';
    }
    const start = current.text.length;
    const { text, words } = layOutSentence(sentence, start);
    current.text += text;
    current.sentences.push({ span: { start, end: start + text.length }, gold: sentence, words });
  }
  return documents;
}

/** The raw text of a split: documents separated by a blank line. */
export function joinRawDocuments(documents: readonly RawDocument[]): string {
  return documents.map((document) => document.text).join('\n\n');
}

function layOutSentence(sentence: ConlluSentence, offset: number): { text: string; words: Span[] } {
  let text = '';
  const words: Span[] = [];
  const count = sentence.words.length;
  for (let index = 0; index < count; ) {
    const multiword = sentence.multiwords.find((m) => m.first === index);
    const start = offset + text.length;
    if (multiword) {
      text += multiword.form;
      const parts = sentence.words.slice(multiword.first, multiword.last + 1).map((w) => w.form);
      if (parts.join('') === multiword.form) {
        let at = start;
        for (const part of parts) {
          words.push({ start: at, end: at + part.length });
          at += part.length;
        }
      } else {
        for (const _ of parts) words.push({ start, end: start + multiword.form.length });
      }
      index = multiword.last + 1;
      if (multiword.spaceAfter && index < count) text += ' ';
      continue;
    }
    text += sentence.words[index].form;
    words.push({ start, end: offset + text.length });
    if (wordSpaceAfter(sentence, index) && index + 1 < count) text += ' ';
    index++;
  }
  return { text, words };
}

/** Precision, recall and F1 of predicted spans against gold spans; a span matches only exactly. */
export interface SpanScore {
  gold: number;
  predicted: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Scores predicted spans against gold spans, CoNLL 2018 style: equal character spans match. */
export function scoreSpans(gold: readonly Span[], predicted: readonly Span[]): SpanScore {
  const keys = new Set(gold.map((span) => `${span.start}:${span.end}`));
  let matched = 0;
  for (const span of predicted) {
    const key = `${span.start}:${span.end}`;
    if (keys.delete(key)) matched++;
  }
  return spanScore(gold.length, predicted.length, matched);
}

/** Adds up several scores (for example one per document) into one. */
export function sumScores(scores: readonly SpanScore[]): SpanScore {
  let gold = 0;
  let predicted = 0;
  let matched = 0;
  for (const score of scores) {
    gold += score.gold;
    predicted += score.predicted;
    matched += score.matched;
  }
  return spanScore(gold, predicted, matched);
}

/**
 * Pairs each predicted span with the gold span of the same extent, for scoring later layers
 * (tags, heads) on raw-text input: `alignment[i]` is the index in `gold` of predicted span i, or -1.
 */
export function alignSpans(gold: readonly Span[], predicted: readonly Span[]): Int32Array {
  const index = new Map<string, number>();
  gold.forEach((span, i) => index.set(`${span.start}:${span.end}`, i));
  const alignment = new Int32Array(predicted.length).fill(-1);
  predicted.forEach((span, i) => {
    const found = index.get(`${span.start}:${span.end}`);
    if (found !== undefined) alignment[i] = found;
  });
  return alignment;
}

function spanScore(gold: number, predicted: number, matched: number): SpanScore {
  const precision = predicted ? matched / predicted : 0;
  const recall = gold ? matched / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { gold, predicted, matched, precision, recall, f1 };
}
