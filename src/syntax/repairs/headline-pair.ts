// Repair: a headline writes "and" between two actors as a comma ("Russia, Georgia agree to
// talks", "Sudan, rebels sign truce"); the parser leaves the first name outside the subject (a
// vocative, an unmarked oblique). The first name becomes the subject, and the second its conjunct.
import type { ParsedToken } from '../tree.ts';

/** Relations the parser gives the first name of a headline pair that leave it outside the subject. */
const STRANDED = new Set(['vocative', 'obl:unmarked', 'appos', 'dep', 'parataxis', 'nmod:unmarked']);

/** True for a headline: no closing punctuation. */
function isHeadline(tokens: readonly ParsedToken[]): boolean {
  const last = tokens[tokens.length - 1];
  return last !== undefined && last.upos !== 'PUNCT';
}

/** Makes "A, B verb ..." at the start of a headline a coordinated subject "A (and) B". */
export function repairHeadlinePair(tokens: ParsedToken[]): void {
  if (tokens.length < 4 || !isHeadline(tokens)) return;
  const [first, comma] = tokens;
  if (first.upos !== 'PROPN' || comma.form !== ',' || !STRANDED.has(first.deprel)) return;
  // The subject of the verb the first name hangs on, right after the comma's phrase.
  const verb = first.head;
  if (verb < 0 || tokens[verb].upos !== 'VERB') return;
  const subject = tokens.findIndex((token, k) => k >= 2 && k < verb && token.head === verb && token.deprel === 'nsubj');
  if (subject < 0 || tokens.slice(2, subject).some((token) => token.upos === 'VERB' || token.upos === 'PUNCT')) return;
  tokens[0] = { ...first, deprel: 'nsubj' };
  tokens[subject] = { ...tokens[subject], head: 0, deprel: 'conj' };
  tokens[1] = { ...comma, head: subject, deprel: 'punct' };
}
