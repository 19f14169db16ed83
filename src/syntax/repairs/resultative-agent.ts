// Repair: the "by" phrase of a passive with a resultative complement is hung on the complement
// ("were shot dead/xcomp by/case troops/obl", "was beaten to death by soldiers"), so the events stage
// finds no agent on the verb. A "by" phrase on the complement of a passive verb is the verb's agent.
// (Only where "beaten" is parsed as a passive verb: the tagger's "was beaten/JJ" is left as it is.)
import type { ParsedToken } from '../tree.ts';

/** Words that tell the result of a blow: "shot dead", "beaten to death", "left unconscious" (not "found guilty by a jury"). */
const RESULTS: ReadonlySet<string> = new Set(['dead', 'death', 'unconscious', 'senseless']);

/** Rehangs a "by" phrase from the resultative complement of a passive verb ("dead", "to death") on the verb, as its agent. */
export function repairResultativeAgent(tokens: ParsedToken[]): void {
  const passive = new Set(tokens.filter((t) => t.deprel === 'aux:pass' || t.deprel === 'nsubj:pass').map((t) => t.head));
  tokens.forEach((t, k) => {
    const complement = t.head;
    const verb = tokens[complement]?.head ?? -1;
    if (verb < 0 || !passive.has(verb) || tokens[verb].xpos !== 'VBN' || !/^(obl|nmod)/.test(t.deprel) || k < complement) return;
    // (the complement: an adjective of result, "shot dead", or a "to" phrase, "beaten to death", right after the verb)
    if (!RESULTS.has(tokens[complement].form.toLowerCase()) || complement > verb + 2) return;
    const result = (tokens[complement].deprel === 'xcomp' && tokens[complement].upos === 'ADJ')
      || (tokens[complement].deprel === 'obl' && tokens.some((c) => c.head === complement && c.deprel === 'case' && c.form.toLowerCase() === 'to'));
    if (!result) return;
    if (!tokens.some((c, j) => j < k && c.head === k && c.deprel === 'case' && c.form.toLowerCase() === 'by')) return;
    // Nothing on the verb is its agent already.
    if (tokens.some((c) => c.head === verb && c.deprel === 'obl:agent')) return;
    tokens[k] = { ...t, head: verb, deprel: 'obl:agent' };
  });
}
