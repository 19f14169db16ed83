import { LEXICON } from '../lexicon/index.ts';

/** The object-control verbs of the lexicon (data/lexicon/en/control-verbs.tsv, control = object). */
export function loadObjectControlVerbs(): ReadonlySet<string> {
  return LEXICON.controlVerbs.object;
}

/**
 * Relabels "instructed the minister to explore" as xcomp: an infinitive with "to" that follows an
 * object of an object-control verb is the verb's controlled complement, not a purpose clause, nor
 * a clause of the object noun ("invited the envoy to visit").
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
    // "invited the envoy to visit Rangoon" read with the infinitive on the object (acl): it is the verb's complement.
    const object = heads[i];
    if (deprels[i] === 'acl' && object >= 0 && object < i && (deprels[object] === 'obj' || deprels[object] === 'iobj') && heads[object] >= 0 && heads[object] < object && verbs.has(lemmas[heads[object]].toLowerCase())) {
      if (heads.some((h, k) => h === i && k < i && deprels[k] === 'mark' && forms[k].toLowerCase() === 'to')) {
        heads[i] = heads[object];
        deprels[i] = 'xcomp';
      }
      continue;
    }
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
