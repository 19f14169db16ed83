// Repair: the "by" phrase of a passive verb is labelled its object ("was condemned by/case rights
// groups/obj and by Washington"), so the events stage finds no agent, or reads the doer as the one
// acted on. A verb with a passive auxiliary takes no object marked by "by": that phrase is its agent.
import type { ParsedToken } from '../tree.ts';

/** Relabels obj as obl:agent when it has a "by" case word (hung on it) and hangs on a participle with a passive auxiliary. */
export function repairPassiveAgent(tokens: ParsedToken[]): void {
  const passive = new Set(tokens.filter((t) => t.deprel === 'aux:pass').map((t) => t.head));
  tokens.forEach((t, k) => {
    if (t.deprel !== 'obj' || !passive.has(t.head) || tokens[t.head]?.xpos !== 'VBN' || k < t.head) return;
    // (The parser may hang "by" on the first word of a compound: "by/case rights/compound groups".)
    const onPhrase = (h: number) => h === k || (tokens[h]?.head === k && h < k && tokens[h].deprel === 'compound');
    const by = tokens.findIndex((c, j) => j < k && j > t.head && onPhrase(c.head) && c.deprel === 'case' && c.form.toLowerCase() === 'by');
    if (by < 0) return;
    tokens[k] = { ...t, deprel: 'obl:agent' };
    tokens[by] = { ...tokens[by], head: k };
  });
}
