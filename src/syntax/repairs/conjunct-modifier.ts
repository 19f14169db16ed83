// Repair: "has rejected an inquiry into the riot and mocked his critics", "raided a camp in the
// hills and burned ten huts": a past form right after "and", which the parser hangs as
// a participle on a noun of the object's phrase ("riot ... mocked"), is a second verb of the clause.
// A participle modifying a noun takes no "and" of its own; coordinated with the verb whose object
// phrase holds that noun, it shares that verb's subject.
import type { ParsedToken } from '../tree.ts';

/** Tags of a past form: a past tense or a participle. */
const PAST_TAGS: ReadonlySet<string> = new Set(['VBD', 'VBN']);

/** How many "of"/"into" phrases up from the noun the object may be ("an inquiry into the riot"). */
const PHRASE_STEPS = 4;

/** Re-hangs as a conjunct of the clause's verb a past form after "and" that the parser made a participle on a noun of its object. */
export function repairConjunctModifier(tokens: ParsedToken[]): void {
  tokens.forEach((verb, v) => {
    if (verb.upos !== 'VERB' || !PAST_TAGS.has(verb.xpos) || verb.deprel !== 'acl' || verb.head < 0 || verb.head > v) return;
    const and = v - 1;
    if (and < 0 || tokens[and].head !== v || tokens[and].deprel !== 'cc') return;
    let noun = verb.head;
    for (let step = 0; step < PHRASE_STEPS && tokens[noun].deprel === 'nmod' && tokens[noun].head >= 0; step++) noun = tokens[noun].head;
    if (tokens[noun].deprel !== 'obj') return;
    const main = tokens[noun].head;
    if (main < 0 || tokens[main].upos !== 'VERB' || !PAST_TAGS.has(tokens[main].xpos)) return;
    tokens[v] = { ...verb, head: main, deprel: 'conj' };
  });
}
