// A document that acts ("a report accused ...", "a resolution demands ...") stands for its author
// (AG guide): where its own phrase names no actor, the words around it that name who wrote it.
import type { Tree } from '../syntax/tree.ts';
import { LEXICON } from '../lexicon/index.ts';

/** True when token `i` is a noun of a text someone issues (document-nouns.txt). */
export function isDocument(tree: Tree, i: number): boolean {
  return LEXICON.documentNouns.has(tree.tokens[i].form.toLowerCase());
}

/**
 * The phrases that name the author of document noun `document`, in order of preference: a "by" phrase
 * on it ("a report by a rights group"), the agent of a participle of issuing on it ("a fatwa issued by
 * senior clerics"), the subject of a relative clause of issuing on it ("the resolution Britain drafted",
 * "a letter that the rebels sent"), and last, for a text only an authority of the place issues
 * (edict-nouns.txt), the place a participle of issuing names ("a decree issued in Tashkent"). Not the
 * subject or agent of any other verb: "a report criticised by the government" and "the plan Moscow
 * rejected" name someone who answers the text, not its author.
 */
export function authorPhrases(tree: Tree, document: number): number[] {
  const phrases = tree.dependents(document, 'nmod').filter((child) => tree.markers(child).includes('by'));
  for (const clause of tree.dependents(document, 'acl')) {
    if (!LEXICON.issuingVerbs.has(tree.lemma(clause))) continue;
    if (tree.tokens[clause].xpos === 'VBN' && !tree.dependents(clause, 'nsubj').length) {
      phrases.push(...tree.dependents(clause, 'obl').filter((child) => tree.markers(child).includes('by')));
    } else {
      // (A relative pronoun as the clause's subject is the document itself: "a draft that circulated".)
      phrases.push(...tree.dependents(clause, 'nsubj').filter((subject) => tree.tokens[subject].xpos !== 'WDT' && tree.lemma(subject) !== 'that'));
    }
  }
  // Last, the place where it was issued, for a text whose author is named nowhere and which only an
  // authority of that place issues ("a fatwa issued in Iraq", "a decree issued in Ashgabat"): like
  // unnamed actors, it takes the country where its act happens. A report, letter or statement is put
  // out wherever its author meets the press ("a report released in Geneva"): the place names no one.
  if (!LEXICON.edictNouns.has(tree.tokens[document].form.toLowerCase())) return phrases;
  for (const clause of tree.dependents(document, 'acl')) {
    if (LEXICON.issuingVerbs.has(tree.lemma(clause)) && tree.tokens[clause].xpos === 'VBN') phrases.push(...tree.dependents(clause, 'obl').filter((child) => tree.markers(child).includes('in')));
  }
  return phrases;
}
