import type { RawToken } from './tokenize.ts';

/**
 * The most tokens one sentence may have. News sentences stay far below it (the longest of the
 * 1,900 AG News leads has 57); a text with no sentence breaks would otherwise reach the parser and
 * the event rules as one sentence whose cost grows faster than its length.
 */
export const MAX_SENTENCE_TOKENS = 150;

/** Punctuation after which a clause may end: ; , : and dashes. */
const CLAUSE_ENDS = new Set([';', ',', ':', '-', '--', '\u2013', '\u2014']);

/**
 * Cuts a sentence longer than `limit` tokens into pieces of at most `limit` tokens, each ending
 * after the last clause punctuation in the second half of its window (or at the limit when there
 * is none), so that coding time stays linear in the length of the text.
 */
export function splitLongSentence(text: string, tokens: readonly RawToken[], limit = MAX_SENTENCE_TOKENS): RawToken[][] {
  if (tokens.length <= limit) return [tokens as RawToken[]];
  const pieces: RawToken[][] = [];
  let start = 0;
  while (tokens.length - start > limit) {
    let cut = start + limit;
    for (let k = start + limit - 1; k >= start + Math.floor(limit / 2); k--) {
      if (CLAUSE_ENDS.has(text.slice(tokens[k].start, tokens[k].end))) {
        cut = k + 1;
        break;
      }
    }
    pieces.push(tokens.slice(start, cut));
    start = cut;
  }
  pieces.push(tokens.slice(start));
  return pieces;
}
