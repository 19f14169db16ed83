// Repair: the phrase after an event noun's "by" agent is hung on the agent ("a visit by the Brazilian
// foreign minister to Argentina": "to Argentina" an nmod of "minister"), so the event loses its
// target. A person or a government is no place one goes "to" or acts "against": a "to", "against",
// "on" or "with" phrase right after the agent's words belongs to the noun the agent belongs to.
import type { ParsedToken } from '../tree.ts';
import { isUnder } from './token-heads.ts';

/** Prepositions of an event's target or partner, which an agent noun does not take. */
const TARGET_PREPOSITIONS = new Set(['to', 'against', 'on', 'with']);

/** The preposition (case word) of phrase `k`, lower case, or undefined. */
function prepositionOf(tokens: readonly ParsedToken[], k: number): string | undefined {
  const word = tokens.findIndex((t, j) => j < k && t.head === k && t.deprel === 'case');
  return word < 0 ? undefined : tokens[word].form.toLowerCase();
}

/** Gives an event noun back the "to/against/on/with" phrase the parser hung on its "by" agent. */
export function repairAgentPhrase(tokens: ParsedToken[]): void {
  tokens.forEach((agent, a) => {
    const noun = agent.head;
    if (agent.deprel !== 'nmod' || noun < 0 || noun > a || tokens[noun].upos !== 'NOUN' || prepositionOf(tokens, a) !== 'by') return;
    tokens.forEach((phrase, k) => {
      if (phrase.head !== a || phrase.deprel !== 'nmod' || k < a || !TARGET_PREPOSITIONS.has(prepositionOf(tokens, k) ?? '')) return;
      // Only a phrase that follows the agent's own words ("by the Brazilian foreign minister to ...").
      for (let j = a + 1; j < k; j++) if (!isUnder(tokens, j, k)) return;
      tokens[k] = { ...phrase, head: noun };
    });
  });
}
