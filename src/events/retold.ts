import type { Tree } from '../syntax/tree.ts';
import { LEXICON } from '../lexicon/index.ts';
import { FORCE_ROOTS, VIOLENT_ROOTS } from './violent-roots.ts';

/** What the check needs of an event already coded in the sentence: its trigger token and code. */
export interface Told {
  trigger: number;
  code: string;
}

/** Roots of what a protest asks or protests against in its purpose clause ("marched to demand"). */
const PURPOSE_ROOTS: ReadonlySet<string> = new Set(['02', '10', '11', '14']);
/** Subordinators by which a gerund tells a step of the same proceeding ("sentenced him after finding him guilty"). */
const STEP_MARKERS: ReadonlySet<string> = new Set(['after', 'by', 'before', 'while', 'when']);
/** How close two triggers of one code must be to be one act told twice ("fought pitched battles"). */
const ADJACENT = 2;

/**
 * True when the act at `trigger` (code `code`, whose own phrase names no actor when `ownActor` is false)
 * is one already coded earlier in the sentence, told again (AG guide: one event per act):
 * - the same code just before a noun, or in a gerund of the same proceeding ("fought pitched battles",
 *   "sentenced him after finding him guilty");
 * - a violent noun in an "in" phrase after a verb of force, naming its manner ("abducted two
 *   drivers in a daring raid");
 * - what a protest demands or protests against in its purpose clause ("marched to demand the
 *   release of the hostages").
 */
export function isRetold(tree: Tree, trigger: number, code: string, ownActor: boolean, earlier: readonly Told[]): boolean {
  const before = earlier.filter((told) => told.trigger < trigger);
  const root = code.slice(0, 2);
  const previous = tree.tokens[trigger - 1]?.form.toLowerCase();
  const gerundStep = tree.tokens[trigger].xpos === 'VBG' && previous !== undefined && STEP_MARKERS.has(previous);
  const noun = tree.tokens[trigger].upos === 'NOUN';
  if (before.some((told) => told.code === code && ((noun && trigger - told.trigger <= ADJACENT) || gerundStep))) return true;
  // (Not after a casualty verb: "a policeman was killed in clashes" tells the clashes, whose victims the verb counts.)
  // (Nor after a noun: "violence raged on, with five killed in a bombing" tells a new act in the violence.)
  const force = (told: Told) => FORCE_ROOTS.has(told.code.slice(0, 2)) && tree.tokens[told.trigger].upos === 'VERB' && !LEXICON.casualtyVerbs.has(tree.lemma(told.trigger));
  if (noun && !ownActor && VIOLENT_ROOTS.has(root) && tree.markers(trigger).includes('in') && before.some(force)) return true;
  return previous === 'to' && PURPOSE_ROOTS.has(root) && before.some((told) => told.code.startsWith('14'));
}
