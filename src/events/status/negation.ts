import type { Tree } from '../../syntax/tree.ts';
import type { StatusCues } from '../cues.ts';
import { delayingLemma, hasLemma, isNoun, isToCome, planModifier } from './clause.ts';
import { evidence, type Evidence, type StatusInput } from './evidence.ts';

/** A negation word attached to `node` ("not", "never", "no"), except "not only". */
function negationWord(tree: Tree, node: number, cues: StatusCues): number | undefined {
  for (const child of tree.children[node]) {
    const relation = tree.relation(child);
    if ((relation === 'advmod' || relation === 'det' || relation === 'cc') && cues.negation.has(tree.lemma(child))) {
      // "not only ... but also" affirms.
      const next = tree.tokens[child + 1];
      if (next && next.form.toLowerCase() === 'only') continue;
      return child;
    }
  }
  return undefined;
}

/** A subject that denies the event of its verb: "Neither Iran nor Iraq", "No country", "Neither of the hostages", "None of them", "Nobody". */
function negatedSubject(tree: Tree, node: number): number | undefined {
  for (const subject of tree.children[node]) {
    if (tree.tokens[subject].deprel !== 'nsubj' && tree.tokens[subject].deprel !== 'nsubj:pass') continue;
    if (['neither', 'none', 'nobody'].includes(tree.tokens[subject].form.toLowerCase())) return subject;
    const word = tree.children[subject].find((child) => {
      const lemma = tree.lemma(child);
      return (lemma === 'neither' && ['cc', 'det', 'advmod', 'cc:preconj'].includes(tree.tokens[child].deprel)) || (lemma === 'no' && tree.relation(child) === 'det');
    });
    if (word !== undefined) return word;
  }
  return undefined;
}

/** "no longer": a negated degree adverb. */
function noLonger(tree: Tree, node: number, cues: StatusCues): number | undefined {
  for (const adverb of tree.dependents(node, 'advmod')) {
    if (tree.tokens[adverb].form.toLowerCase() !== 'longer') continue;
    const word = tree.dependents(adverb, 'advmod', 'det').find((child) => cues.negation.has(tree.lemma(child)));
    if (word !== undefined) return word;
  }
  return undefined;
}

/** The part of the clause chain whose negation negates the event: a noun event takes only a support verb's. */
function polarityChain(tree: Tree, chain: number[], cues: StatusCues): number[] {
  const kept = [chain[0]];
  for (let k = 1; k < chain.length; k++) {
    const below = chain[k - 1];
    // "has not decided whether to impose sanctions": a negated decision leaves the weighed act open, not denied.
    if (tree.markers(below).some((m) => cues.questionMarkers.has(m)) || cues.questionMarkers.has(tree.lemma(chain[k]))) break;
    // "to avoid delays in his trial", "denied any role in the bombing": what is denied is the noun the event's phrase
    // qualifies; an event in its "in", "after", "over" phrase is only its setting ("the release of hostages" is its content).
    if (isNoun(tree, below) && isNoun(tree, chain[k]) && tree.relation(below) === 'nmod' && !tree.markers(below).includes('of')) break;
    if (isNoun(tree, below) && !isNoun(tree, chain[k])) {
      // "failed to take the dispute to the council for possible sanctions": a purpose phrase is not what the verb did.
      if (tree.relation(below) === 'obl' && tree.markers(below).includes('for')) break;
      const lemma = hasLemma(tree, chain[k], cues.supportVerbs) ?? hasLemma(tree, chain[k], cues.negatingVerbs);
      if (!lemma) break;
    }
    kept.push(chain[k]);
  }
  return kept;
}

/** "stopped short of recognising", "fell short of an apology": the verb and "short" read as one negating verb ("stop short"), at the word "short". */
function stopShort(tree: Tree, node: number, cues: StatusCues): string | undefined {
  const verb = tree.head(node);
  if (tree.lemma(node) !== 'short' || tree.relation(node) !== 'xcomp' || verb < 0) return undefined;
  const phrase = `${tree.lemma(verb)} short`;
  return cues.negatingVerbs.has(phrase) ? phrase : undefined;
}

/** The negation of the event, when an odd number of negations bears on it. */
export function findNegation(input: StatusInput, chain: number[], cues: StatusCues): Evidence | undefined {
  const { tree } = input;
  const polar = polarityChain(tree, chain, cues);
  let found: Evidence | undefined;
  let flips = 0;
  for (const node of polar) {
    const word = negationWord(tree, node, cues) ?? negatedSubject(tree, node) ?? noLonger(tree, node, cues);
    if (word !== undefined) {
      flips++;
      found ??= evidence(tree, word, `negation:${tree.lemma(word)}`);
    }
  }
  // A verb above the event that says it did not happen: "denied attacking", "failed to", "declined to hold talks".
  const governors = polar.slice(1);
  const top = polar[polar.length - 1];
  const head = tree.head(top);
  if (head >= 0 && (['xcomp', 'ccomp', 'obj', 'advcl'].includes(tree.relation(top)) || stopShort(tree, head, cues))) governors.push(head);
  for (const node of governors) {
    const lemma = hasLemma(tree, node, cues.negatingVerbs) ?? stopShort(tree, node, cues);
    if (lemma) {
      flips++;
      found ??= evidence(tree, node, `negating-verb:${lemma}`);
      // "did not deny attacking": the negation of the negating verb is counted once, above.
      if (!polar.includes(node) && negationWord(tree, node, cues) !== undefined) flips++;
    }
    // "has yet to respond".
    if (cues.yetVerbs.has(tree.lemma(node)) && tree.dependents(node, 'advmod').some((child) => tree.lemma(child) === 'yet')) {
      flips++;
      found ??= evidence(tree, node, 'yet-to');
    }
  }
  // "there is no evidence they ordered the abuse": the content of a denied piece of evidence did not happen, as far as the text says.
  // The parser may hang the content clause on the verb that takes the evidence ("found no evidence that ...").
  const top2 = chain[chain.length - 1];
  const holder = tree.head(top2);
  const noun = holder >= 0 && tree.tokens[holder].upos === 'VERB' ? (tree.dependents(holder, 'obj').find((object) => object < top2) ?? -1) : holder;
  if (noun >= 0 && ['acl', 'ccomp'].includes(tree.relation(top2)) && cues.evidenceNouns.has(tree.lemma(noun))) {
    const word = tree.dependents(noun, 'det').find((child) => cues.negation.has(tree.lemma(child)));
    if (word !== undefined) {
      flips++;
      found ??= evidence(tree, word, `negation:no-${tree.lemma(noun)}`);
    }
  }
  // "no date was fixed for the talks": the event a schedule with no date is for is not going to happen, as far as the text says.
  for (let k = 1; k < chain.length; k++) {
    if (!tree.markers(chain[k - 1]).includes('for') || tree.tokens[chain[k]].upos !== 'VERB') continue;
    const schedule = tree.dependents(chain[k], 'nsubj', 'nsubj:pass', 'obj').find((noun) => cues.dateNouns.has(tree.lemma(noun)));
    const word = schedule === undefined ? undefined : tree.dependents(schedule, 'det').find((child) => cues.negation.has(tree.lemma(child)));
    if (word !== undefined) {
      flips++;
      found ??= evidence(tree, word, `negation:no-${tree.lemma(schedule!)}`);
    }
    break;
  }
  // "police prevented protests", "troops averted a strike": a noun event kept off by a prevention told as done did not happen.
  // (A prevention still to come, "to prevent riots", leaves it open: modality.ts preventedBy.)
  const preventer = chain[1];
  if (preventer !== undefined && tree.relation(chain[0]) === 'obj' && isNoun(tree, chain[0]) && hasLemma(tree, preventer, cues.preventingVerbs) !== undefined) {
    if (!isToCome(tree, preventer) && ['VBD', 'VBN', 'VBZ', 'VBP'].includes(tree.tokens[preventer].xpos)) {
      flips++;
      found ??= evidence(tree, preventer, `prevented:${hasLemma(tree, preventer, cues.preventingVerbs)}`);
    }
  }
  // "the signing of the accord was delayed again", "rain put off the talks": a noun event told as delayed has not happened.
  // (Not the active subject, "the attack delayed the talks", nor a delay still to come; "postpone" is a negating verb, counted above.)
  const delayer = chain[1];
  // (The tagger may read "was delayed" as a copula and an adjective.) A planned event told as delayed is
  // still planned ("the planned visit has been delayed": intended, AG guide), not one that will not happen.
  const adjectival = delayer !== undefined && tree.tokens[delayer].xpos === 'JJ' && tree.tokens[chain[0]].deprel === 'nsubj';
  if (delayer !== undefined && isNoun(tree, chain[0]) && (adjectival || ['nsubj:pass', 'obj'].includes(tree.tokens[chain[0]].deprel)) && tree.head(chain[0]) === delayer && planModifier(tree, chain[0], cues) === undefined) {
    const lemma = delayingLemma(tree, delayer, cues);
    if (lemma !== undefined && hasLemma(tree, delayer, cues.negatingVerbs) === undefined && !isToCome(tree, delayer) && ['VBD', 'VBN', 'VBZ', 'VBP', 'JJ'].includes(tree.tokens[delayer].xpos)) {
      flips++;
      found ??= evidence(tree, delayer, `delayed:${lemma}`);
    }
  }
  if (tree.markers(chain[0]).includes('without')) {
    flips++;
    found ??= evidence(tree, chain[0], 'negation:without');
  }
  return flips % 2 === 1 ? found : undefined;
}
