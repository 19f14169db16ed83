// Repair: "holding two drivers hostage", "took three soldiers captive". The captive noun after the
// object of "hold", "take" or "keep" says what the object was made (a second object, as the parser
// reads "took two journalists hostage" when it gets it right), but the parser often hangs it elsewhere:
// on the object as a clause ("held hundreds of children hostage/acl"), or on a later verb as its subject
// or a repaired word ("holding two workers hostage/reparandum in Iraq have extended"), and the
// hostage-taking is lost. A bare captive noun (data/lexicon/en/predicate-nouns.txt) right after the
// object's phrase of such a verb becomes its second object, as a noun.
import { LEXICON } from '../../lexicon/index.ts';
import type { ParsedToken } from '../tree.ts';
import { isUnder } from './token-heads.ts';

/** Verbs whose object a captive noun after it predicates ("hold/take/keep X hostage"). */
const HOLDING_VERBS: ReadonlySet<string> = new Set(['hold', 'take', 'keep']);

/** Makes a bare captive noun right after the object of "hold"/"take"/"keep" that verb's second object. */
export function repairCaptiveObject(tokens: ParsedToken[]): void {
  for (let captive = 2; captive < tokens.length; captive++) {
    const token = tokens[captive];
    if (!LEXICON.predicateNouns.has(token.form.toLowerCase()) || tokens.some((t) => t.head === captive && (t.deprel === 'det' || t.deprel === 'nmod:poss' || t.deprel === 'amod'))) continue;
    const object = phraseHeadBefore(tokens, captive);
    if (object === undefined) continue;
    const verb = tokens[object].head;
    if (verb < 0 || verb >= object || tokens[object].deprel !== 'obj' || tokens[verb].upos !== 'VERB' || !HOLDING_VERBS.has(tokens[verb].lemma.toLowerCase())) continue;
    // (hanging the captive on a verb under it would make a cycle)
    if ((token.head === verb && token.deprel === 'obj') || isUnder(tokens, verb, captive)) continue;
    tokens[captive] = { ...token, upos: 'NOUN', xpos: 'NN', lemma: token.form.toLowerCase(), head: verb, deprel: 'obj' };
  }
}

/** The head of the noun phrase that ends right before word `k` (the word before it and the heads it hangs from, up to a noun), if any. */
function phraseHeadBefore(tokens: readonly ParsedToken[], k: number): number | undefined {
  let word = k - 1;
  for (let steps = 0; steps < 6 && word >= 0; steps++) {
    const { upos, head, deprel } = tokens[word];
    if ((upos === 'NOUN' || upos === 'PROPN' || upos === 'PRON') && deprel === 'obj') return word;
    if (head < 0 || head >= k) return undefined;
    word = head;
  }
  return undefined;
}
