// Repair: a present-tense verb after a singular subject is tagged a plural noun ("The Kenyan
// president hosts/NNS his Ugandan counterpart at a summit"), yet the parser gives it a subject and
// an object, as only a verb has. With both, and no preposition of its own, it is the clause's verb
// (VBZ); its lemma is kept when the form is the lemma with -s or -es, as a verb's is.
import type { ParsedToken } from '../tree.ts';

/** Retags as a VBZ verb a plural noun that the parser gave a subject before it and an object after it. */
export function repairVerbReadAsNoun(tokens: ParsedToken[]): void {
  const subject = new Set<number>();
  const object = new Set<number>();
  const adposition = new Set<number>();
  tokens.forEach((t, k) => {
    if (t.deprel === 'nsubj' && k < t.head) subject.add(t.head);
    if (t.deprel === 'obj' && k > t.head) object.add(t.head);
    if (t.deprel === 'case') adposition.add(t.head);
  });
  for (const noun of subject) {
    const token = tokens[noun];
    if (token.upos !== 'NOUN' || token.xpos !== 'NNS' || !object.has(noun) || adposition.has(noun)) continue;
    const form = token.form.toLowerCase();
    if (form !== `${token.lemma}s` && form !== `${token.lemma}es`) continue;
    tokens[noun] = { ...token, upos: 'VERB', xpos: 'VBZ' };
  }
}
