// Repair: a coordinated subject whose second part carries modifiers the tagger misreads ("Kenya
// and the ever cautious Uganda welcomed ...": "cautious" a noun) comes out as several subjects of
// one verb, and the events stage would take the first alone. With a conjunction between them, the
// later subjects become conjuncts of the first.
import type { ParsedToken } from '../tree.ts';

/** Joins the subjects of one verb that a coordinating conjunction separates into one coordination. */
export function repairSplitSubjects(tokens: ParsedToken[]): void {
  for (let verb = 0; verb < tokens.length; verb++) {
    const subjects = tokens.flatMap((token, k) => (token.head === verb && token.deprel === 'nsubj' && k < verb ? [k] : []));
    if (subjects.length < 2) continue;
    const [first] = subjects;
    const last = subjects[subjects.length - 1];
    const joined = tokens.some((token, k) => k > first && k < last && token.upos === 'CCONJ');
    if (!joined) continue;
    for (const subject of subjects.slice(1)) tokens[subject] = { ...tokens[subject], head: first, deprel: 'conj' };
  }
}
