import { LEXICON } from '../lexicon/index.ts';
import type { Tree } from '../syntax/tree.ts';

/** Parts of speech of a noun phrase's head. */
const NOUN_TAGS: ReadonlySet<string> = new Set(['NOUN', 'PROPN']);

/**
 * The referral whose "for" phrase is noun event `i` ("refer Iran to the Security Council for possible
 * sanctions"): its verb and the body in its "to" phrase, who may take the act against the verb's
 * object. The parser may hang the "for" phrase on the body and the body on the object ("take Iran's
 * case to the UN for sanctions"). Only with such a "to" phrase and an object (not "took steps for talks").
 */
export function referralOf(tree: Tree, i: number): { verb: number; body: number } | undefined {
  if (!['obl', 'nmod'].includes(tree.relation(i)) || !tree.markers(i).includes('for')) return undefined;
  const head = tree.head(i);
  if (head < 0) return undefined;
  const toPhrase = (node: number) => tree.relation(node) !== 'case' && tree.markers(node).includes('to') && NOUN_TAGS.has(tree.tokens[node].upos);
  let verb = head;
  let body = tree.children[head].find((child) => toPhrase(child) && tree.relation(child) === 'obl');
  if (toPhrase(head)) {
    body = head;
    verb = tree.head(head);
    if (verb >= 0 && tree.tokens[verb].upos !== 'VERB' && tree.relation(verb) === 'obj') verb = tree.head(verb);
  }
  if (verb < 0 || body === undefined || tree.tokens[verb].upos !== 'VERB' || !LEXICON.referralVerbs.has(tree.lemma(verb)) || !tree.dependents(verb, 'obj').length) return undefined;
  return { verb, body };
}
