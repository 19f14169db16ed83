import type { Tree } from '../syntax/tree.ts';
import { LEXICON } from '../lexicon/index.ts';

/** Relations by which an act hangs on the words that charge or punish someone for it, or on a plot, or on another act of the same charge. */
const CONTENT_RELATIONS: ReadonlySet<string> = new Set(['obl', 'nmod', 'advcl', 'acl', 'obj', 'xcomp', 'conj', 'compound']);
/** Relations by which a charge names an offence in a phrase ("charged with", "convicted of", "on charges of"). */
const PHRASE_RELATIONS: ReadonlySet<string> = new Set(['obl', 'nmod', 'conj']);
/** Dependents that make an offence noun name one act rather than a kind of act: a determiner, owner, number, victim or agent. */
const SPECIFYING_RELATIONS: ReadonlySet<string> = new Set(['det', 'nmod:poss', 'nummod', 'nmod', 'compound', 'amod', 'acl', 'acl:relcl', 'obj']);
/** How far up the parse the charge may be (a plot, a conjunct and a phrase noun in between). */
const MAX_STEPS = 5;

/**
 * True when the event at `trigger` is only what a charge alleges, which the AG News guide does not
 * code: a plot the accused are said to have planned ("arrested officers accused of plotting to kill
 * the president", "suspected of planning bomb attacks"), or a bare offence label with no victim or
 * occasion named ("indicted on charges of arson and extortion", "convicted of genocide"). A named
 * act stays an event ("charged with beating a shopkeeper", "guilty of the 2002 bombing").
 */
export function isChargeContent(tree: Tree, trigger: number): boolean {
  let plotted = LEXICON.plotWords.has(tree.lemma(trigger));
  let phrase = true;
  let k = trigger;
  for (let step = 0; step < MAX_STEPS; step++) {
    const head = tree.head(k);
    if (head < 0 || !CONTENT_RELATIONS.has(tree.relation(k))) return false;
    // "convicted a former mayor of genocide": the parser may hang the "of" phrase on the accused.
    const ofAccused = tree.relation(k) === 'obj' && tree.relation(trigger) === 'nmod' && tree.markers(trigger).includes('of');
    phrase &&= PHRASE_RELATIONS.has(tree.relation(k)) || ofAccused;
    if (LEXICON.accusationWords.has(tree.lemma(head))) return (plotted && isPlotted(tree, trigger)) || (phrase && isBareOffence(tree, trigger));
    plotted ||= LEXICON.plotWords.has(tree.lemma(head));
    k = head;
  }
  return false;
}

/**
 * An act a plot would have brought about: an infinitive, gerund or noun, not a finite verb the parser
 * hung there ("officers charged with planning a mutiny deny it"), nor one act named as having happened ("accused
 * of plotting the bombings of two hotels").
 */
function isPlotted(tree: Tree, trigger: number): boolean {
  const { upos, xpos } = tree.tokens[trigger];
  if (upos === 'VERB') return xpos === 'VB' || xpos === 'VBG';
  return !tree.children[trigger].some((child) => tree.relation(child) === 'nmod:poss' || (tree.relation(child) === 'det' && DEFINITE.has(tree.lemma(child).toLowerCase())));
}

/** Determiners that make a noun name one known act. */
const DEFINITE: ReadonlySet<string> = new Set(['the', 'this', 'that', 'these', 'those']);

/** A noun naming a kind of offence, with nothing that makes it one act ("torture", "war crimes", "kidnapping"). */
function isBareOffence(tree: Tree, noun: number): boolean {
  if (tree.tokens[noun].upos !== 'NOUN') return false;
  return tree.children[noun].every((child) => !SPECIFYING_RELATIONS.has(tree.relation(child)));
}
