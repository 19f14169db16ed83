// Repair: a participle clause set off by commas between a subject and its verb ("The prime minister,
// heckled by opposition lawmakers, denied the charge") is a reduced relative on the subject. The
// parser sometimes makes the participle the root, with the subject as its own, and hangs the real
// main verb on it as a parataxis; the events stage then finds no subject for the main verb ("denied"
// codes nothing). Such a root participle with a subject before it, a comma right before it, no
// auxiliary, copula or marker of its own, and a parataxis verb with a tense and no subject after a
// second comma gives the root and the subject to that verb, and becomes a participle on the subject.
import type { ParsedToken } from '../tree.ts';

/** Dependents that give the participle a clause of its own ("was heckled", "as heckled"). */
const OWN_CLAUSE = /^(aux|cop|mark|expl|csubj)/;
/** Tags of a verb with a tense. */
const FINITE = new Set(['VBD', 'VBZ', 'VBP']);

/** Makes the parataxis verb after a comma-set participle the root, with the participle's subject. */
export function repairParentheticalParticiple(tokens: ParsedToken[]): void {
  const root = tokens.findIndex((token) => token.deprel === 'root');
  if (root < 1) return;
  const participle = tokens[root];
  // (A passive participle the tagger read as a past tense is one too when a "by" agent follows it.)
  const children = tokens.flatMap((t, k) => (t.head === root ? [k] : []));
  const agent = children.some((k) => tokens[k].deprel === 'obl:agent');
  if (participle.upos !== 'VERB' || !(participle.xpos === 'VBN' || (participle.xpos === 'VBD' && agent))) return;
  if (tokens[root - 1].form !== ',' || children.some((k) => OWN_CLAUSE.test(tokens[k].deprel))) return;
  const subjects = children.filter((k) => tokens[k].deprel === 'nsubj' || tokens[k].deprel === 'nsubj:pass');
  if (subjects.length !== 1 || subjects[0] > root || !['NOUN', 'PROPN'].includes(tokens[subjects[0]].upos)) return;
  // A participle with an object of its own is a past tense ("The minister, however, rejected the plan").
  if (children.some((k) => tokens[k].deprel === 'obj')) return;
  const verb = children.find((k) => k > root && tokens[k].deprel === 'parataxis' && tokens[k].upos === 'VERB' && FINITE.has(tokens[k].xpos));
  if (verb === undefined || tokens.some((t) => t.head === verb && /^nsubj/.test(t.deprel))) return;
  // The second comma closes the participle clause, just before the verb or its adverb ("..., angrily denied").
  let before = verb - 1;
  while (before > root && tokens[before].upos === 'ADV' && tokens[before].head === verb) before--;
  if (tokens[before].form !== ',') return;
  const subject = subjects[0];
  tokens[verb] = { ...tokens[verb], head: -1, deprel: 'root' };
  tokens[subject] = { ...tokens[subject], head: verb, deprel: 'nsubj' };
  tokens[root] = { ...participle, head: subject, deprel: 'acl', xpos: 'VBN' };
  // What follows the main verb (the closing full stop, a time phrase) is the main verb's.
  for (const k of children) if (k > verb) tokens[k] = { ...tokens[k], head: verb };
}
