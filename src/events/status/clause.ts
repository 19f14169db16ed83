import type { Tree } from '../../syntax/tree.ts';
import type { StatusCues } from '../cues.ts';

// Relations that keep a word inside the clause of the event it modifies.
// ('nsubj:outer': the subject of a copular "be to" predicate, "talks are to resume".)
const CLAUSE_INTERNAL = new Set(['xcomp', 'obj', 'nsubj', 'nsubj:pass', 'nsubj:outer', 'obl', 'nmod', 'conj', 'iobj']);
// Relations that open a clause of its own: a word below one belongs to another event.
const CLAUSE_OPENING = new Set(['ccomp', 'advcl', 'acl', 'conj', 'parataxis', 'csubj', 'xcomp', 'list', 'appos', 'dep']);

/** Whether token `i` is a noun or proper noun. */
export function isNoun(tree: Tree, i: number): boolean {
  const upos = tree.tokens[i].upos;
  return upos === 'NOUN' || upos === 'PROPN';
}

// Conjunctions that join two acts of one clause ("will visit Delhi and meet"), not a contrast ("did not attack but looted").
const SHARING_CONJUNCTIONS = new Set(['and', 'or']);

/**
 * Whether a verb conjunct shares its first conjunct's clause: no subject or auxiliary of its own, joined by
 * "and" or "or" ("will visit Delhi and meet the premier", "plans to free the hostages and leave the town"),
 * so the auxiliary, negation and frame of the first verb are its own too (UD hangs them on the first only).
 */
function sharesClause(tree: Tree, node: number): boolean {
  const head = tree.head(node);
  if (tree.relation(node) !== 'conj' || head < 0 || tree.tokens[head].upos !== 'VERB') return false;
  if (tree.dependents(node, 'nsubj', 'nsubj:pass', 'aux', 'aux:pass', 'cop', 'mark').length) return false;
  // The same verb form as the first ("will visit and meet", "was beaten and executed"); a finite form of its own
  // ("will treat sanctions as war and threatens to ...") starts another clause the parser joined to the wrong verb.
  if (tree.tokens[node].xpos !== tree.tokens[head].xpos) return false;
  const joins = tree.dependents(node, 'cc').map((c) => tree.lemma(c));
  return joins.length > 0 && joins.every((c) => SHARING_CONJUNCTIONS.has(c));
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
    if ((upos === 'VERB' || upos === 'AUX') && relation !== 'xcomp' && !infinitive && !sharesClause(tree, node)) break;
    // A noun's conjunct is another noun event, not the clause's verb.
    if (relation === 'conj' && !isNoun(tree, head) && !sharesClause(tree, node)) break;
    chain.push(head);
    node = head;
  }
  return chain;
}

/** Whether verb `i` is told as still to come: an infinitive ("to prevent"), a gerund ("preventing") or under a modal ("will prevent"). */
export function isToCome(tree: Tree, i: number): boolean {
  return tree.markers(i).includes('to') || tree.tokens[i].xpos === 'VBG' || tree.dependents(i, 'aux').some((a) => tree.tokens[a].xpos === 'MD');
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

/** The word of plan on noun event `noun` ("the planned visit", "a proposed summit": an intended modifier), if it has one. */
export function planModifier(tree: Tree, noun: number, cues: StatusCues): number | undefined {
  return tree.dependents(noun, 'amod').find((child) => cues.intendedModifiers.has(tree.tokens[child].form.toLowerCase()));
}

/** The delaying verb of `i` ("was delayed", "was put off"), also a participle the tagger read as an adjective after "was" ("delayed"/JJ). */
export function delayingLemma(tree: Tree, i: number, cues: StatusCues): string | undefined {
  const lemma = hasLemma(tree, i, cues.delayingVerbs);
  if (lemma !== undefined || tree.tokens[i].xpos !== 'JJ' || !tree.dependents(i, 'cop').length) return lemma;
  const stem = tree.lemma(i).replace(/ed$/, '');
  return cues.delayingVerbs.has(stem) ? stem : undefined;
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
