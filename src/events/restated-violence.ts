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
  // (a rank word anywhere before the noun in its phrase: "the second terrorist attack" hangs "second" on "terrorist")
  const ranked = (k: number) => {
    if (tree.tokens[k].upos !== 'NOUN') return false;
    const [first] = tree.extent(k);
    for (let n = first; n < k; n++) {
      const word = tree.tokens[n].form.toLowerCase();
      if (RANKS.has(word) || (tree.tokens[n].xpos === 'JJS' && !UNRANKING.has(word))) return true;
    }
    return false;
  };
  const label = (event: Extraction) => isViolentCode(event.code) && ranked(event.trigger);
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
