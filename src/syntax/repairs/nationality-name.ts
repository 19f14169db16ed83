// Repair: a nationality adjective that opens a titled name right after a verb ("will meet Russian
// President Vladimir Putin", "hoped to meet Chinese President Hu Jintao", "said Russian President
// Vladimir Putin would visit") is often parsed as a clause of its own: the adjective becomes a
// complement of some verb and the name a conjunct of it, or the subject of the verb of another
// clause. The adjective modifies the name. The name is then the object of the verb before it,
// unless it is the subject of a clause of its own after it, which then hangs on that verb.
import type { ParsedToken } from '../tree.ts';

const NAME_PARTS = new Set(['nmod:desc', 'flat', 'compound', 'amod', 'flat:name']);

/** The words of the titled name after `adjective` ("President Vladimir Putin"): capitalised proper names and title words. */
function nameAfter(tokens: readonly ParsedToken[], adjective: number): number[] {
  const words: number[] = [];
  for (let k = adjective + 1; k < tokens.length && (tokens[k].upos === 'PROPN' || tokens[k].xpos === 'NNP') && /^[A-Z]/.test(tokens[k].form); k++) words.push(k);
  return words;
}

/** Makes a nationality adjective misparsed outside the titled name after it that name's modifier, and gives the name its role. */
export function repairNationalityName(tokens: ParsedToken[]): void {
  for (let adjective = 1; adjective < tokens.length; adjective++) {
    const verb = adjective - 1;
    const token = tokens[adjective];
    if (token.upos !== 'ADJ' || !/^[A-Z][a-z]/.test(token.form) || tokens[verb].upos !== 'VERB') continue;
    const name = nameAfter(tokens, adjective);
    if (!name.some((k) => tokens[k].upos === 'PROPN') || name.includes(token.head)) continue;
    // The name's head word: the one whose head lies outside the name, the others hanging inside it.
    const outside = name.filter((k) => !name.includes(tokens[k].head));
    if (outside.length !== 1 || name.some((k) => k !== outside[0] && !NAME_PARTS.has(tokens[k].deprel))) continue;
    const [head] = outside;
    const governor = tokens[head].head;
    const last = name[name.length - 1];
    // "said Russian President Vladimir Putin would visit": the subject of a clause after it that has no other subject.
    const clause = tokens[head].deprel.startsWith('nsubj') && governor > last && !tokens.some((t, k) => k !== head && t.head === governor && t.deprel.startsWith('nsubj'));
    if (clause) {
      if (governor !== verb && tokens[governor].head === adjective) tokens[governor] = { ...tokens[governor], head: verb, deprel: 'ccomp' };
    } else {
      if (tokens.some((t) => t.head === verb && t.deprel === 'obj')) continue;
      tokens[head] = { ...tokens[head], head: verb, deprel: 'obj' };
    }
    // Whatever else hung on the adjective hangs on the verb.
    tokens.forEach((t, k) => {
      if (t.head === adjective && k !== head) tokens[k] = { ...t, head: verb };
    });
    tokens[adjective] = { ...token, head, deprel: 'amod' };
  }
}
