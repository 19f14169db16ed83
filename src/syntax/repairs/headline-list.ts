// Repair: a headline joins its parties with a comma and no "and" ("Peru, Chile sign border
// accord"); the parser reads the first name as a vocative (someone addressed) and only the second
// as the verb's subject, so the event loses a party. A name opening the sentence, hung as a
// vocative on the verb whose subject follows right after its comma, is the subject's first
// conjunct.
import type { ParsedToken } from '../tree.ts';

/** Makes "X, Y verb" one coordinated subject: X the verb's subject and Y its conjunct. */
export function repairHeadlineList(tokens: ParsedToken[]): void {
  const first = tokens[0];
  if (!first || first.deprel !== 'vocative' || first.upos !== 'PROPN' || tokens[1]?.form !== ',') return;
  const verb = first.head;
  const second = tokens.findIndex((t, k) => k > 1 && k < verb && t.head === verb && t.deprel === 'nsubj');
  if (second < 0 || tokens[second].upos !== 'PROPN' || tokens.some((t, k) => k > 1 && k < second && t.head !== second)) return;
  tokens[0] = { ...first, deprel: 'nsubj' };
  tokens[1] = { ...tokens[1], head: second };
  tokens[second] = { ...tokens[second], head: 0, deprel: 'conj' };
}
