// Repair: the "by" phrase of a passive verb is labelled its object ("was denounced by/case opposition
// parties/obj and by Brussels"), so the events stage finds no agent, or reads the doer as the one
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

// A past participle after a noun, before its "by" phrase, is parsed as the adjective of the agent
// noun ("held a referendum denounced/amod by opposition parties/obj"): the participle names no quality of
// the agent, a "by" phrase stands between them. The participle is a reduced relative on the noun
// before it, and the "by" phrase its agent.
const NOMINAL = new Set(['NOUN', 'PROPN']);

/** Re-hangs a participle read as the adjective of the "by" noun after it as a relative on the noun before it, the "by" noun its agent. */
export function repairAgentModifier(tokens: ParsedToken[]): void {
  tokens.forEach((t, v) => {
    if (t.deprel !== 'amod' || t.xpos !== 'VBN' || v === 0 || t.head <= v + 1) return;
    const agent = t.head;
    if (tokens[v + 1].form.toLowerCase() !== 'by' || !NOMINAL.has(tokens[v - 1].upos) || !NOMINAL.has(tokens[agent].upos)) return;
    // "by" opens the agent's phrase: hung on it or on a word compounded onto it ("by/case rights/compound groups").
    const by = tokens[v + 1];
    if (by.head !== agent && !(tokens[by.head]?.head === agent && by.head < agent && tokens[by.head].deprel === 'compound')) return;
    tokens[v] = { ...t, head: v - 1, deprel: 'acl' };
    tokens[v + 1] = { ...by, head: agent, deprel: 'case' };
    tokens[agent] = { ...tokens[agent], head: v, deprel: 'obl:agent' };
  });
}
