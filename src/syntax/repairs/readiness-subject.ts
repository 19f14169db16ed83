// Repair: "Iran says it is ready to resume talks", "Seoul said it was willing to send envoys": the
// parser reads "it" as the empty subject of "it is important to ..." (expl) and the infinitive as
// the adjective's clausal subject (csubj) or an adverbial clause (advcl), so the act loses its doer and the readiness frame its
// complement. A readiness adjective always has someone for its subject: "it" is that subject
// (nsubj) and the infinitive its complement (xcomp), as the parser reads "Iran is ready to ...".
import { LEXICON } from '../../lexicon/index.ts';
import type { ParsedToken } from '../tree.ts';

/** Makes "it" before a readiness adjective its subject and the adjective's clausal subject its complement. */
export function repairReadinessSubject(tokens: ParsedToken[]): void {
  for (let k = 0; k < tokens.length; k++) {
    const adjective = tokens[k];
    if (adjective.upos !== 'ADJ' || !LEXICON.readinessAdjectives.has(adjective.form.toLowerCase())) continue;
    const it = tokens.findIndex((token, c) => c < k && token.head === k && token.deprel === 'expl' && token.form.toLowerCase() === 'it');
    const infinitive = tokens.findIndex((token, c) => c > k && token.head === k && /^(csubj|advcl)$/.test(token.deprel) && token.xpos === 'VB');
    if (it < 0 || infinitive < 0) continue;
    if (!tokens.some((token) => token.head === infinitive && token.deprel === 'mark' && token.form.toLowerCase() === 'to')) continue;
    tokens[it] = { ...tokens[it], deprel: 'nsubj' };
    tokens[infinitive] = { ...tokens[infinitive], deprel: 'xcomp' };
  }
}
