import type { Tree } from '../syntax/tree.ts';
import type { Extraction } from './extract.ts';
import { isViolentCode } from './violent-roots.ts';

/** Words that rank an act among others of its kind ("the second attack", "the latest bombing"). */
const RANKS: ReadonlySet<string> = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'latest', 'last', 'umpteenth']);
/** Superlatives that rank nothing ("at least ten attacks"). */
const UNRANKING: ReadonlySet<string> = new Set(['least', 'most']);
/** Verbs of a blow that a ranked noun's infinitive tells ("the second attack to hit Russia this week"). */
const BLOW_VERBS: ReadonlySet<string> = new Set(['hit', 'strike', 'rock', 'shake', 'target']);
/** How far before "to" the ranked noun of an infinitive blow may stand ("the second deadly blast to strike"). */
const RANK_REACH = 4;

/**
 * Drops from one sentence's events (`events`, its extractions in trigger order) the restatements of an
 * act of violence it tells: a violent noun ranked among others of its kind, by an ordinal, "latest" or
 * a superlative ("..., killing ten in the second attack to hit Russia in a week", "one of the deadliest
 * bombings this year"), when the sentence codes another act of violence, which the noun only labels;
 * and the blow of such a noun's infinitive ("to hit Russia"), wherever the parser hangs it.
 */
export function dropRestatedViolence(tree: Tree, events: Extraction[]): Extraction[] {
  // (a rank word among the noun's own modifiers, or theirs: "the second terrorist attack" hangs "second" on
  // "terrorist"; not a word of a phrase inside, as "last" in "over last week's bombing")
  const ranks = (n: number) => {
    const word = tree.lemma(n).toLowerCase();
    return RANKS.has(word) || (tree.tokens[n].xpos === 'JJS' && !UNRANKING.has(word));
  };
  const ranked = (k: number) => {
    if (tree.tokens[k].upos !== 'NOUN') return false;
    const modifiers = tree.dependents(k, 'amod', 'nummod', 'compound');
    return modifiers.some((m) => ranks(m) || tree.dependents(m, 'amod', 'nummod', 'advmod').some(ranks));
  };
  // (the ranked noun labels the other act only where it hangs on it: "..., killing ten in the second attack";
  // "after the deadliest attack on US troops, soldiers shelled a village" tells two acts)
  const labels = (event: Extraction) => {
    const path = tree.pathToRoot(event.trigger);
    const onOther = events.some((other) => other !== event && other.trigger !== event.trigger && isViolentCode(other.code) && path.includes(other.trigger));
    return onOther && (tree.markers(event.trigger).includes('in') || tree.relation(event.trigger) === 'appos');
  };
  const label = (event: Extraction) => isViolentCode(event.code) && ranked(event.trigger) && labels(event);
  const blowOf = (event: Extraction) => {
    const k = event.trigger;
    if (!isViolentCode(event.code) || !BLOW_VERBS.has(tree.lemma(k).toLowerCase()) || tree.tokens[k].xpos !== 'VB' || tree.tokens[k - 1]?.form.toLowerCase() !== 'to') return false;
    for (let n = k - 2; n >= Math.max(0, k - 2 - RANK_REACH); n--) if (ranked(n) && isViolentNoun(tree, n, events)) return true;
    return false;
  };
  const restated = new Set(events.filter((event) => label(event) || blowOf(event)));
  if (!restated.size || !events.some((event) => isViolentCode(event.code) && !restated.has(event))) return events;
  return events.filter((event) => !restated.has(event));
}

/** True when noun `k` is the trigger of a violent event of the sentence, or names one the lexicon did not code ("blast"). */
function isViolentNoun(tree: Tree, k: number, events: readonly Extraction[]): boolean {
  return events.some((event) => event.trigger === k && isViolentCode(event.code)) || ['attack', 'blast', 'bombing', 'explosion', 'raid', 'strike', 'assault'].includes(tree.lemma(k).toLowerCase());
}
