// Repair: "held hostage" parsed as a verb and its object. A bare captive noun (hostage, captive,
// prisoner: data/lexicon/en/predicate-nouns.txt) says what someone was made; it is no object of
// the verb, and two misreadings follow from taking it for one. A headline with no auxiliary ("Two
// Filipino sailors still held hostage in Somalia") becomes an active clause whose subject, the
// people held, reads as the doer: with no auxiliary, the subject is who was held. And the captors'
// "by" phrase is hung on the noun ("were held hostage by rebels"): it is the verb's agent.
import { LEXICON } from '../../lexicon/index.ts';
import type { ParsedToken } from '../tree.ts';

/** The bare captive noun that is the only object of verb `v`, if it has one ("held hostage"). */
function captiveObject(tokens: readonly ParsedToken[], v: number): number | undefined {
  const objects = tokens.flatMap((t, k) => (t.head === v && (t.deprel === 'obj' || t.deprel === 'iobj') ? [k] : []));
  if (objects.length !== 1 || objects[0] < v) return undefined;
  const object = tokens[objects[0]];
  if (object.xpos !== 'NN' || !LEXICON.predicateNouns.has(object.form.toLowerCase())) return undefined;
  return tokens.some((t) => t.head === objects[0] && ['det', 'nmod:poss', 'amod', 'nummod'].includes(t.deprel)) ? undefined : objects[0];
}

/** Makes the subject of "held hostage" with no auxiliary a passive subject, and a "by" phrase on "hostage" the verb's agent. */
export function repairCaptivePredicate(tokens: ParsedToken[]): void {
  tokens.forEach((verb, v) => {
    if (verb.upos !== 'VERB' || (verb.xpos !== 'VBN' && verb.xpos !== 'VBD')) return;
    const object = captiveObject(tokens, v);
    if (object === undefined) return;
    const agent = tokens.findIndex((t, k) => t.head === object && k > object && t.deprel.startsWith('nmod') && tokens.some((c) => c.head === k && c.deprel === 'case' && c.form.toLowerCase() === 'by'));
    if (agent >= 0) tokens[agent] = { ...tokens[agent], head: v, deprel: 'obl' };
    if (tokens.some((t) => t.head === v && t.deprel.startsWith('aux'))) return;
    tokens.forEach((t, k) => {
      if (t.head === v && t.deprel === 'nsubj' && k < v) tokens[k] = { ...t, deprel: 'nsubj:pass' };
    });
  });
}
