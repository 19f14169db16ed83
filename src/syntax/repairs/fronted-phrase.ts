// Repair: a phrase that opens the sentence before its subject ("In 2003 the United States imposed
// sanctions", "On Monday, Chinese police detained ...", "Angry at the verdict, nationalists
// attacked ...") is parsed as the root, with the clause hung on it as a conjunct, a participle or
// a subject clause. When the clause's verb has a subject of its own and every word before that
// subject belongs to the phrase, the verb is the root and the phrase its modifier.
import type { ParsedToken } from '../tree.ts';
import { isUnder } from './token-heads.ts';

/** Relations by which the parser hangs a clause on a phrase it took for the root. */
const HUNG = new Set(['conj', 'acl', 'csubj', 'parataxis', 'ccomp', 'advcl', 'appos']);

/** Makes the clause after an opening phrase taken for the root the sentence's root, with the phrase as its modifier. */
export function repairFrontedPhrase(tokens: ParsedToken[]): void {
  const root = tokens.findIndex((token) => token.head === -1);
  if (root < 0 || !['NOUN', 'PROPN', 'NUM', 'ADJ'].includes(tokens[root].upos)) return;
  const children = tokens.flatMap((t, k) => (t.head === root ? [k] : []));
  const verb = children.find((k) => k > root && tokens[k].upos === 'VERB' && HUNG.has(tokens[k].deprel));
  if (verb === undefined || children.some((k) => k !== verb && /^(nsubj|csubj|cop|aux|expl)/.test(tokens[k].deprel))) return;
  const subject = tokens.findIndex((t) => t.head === verb && t.deprel.startsWith('nsubj'));
  if (subject < 0 || subject < root || subject > verb) return;
  // The subject's own words (determiner, adjectives) come first; every word before them is the phrase's.
  let first = subject;
  while (first > 0 && isUnder(tokens, first - 1, subject)) first--;
  for (let k = 0; k < first; k++) if (!isUnder(tokens, k, root) || isUnder(tokens, k, verb)) return;
  // An opening phrase is a prepositional or adjective phrase, or one set off by a comma; a bare
  // noun right before a subject and verb has a relative clause ("the plan Iran proposed").
  const marked = children.some((k) => tokens[k].deprel === 'case');
  if (!marked && tokens[root].upos !== 'ADJ' && tokens[first - 1]?.form !== ',' && tokens[first].form !== ',') return;
  // Words hung on the phrase after the subject ("." at the end) are the clause's.
  tokens.forEach((t, k) => {
    if (t.head === root && k > first) tokens[k] = { ...t, head: verb };
  });
  const relation = tokens[root].upos === 'ADJ' ? 'advcl' : marked ? 'obl' : 'obl:unmarked';
  tokens[verb] = { ...tokens[verb], head: -1, deprel: 'root' };
  tokens[root] = { ...tokens[root], head: verb, deprel: relation };
}
