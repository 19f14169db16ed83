import type { Tree } from '../syntax/tree.ts';
import { LEXICON } from '../lexicon/index.ts';
import { isViolentCode } from './violent-roots.ts';

/** How many words may stand between a violent noun and the relative pronoun of its casualty clause ("an attack that wounded"). */
const RELATIVE_REACH = 3;

/**
 * True when casualty verb `i` counts the victims of a violent event coded before it in the
 * sentence, read from the words rather than the parse (which often hangs such clauses on the wrong
 * verb): a participle after a comma or "and" ("a bomb exploded at a market, killing six and wounding
 * ten"), or a relative clause on a violent noun ("an ambush that killed four"). `codes` maps the
 * sentence's coded trigger tokens to their CAMEO codes.
 */
export function countsEarlierViolence(tree: Tree, i: number, codes: ReadonlyMap<number, string>): boolean {
  if (!LEXICON.casualtyVerbs.has(tree.lemma(i))) return false;
  const violentAt = (k: number) => isViolentCode(codes.get(k) ?? '');
  const before = tree.tokens[i - 1]?.form.toLowerCase();
  if (tree.tokens[i].xpos === 'VBG' && (before === ',' || before === 'and')) {
    for (let k = i - 1; k >= 0; k--) if (violentAt(k) && tree.tokens[k].xpos !== 'VBG') return true;
    return false;
  }
  if (before === undefined || !LEXICON.relativePronouns.has(before) || before === 'who' || before === 'whom') return false;
  for (let k = i - 2; k >= Math.max(0, i - 2 - RELATIVE_REACH); k--) {
    if (codes.has(k)) return violentAt(k) && tree.tokens[k].upos === 'NOUN';
  }
  return false;
}
