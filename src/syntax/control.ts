import { LEXICON } from '../lexicon/index.ts';

/** The object-control verbs of the lexicon (data/lexicon/en/control-verbs.tsv, control = object). */
export function loadObjectControlVerbs(): ReadonlySet<string> {
  return LEXICON.controlVerbs.object;
}

/**
 * Relabels "instructed the minister to explore" as xcomp: an infinitive with "to" that follows an
 * object of an object-control verb is the verb's controlled complement, not a purpose clause.
 * Works in place on parallel arrays of one sentence (0-based heads, -1 for the root).
 */
export function applyObjectControl(
  verbs: ReadonlySet<string>,
  forms: readonly string[],
  lemmas: readonly string[],
  heads: Int32Array,
  deprels: string[],
): void {
  for (let i = 0; i < heads.length; i++) {
    if (deprels[i] !== 'advcl') continue;
    const head = heads[i];
    if (head < 0 || head > i || !verbs.has(lemmas[head].toLowerCase())) continue;
    let hasTo = false;
    let hasObject = false;
    for (let k = 0; k < heads.length; k++) {
      if (heads[k] === i && deprels[k] === 'mark' && forms[k].toLowerCase() === 'to') hasTo = true;
      if (heads[k] === head && k > head && k < i && (deprels[k] === 'obj' || deprels[k] === 'iobj')) hasObject = true;
    }
    if (hasTo && hasObject) deprels[i] = 'xcomp';
  }
}
