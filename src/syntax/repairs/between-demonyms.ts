// Repair: "Talks between Greek and Turkish Cypriot leaders broke off" is misread around its
// demonyms: "between" hangs on the first demonym, read as a compound of "leaders", and "leaders"
// becomes a conjunct of "Talks" (talks and leaders), so the talks lose their parties. The noun
// that the first demonym modifies is the head of the "between" phrase: it becomes the event noun's
// nmod, with "between" its case marker.
import type { ParsedToken } from '../tree.ts';

/** Rebuilds "N between A and B X" as N(nmod X(case between, A(conj B))) where the parser made X a conjunct of N. */
export function repairBetweenDemonyms(tokens: ParsedToken[]): void {
  tokens.forEach((between, b) => {
    if (between.form.toLowerCase() !== 'between' || between.deprel !== 'case' || between.head !== b + 1) return;
    const first = b + 1;
    if (!['compound', 'amod'].includes(tokens[first].deprel)) return;
    const phrase = tokens[first].head;
    let noun = tokens[phrase]?.head ?? -1;
    if (phrase <= first || noun < 0 || noun >= b || !['NOUN', 'PROPN'].includes(tokens[noun].upos)) return;
    // "the end of a round of talks between Bamako and Tuareg rebels", with the phrase hung on the
    // noun before "between" or on one further back: "between" belongs to the noun right before it.
    const farther = tokens[phrase].deprel === 'nmod' && noun <= b - 1 && tokens[b - 1].upos === 'NOUN';
    if (tokens[phrase].deprel !== 'conj' && !farther) return;
    if (farther) noun = b - 1;
    if (!['NOUN'].includes(tokens[phrase].upos)) return;
    // The words between the demonym and the noun belong to the phrase (its conjuncts, "and", modifiers).
    for (let k = first + 1; k < phrase; k++) if (tokens[k].head !== first && tokens[k].head !== phrase && tokens[tokens[k].head]?.head !== first) return;
    tokens[b] = { ...between, head: phrase };
    tokens[phrase] = { ...tokens[phrase], deprel: 'nmod', head: noun };
    tokens[first] = { ...tokens[first], deprel: 'amod' };
  });
}
