// Repair: a schedule frame "be due/set/poised/slated to" + verb ("is due to meet", "is set to sign")
// is misread in two ways: the subject noun before it becomes the sentence's root with "is due" hung
// on it as a phrase ("secretary" root, "is" case, "due" amod, "meet" advcl of "due"), or the
// infinitive becomes the frame's clausal subject (csubj). The frame is the clause: its word is the
// head, the noun before "be" its subject, "be" its copula and the verb its complement (xcomp), as
// the parser reads the same words in other sentences.
import type { ParsedToken } from '../tree.ts';

const BE = new Set(['is', 'are', 'was', 'were', "'s", "'re", 'be']);
const FRAMES = new Set(['due', 'set', 'poised', 'slated']);

/** Rebuilds "N be due to V" as due(nsubj N, cop be, xcomp V) where the parser made N the root or V a clausal subject. */
export function repairScheduleFrame(tokens: ParsedToken[]): void {
  for (let be = 1; be + 3 < tokens.length; be++) {
    const [frame, to, verb] = [be + 1, be + 2, be + 3];
    if (!BE.has(tokens[be].form.toLowerCase()) || !FRAMES.has(tokens[frame].form.toLowerCase()) || tokens[to].form.toLowerCase() !== 'to' || tokens[verb].xpos !== 'VB') continue;
    // "is set to meet" with the infinitive as the frame's clausal subject: it is its complement.
    if (tokens[verb].head === frame && tokens[verb].deprel === 'csubj') {
      tokens[verb] = { ...tokens[verb], deprel: 'xcomp' };
      continue;
    }
    // The subject: the top of the phrase just before "be", when the parser made it the root.
    let subject = be - 1;
    for (let guard = 0; tokens[subject].head >= 0 && tokens[subject].head < be && guard < tokens.length; guard++) subject = tokens[subject].head;
    if (tokens[subject].head !== -1 || tokens[subject].upos === 'VERB') continue;
    tokens.forEach((t, k) => {
      if (k > verb && (t.head === subject || t.head === be || t.head === frame)) tokens[k] = { ...t, head: t.deprel === 'punct' ? frame : verb };
    });
    tokens[frame] = { ...tokens[frame], head: -1, deprel: 'root' };
    tokens[subject] = { ...tokens[subject], head: frame, deprel: 'nsubj' };
    tokens[be] = { ...tokens[be], head: frame, deprel: 'cop' };
    tokens[to] = { ...tokens[to], upos: 'PART', xpos: 'TO', head: verb, deprel: 'mark' };
    tokens[verb] = { ...tokens[verb], head: frame, deprel: 'xcomp' };
    return;
  }
}
