// Repair: "Talks between Sudan and the rebels will resume next month" is misread as two clauses:
// the noun before "between" becomes the root, and "and" opens a second clause whose subject is the
// second party ("the rebels will resume", conj of "Talks"). "between" always takes two parties, so
// the words after "and" are the second party: it becomes a conjunct of the first, and the verb takes
// the noun's place with the noun as its subject.
import type { ParsedToken } from '../tree.ts';

/** Rebuilds "N between X and Y V" as V(nsubj N(nmod X(conj Y))) where the parser made Y the subject of a clause conjoined to N. */
export function repairBetweenPair(tokens: ParsedToken[]): void {
  for (let between = 1; between < tokens.length; between++) {
    if (tokens[between].form.toLowerCase() !== 'between' || tokens[between].deprel !== 'case') continue;
    const first = tokens[between].head;
    const noun = first >= 0 ? tokens[first].head : -1;
    if (first <= between || noun < 0 || noun >= between || tokens[first].deprel !== 'nmod') continue;
    // The "and" right after the first party's phrase, hung on a verb conjoined to the noun.
    const and = tokens.findIndex((t, k) => k > first && t.upos === 'CCONJ' && t.form.toLowerCase() === 'and');
    if (and < 0 || tokens.some((t, k) => k > first && k < and && t.head !== first && tokens[t.head]?.head !== first)) continue;
    const verb = tokens[and].head;
    if (verb <= and || tokens[verb].upos !== 'VERB' || tokens[verb].head !== noun || tokens[verb].deprel !== 'conj') continue;
    const second = tokens.findIndex((t, k) => k > and && k < verb && t.head === verb && t.deprel.startsWith('nsubj'));
    if (second < 0 || tokens[second].upos === 'PRON') continue;
    const passive = tokens.some((t) => t.head === verb && t.deprel === 'aux:pass');
    tokens.forEach((t, k) => {
      if (t.head === noun && k > verb) tokens[k] = { ...t, head: verb };
    });
    tokens[verb] = { ...tokens[verb], head: tokens[noun].head, deprel: tokens[noun].deprel };
    tokens[noun] = { ...tokens[noun], head: verb, deprel: passive ? 'nsubj:pass' : 'nsubj' };
    tokens[second] = { ...tokens[second], head: first, deprel: 'conj' };
    tokens[and] = { ...tokens[and], head: second, deprel: 'cc' };
    return;
  }
}
