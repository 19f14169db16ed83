// Repair: the subject of a verb with a passive auxiliary is labelled an active subject ("Three
// Japanese civilians are still being/aux:pass held hostage"), so the events stage reads the people
// the act was done to as its doers. A verb with a passive auxiliary has no active subject: its
// nsubj is a passive subject.
import type { ParsedToken } from '../tree.ts';

/** Relabels nsubj as nsubj:pass on a verb that has a passive auxiliary ("are being held"). */
export function repairPassiveSubject(tokens: ParsedToken[]): void {
  const passive = new Set(tokens.filter((t) => t.deprel === 'aux:pass').map((t) => t.head));
  tokens.forEach((t, k) => {
    if (t.deprel === 'nsubj' && passive.has(t.head) && tokens[t.head]?.xpos === 'VBN') tokens[k] = { ...t, deprel: 'nsubj:pass' };
  });
}
