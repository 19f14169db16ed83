// Repair: a coordinated subject whose second part carries modifiers the tagger misreads ("Kenya
// and the ever cautious Uganda welcomed ...": "cautious" a noun) comes out as several subjects of
// one verb, and the events stage would take the first alone. With a conjunction between them, the
// later subjects become conjuncts of the first.
import type { ParsedToken } from '../tree.ts';

/** Joins the subjects of one verb that a coordinating conjunction separates into one coordination. */
export function repairSplitSubjects(tokens: ParsedToken[]): void {
  // Each verb's subjects before it, in order, gathered in one pass (a repair changes only the
  // subjects of its own verb, so every verb's list stays as it was).
  const subjectsOf = new Map<number, number[]>();
  tokens.forEach((token, k) => {
    if (token.deprel !== 'nsubj' || k >= token.head) return;
    const subjects = subjectsOf.get(token.head);
    if (subjects) subjects.push(k);
    else subjectsOf.set(token.head, [k]);
  });
  for (const subjects of subjectsOf.values()) {
    if (subjects.length < 2) continue;
    const [first] = subjects;
    const last = subjects[subjects.length - 1];
    const joined = tokens.some((token, k) => k > first && k < last && token.upos === 'CCONJ');
    if (!joined) continue;
    for (const subject of subjects.slice(1)) tokens[subject] = { ...tokens[subject], head: first, deprel: 'conj' };
  }
}
