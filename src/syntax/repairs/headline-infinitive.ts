// Repair: a wire headline states a coming act as a noun phrase and a bare to-infinitive ("Chinese
// president to visit Brazil", "Indian premier to meet Musharraf"), the "is to" of a sentence with
// its auxiliary left out. The parser, finding no finite verb, makes the noun the root and the
// infinitive a clause modifying it, so the noun is no subject of the act. In a sentence with no
// finite verb and no auxiliary at all, an infinitive right after the opening noun phrase is the
// sentence's verb and the phrase its subject. But a plural noun the parser gave a subject of its
// own is a present verb read as a noun ("The Thai premier pledges/NNS to set up an inquiry"): it
// is the verb, and the infinitive its complement.
import { FINITE_TAGS } from '../clause-tags.ts';
import type { ParsedToken } from '../tree.ts';
import { isUnder } from './token-heads.ts';

/** Parts of speech of an opening noun phrase ("the Chinese president", "Japan's premier"). */
const PHRASE = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'PART']);

/** Makes the infinitive after a headline's opening noun phrase ("premier to visit X") the root, with the phrase's noun as subject. */
export function repairHeadlineInfinitive(tokens: ParsedToken[]): void {
  // (with a finite verb or an auxiliary the sentence is no headline fragment)
  if (tokens.some((t) => t.upos === 'AUX' || FINITE_TAGS.has(t.xpos))) return;
  const to = tokens.findIndex((t) => t.form.toLowerCase() === 'to');
  if (to < 1 || tokens[to].upos !== 'PART' || tokens[to + 1]?.upos !== 'VERB' || tokens[to + 1].xpos !== 'VB') return;
  if (tokens.slice(0, to).some((t) => !PHRASE.has(t.upos))) return;
  const verb = to + 1;
  const root = tokens.findIndex((t) => t.head === -1);
  // The noun the phrase hangs on: its last noun or name, with every word before it under it.
  let noun = to - 1;
  while (noun >= 0 && tokens[noun].upos !== 'NOUN' && tokens[noun].upos !== 'PROPN') noun--;
  if (noun < 0 || root !== noun || tokens[verb].head !== noun || tokens.slice(0, to).some((_, k) => !isUnder(tokens, k, noun))) return;
  if (isPresentVerb(tokens, noun)) {
    tokens[noun] = { ...tokens[noun], upos: 'VERB', xpos: 'VBZ' };
    tokens[verb] = { ...tokens[verb], deprel: 'xcomp' };
    tokens[to] = { ...tokens[to], head: verb, deprel: 'mark' };
    return;
  }
  tokens.forEach((t, k) => {
    if (k > verb && t.head === noun) tokens[k] = { ...t, head: verb };
  });
  tokens[verb] = { ...tokens[verb], head: -1, deprel: 'root' };
  tokens[noun] = { ...tokens[noun], head: verb, deprel: 'nsubj' };
  tokens[to] = { ...tokens[to], head: verb, deprel: 'mark' };
}

/** Whether noun `noun` is a present verb read as a plural noun: an -s form of its lemma with a subject of its own before it. */
function isPresentVerb(tokens: readonly ParsedToken[], noun: number): boolean {
  const { xpos, form, lemma } = tokens[noun];
  const lower = form.toLowerCase();
  if (xpos !== 'NNS' || (lower !== `${lemma}s` && lower !== `${lemma}es`)) return false;
  return tokens.some((t, k) => k < noun && t.head === noun && t.deprel === 'nsubj');
}
