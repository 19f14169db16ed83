// Repair: "of" between a noun and a name is parsed as a clause's marker, the name as the subject
// of the verb after it ("The arrest of Ricardo Palmera angered ...": "of" a mark, "Ricardo" a
// subject of "angered"; "The trial of Slobodan Milosevic resumed": "resumed" a clause on "trial").
// "Of" opens no clause: the name is the noun's "of" phrase, and the noun the verb's subject.
import type { ParsedToken } from '../tree.ts';

const NOMINAL = new Set(['NOUN', 'PROPN']);

/** Gives a misread "of" back to its phrase: the name after it an "of" phrase of the noun before it, that noun the verb's subject. */
export function repairOfMark(tokens: ParsedToken[]): void {
  for (let of = 1; of < tokens.length - 1; of++) {
    if (tokens[of].form.toLowerCase() !== 'of' || tokens[of].deprel !== 'mark') continue;
    const verb = tokens[of].head;
    const noun = of - 1;
    const name = of + 1;
    if (verb <= name || !NOMINAL.has(tokens[noun].upos) || !NOMINAL.has(tokens[name].upos)) continue;
    if (tokens[name].head !== verb || !tokens[name].deprel.startsWith('nsubj')) continue;
    const subject = tokens[noun].head === verb && tokens[noun].deprel.startsWith('nsubj');
    const clause = tokens[verb].head === noun;
    if (!subject && !clause) continue;
    if (clause) {
      // The verb takes the noun's place; what hung on the noun after the verb (the final stop) is the verb's.
      tokens.forEach((t, k) => {
        if (t.head === noun && k > verb) tokens[k] = { ...t, head: verb };
      });
      tokens[verb] = { ...tokens[verb], head: tokens[noun].head, deprel: tokens[noun].deprel === 'root' ? 'root' : tokens[noun].deprel };
      tokens[noun] = { ...tokens[noun], head: verb, deprel: 'nsubj' };
    }
    tokens[of] = { ...tokens[of], head: name, deprel: 'case' };
    tokens[name] = { ...tokens[name], head: noun, deprel: 'nmod' };
  }
}
