import type { ActorRef } from '../core/event.ts';
import { LEXICON } from '../lexicon/index.ts';
import type { Tree } from '../syntax/tree.ts';

/** A coded meeting, as far as this rule needs it: its sentence, code and parties. */
interface CodedMeeting {
  sentence: number;
  code: string;
  source: ActorRef[];
  target: ActorRef[];
}

/** True when the meeting noun at `i` lies ahead: a modal on its verb ("talks could resume") or an adjective such as "planned" on it. */
function lookingAhead(tree: Tree, i: number): boolean {
  // By form as well: "planned", "expected" read as participles have the verb's lemma.
  const prospect = (node: number) => LEXICON.prospectWords.has(tree.lemma(node)) || LEXICON.prospectWords.has(tree.tokens[node].form.toLowerCase());
  if (tree.dependents(i, 'amod').some(prospect)) return true;
  const verb = tree.head(i);
  return verb >= 0 && ['nsubj', 'nsubj:pass', 'obj'].includes(tree.relation(i)) && tree.dependents(verb, 'aux').some(prospect);
}

/** Determiners that name again talks already told of ("the negotiations", "these talks"). */
const DEFINITE: ReadonlySet<string> = new Set(['the', 'these', 'those', 'this', 'that']);

/** True when noun `i`, or the talks its "of" phrase names ("the collapse of the talks"), is definite. */
function namedAgain(tree: Tree, i: number): boolean {
  const definite = (node: number) => tree.dependents(node, 'det').some((det) => DEFINITE.has(tree.lemma(det).toLowerCase()));
  return definite(i) || tree.dependents(i, 'nmod').some((child) => tree.markers(child).includes('of') && definite(child));
}

/**
 * The parties of a meeting noun that names none, when it lies ahead, or when a definite noun tells
 * that the talks broke down (164): those of the nearest meeting (CAMEO 04, or talks that broke down,
 * 164) coded in its sentence or the two before ("Talks between Sudan and the rebels broke down. The
 * two sides will hold new negotiations in May": the same parties; "Talks between Sudan and the
 * rebels opened in May ..., the rebels said the negotiations had collapsed": those talks). Undefined otherwise.
 */
export function partiesOfResumedTalks(tree: Tree, i: number, code: string, sentence: number, coded: readonly CodedMeeting[]): { source: ActorRef[]; target: ActorRef[] } | undefined {
  const ahead = code.startsWith('04') && lookingAhead(tree, i);
  if (!ahead && !(code === '164' && namedAgain(tree, i))) return undefined;
  // (Talks that broke down are halted negotiations, 164, with the same parties.)
  const earlier = coded.filter((event) => (event.code.startsWith('04') || event.code === '164') && event.sentence <= sentence && event.sentence >= sentence - 2);
  const nearest = earlier.at(-1);
  return nearest ? { source: nearest.source, target: nearest.target } : undefined;
}
