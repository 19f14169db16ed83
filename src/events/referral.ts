import { LEXICON } from '../lexicon/index.ts';
import type { Tree } from '../syntax/tree.ts';
import { isNoun } from './status/clause.ts';

/**
 * The referral whose "for" phrase is noun event `i` ("refer Iran to the Security Council for possible
 * sanctions"): its verb and the body in its "to" phrase, who may take the act against the verb's
 * object. The parser may hang the "for" phrase on the body and the body on the object ("take Iran's
 * case to the UN for sanctions"). Only with such a "to" phrase and an object (not "took steps for talks").
 */
export function referralOf(tree: Tree, i: number): { verb: number; body: number } | undefined {
  // A gerund in the "for" phrase is the offence the party is referred for ("referred the guards to
  // prosecutors for beating inmates"), not what the body may do.
  if (!['obl', 'nmod'].includes(tree.relation(i)) || !tree.markers(i).includes('for') || tree.tokens[i].xpos === 'VBG') return undefined;
  const head = tree.head(i);
  if (head < 0) return undefined;
  const toPhrase = (node: number) => tree.relation(node) !== 'case' && tree.markers(node).includes('to') && isNoun(tree, node);
  let verb = head;
  let body = tree.children[head].find((child) => toPhrase(child) && tree.relation(child) === 'obl');
  if (toPhrase(head)) {
    body = head;
    verb = tree.head(head);
    if (verb >= 0 && tree.tokens[verb].upos !== 'VERB' && tree.relation(verb) === 'obj') verb = tree.head(verb);
  }
  if (verb < 0 || body === undefined || tree.tokens[verb].upos !== 'VERB') return undefined;
  // "take" refers only a case or an issue ("took its case to the court"), not people it moves ("took the prisoners to
  // Kandahar for trial"): an entry "verb object" names the objects such a verb refers.
  const objects = tree.dependents(verb, 'obj');
  if (!objects.some((object) => LEXICON.referralVerbs.has(tree.lemma(verb)) || LEXICON.referralVerbs.has(`${tree.lemma(verb)} ${tree.lemma(object)}`))) return undefined;
  return { verb, body };
}
