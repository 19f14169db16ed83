// Repair: "met with visiting Zambian President Lungu", "held talks with visiting Chinese officials":
// the parser reads "with" as the marker of a gerund clause whose object is the visitor ("with [visiting
// X]", as in "charged with visiting X"), so the meeting loses its other party and the visit gets the
// host as its visitor. "Visiting" there says who the person is: it becomes a modifier of the noun,
// and the noun the "with" phrase of the word the clause was hung on.
import type { ParsedToken } from '../tree.ts';
import { isUnder } from './token-heads.ts';

/** Makes "with visiting X" a "with" phrase on X, "visiting" its modifier. */
export function repairVisitingModifier(tokens: ParsedToken[]): void {
  for (let k = 1; k < tokens.length; k++) {
    const participle = tokens[k];
    if (participle.form.toLowerCase() !== 'visiting' || participle.xpos !== 'VBG' || !/^(advcl|acl)$/.test(participle.deprel)) continue;
    const marker = k - 1;
    if (tokens[marker].form.toLowerCase() !== 'with' || tokens[marker].head !== k || tokens[marker].deprel !== 'mark') continue;
    const children = tokens.flatMap((token, c) => (token.head === k ? [c] : []));
    if (children.some((c) => tokens[c].deprel.startsWith('nsubj'))) continue;
    // The visitor: the object right after the participle, every word up to it part of its phrase.
    const object = children.find((c) => tokens[c].deprel === 'obj' && ['NOUN', 'PROPN'].includes(tokens[c].upos));
    if (object === undefined) continue;
    let whole = true;
    for (let w = k + 1; w < object; w++) if (!isUnder(tokens, w, object)) whole = false;
    if (!whole) continue;
    const head = participle.head;
    const onNoun = head >= 0 && ['NOUN', 'PROPN'].includes(tokens[head].upos);
    tokens[object] = { ...tokens[object], head, deprel: onNoun ? 'nmod' : 'obl' };
    tokens[marker] = { ...tokens[marker], head: object, deprel: 'case', upos: 'ADP' };
    tokens[k] = { ...participle, head: object, deprel: 'amod' };
    // The participle's other phrases ("on Tuesday") were the clause's: they go to the word it hung on.
    for (const c of children) if (c !== object && c !== marker) tokens[c] = { ...tokens[c], head };
  }
}
