import type { Tree } from '../../syntax/tree.ts';

// Relations that keep a word inside the clause of the event it modifies.
const CLAUSE_INTERNAL = new Set(['xcomp', 'obj', 'nsubj', 'nsubj:pass', 'obl', 'nmod', 'conj', 'iobj']);
// Relations that open a clause of its own: a word below one belongs to another event.
const CLAUSE_OPENING = new Set(['ccomp', 'advcl', 'acl', 'conj', 'parataxis', 'csubj', 'xcomp', 'list', 'appos', 'dep']);

/** Whether token `i` is a noun or proper noun. */
export function isNoun(tree: Tree, i: number): boolean {
  const upos = tree.tokens[i].upos;
  return upos === 'NOUN' || upos === 'PROPN';
}

/** The trigger and the words of its own clause above it (the verb of a noun trigger, the governor of an xcomp). */
export function clauseChain(tree: Tree, i: number): number[] {
  const chain = [i];
  let node = i;
  for (let guard = 0; guard < 4; guard++) {
    const head = tree.head(node);
    const relation = tree.tokens[node].deprel;
    if (head < 0 || !(CLAUSE_INTERNAL.has(relation) || relation === 'acl')) break;
    if (relation === 'acl' && !tree.markers(node).includes('to')) break;
    // A noun trigger's clause is its verb's; a verb's own clause ends at its head unless it is an xcomp.
    const upos = tree.tokens[node].upos;
    // "no plans to impose": the infinitive of a noun belongs to the noun's clause.
    const infinitive = relation === 'acl' && tree.markers(node).includes('to');
    if ((upos === 'VERB' || upos === 'AUX') && relation !== 'xcomp' && !infinitive) break;
    // A noun's conjunct is another noun event, not the clause's verb.
    if (relation === 'conj' && !isNoun(tree, head)) break;
    chain.push(head);
    node = head;
  }
  return chain;
}

/** A verb's lemma with its particle ("rule out"), and without. */
export function verbLemmas(tree: Tree, i: number): string[] {
  const lemma = tree.lemma(i);
  const particle = tree.dependents(i, 'compound:prt')[0];
  return particle === undefined ? [lemma] : [`${lemma} ${tree.lemma(particle)}`, lemma];
}

/** The first of `i`'s verb lemmas (with and without particle) that `set` holds. */
export function hasLemma(tree: Tree, i: number, set: Set<string>): string | undefined {
  return verbLemmas(tree, i).find((lemma) => set.has(lemma));
}

/** The child of a `targets` node that `node` hangs under, when it reaches one by heads without opening a clause of its own on the way. */
export function attachedTo(tree: Tree, node: number, targets: Set<number>): number | undefined {
  const path = tree.pathToRoot(node);
  for (let step = 1; step < path.length; step++) {
    // The phrase of a clause of its own ("convicted him of taking part in last year's bombing") is not the target's, even right under it.
    if (step > 1 && CLAUSE_OPENING.has(tree.relation(path[step - 1]))) return undefined;
    if (targets.has(path[step])) return path[step - 1];
    if (CLAUSE_OPENING.has(tree.relation(path[step - 1]))) return undefined;
  }
  return undefined;
}
