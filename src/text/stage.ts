import type { Dateline, Document, Sentence, Token } from '../core/document.ts';
import type { Stage } from '../core/pipeline.ts';
import { findNormalizedCredit, findNormalizedDateline, toOriginalDateline } from './dateline.ts';
import { normalizeText, type NormalizedText } from './normalize.ts';
import { splitLongSentence } from './long-sentences.ts';
import { splitSentences } from './sentences.ts';
import { isSpace, tokenizeNormalized, type RawToken } from './tokenize.ts';

/** The text layers of one document: its dateline, if any, and its sentences of tokens. */
export interface SegmentedText {
  dateline?: Dateline;
  sentences: Sentence[];
}

/**
 * Normalises, finds the dateline, splits sentences and tokenises. A dateline becomes a sentence
 * of its own (place, brackets, agency, dash) and the report's first sentence starts after its
 * dash: glued to the first clause, "TEHRAN (Reuters) - Iran said ..." would reach the parser as
 * one odd sentence whose subject is "TEHRAN", while on its own the dateline is a harmless
 * fragment and the first real sentence parses as written. `doc.dateline` still marks its span.
 * A bare agency credit ("AP - The man ...") is likewise a sentence of its own, with no dateline.
 * A sentence longer than `MAX_SENTENCE_TOKENS` is cut into pieces (see `splitLongSentence`).
 */
export function segmentText(text: string): SegmentedText {
  const normalized = normalizeText(text);
  const found = findNormalizedDateline(normalized.text);
  const sentences: Sentence[] = [];
  let bodyStart = 0;
  // A bare agency credit ("AP - ") is split off the same way, but is no dateline: it has no place.
  const opening = found ?? findNormalizedCredit(normalized.text);
  if (opening) {
    const tokens = tokenizeNormalized(normalized.text, opening.start, opening.end);
    if (tokens.length) sentences.push(toSentence(normalized, text, tokens));
    bodyStart = opening.bodyStart;
  }
  const tokens = tokenizeNormalized(normalized.text, bodyStart);
  for (const group of splitSentences(normalized.text, tokens)) {
    for (const piece of splitLongSentence(normalized.text, group)) sentences.push(toSentence(normalized, text, piece));
  }
  return found ? { dateline: toOriginalDateline(normalized, found), sentences } : { sentences };
}

/** The text stage: fills `doc.dateline` and `doc.sentences` from `doc.text`. */
export function textStage(): Stage {
  return {
    name: 'text',
    requires: ['text'],
    produces: ['dateline', 'sentences', 'tokens'],
    run(doc: Document): Document {
      const { dateline, sentences } = segmentText(doc.text);
      return { ...doc, dateline, sentences };
    },
  };
}

function toSentence(normalized: NormalizedText, original: string, group: readonly RawToken[]): Sentence {
  const { offsets } = normalized;
  const tokens: Token[] = group.map((raw) => {
    const start = offsets[raw.start];
    const end = offsets[raw.end];
    return {
      start,
      end,
      text: original.slice(start, end),
      form: normalized.text.slice(raw.start, raw.end),
      // Read from the normalised text, so that " #39;s" does not put a space before "'s".
      spaceAfter: raw.end < normalized.text.length && isSpace(normalized.text.charCodeAt(raw.end)),
    };
  });
  return { start: tokens[0].start, end: tokens[tokens.length - 1].end, tokens };
}
