// Repair: "will visit China next month", "travels to Ukraine this week": the parser reads the name
// before a relative period as a compound of the period's noun ("[China next month]", as in "China
// trade"), so the verb loses its object or its "to" phrase (and the event the place it is aimed at).
// A compound cannot stand before the modifier of its own head: a name hung on a calendar noun
// ("week", "month", "year", a weekday) across a word that dates it ("next", "last", "this",
// "coming") heads the phrase itself. The name takes the period's place under its head (with the
// preposition and determiners before it), and the period becomes a bare time phrase of that head.
import { LEXICON } from '../../lexicon/index.ts';
import type { ParsedToken } from '../tree.ts';

/** Relations of a period noun whose place a name taken for its compound can take. */
const TAKEN = new Set(['obj', 'obl', 'obl:unmarked', 'obl:tmod', 'nmod', 'nmod:unmarked', 'nmod:tmod']);
/** Relations of the words before the name that belong to the name's phrase, not to the period ("to", "the", "neighbouring"). */
const PHRASE_WORDS = new Set(['case', 'det', 'amod', 'compound', 'nmod:poss']);

/** Gives back to a name read as a compound of the dated period after it the period's place in the sentence. */
export function repairPeriodCompound(tokens: ParsedToken[]): void {
  for (let name = 0; name + 2 < tokens.length; name++) {
    const { upos, deprel, head: period } = tokens[name];
    if (upos !== 'PROPN' || deprel !== 'compound' || period <= name + 1) continue;
    if (!LEXICON.calendar.timeNouns.has(tokens[period].form.toLowerCase()) && !LEXICON.calendar.timeNouns.has(tokens[period].lemma.toLowerCase())) continue;
    // Only the period's dating words stand between: "China [next] month", "Iraq [early next] year".
    const between = tokens.slice(name + 1, period);
    if (!between.some((t) => LEXICON.dateModifiers.includes(t.form.toLowerCase())) || !between.every((t) => t.head === period && (t.upos === 'ADJ' || t.upos === 'DET' || t.upos === 'ADV'))) continue;
    const { head: above, deprel: relation } = tokens[period];
    if (above < 0 || !TAKEN.has(relation)) continue;
    const aboveVerb = tokens[above].upos === 'VERB';
    const marked = tokens.some((t, k) => k < name && t.head === period && t.deprel === 'case');
    // A bare noun phrase under a verb is its object, unless the verb has one ("visited Iraq last week").
    const nameRelation = marked ? (aboveVerb ? 'obl' : 'nmod') : aboveVerb ? (relation === 'obj' || !tokens.some((t) => t.head === above && t.deprel === 'obj') ? 'obj' : 'obl:unmarked') : 'nmod';
    if (!aboveVerb && !marked && relation !== 'nmod') continue;
    for (let k = 0; k < name; k++) {
      if (tokens[k].head === period && PHRASE_WORDS.has(tokens[k].deprel)) tokens[k] = { ...tokens[k], head: name };
    }
    tokens[name] = { ...tokens[name], head: above, deprel: nameRelation };
    tokens[period] = { ...tokens[period], head: above, deprel: aboveVerb ? 'obl:unmarked' : 'nmod:unmarked' };
  }
}
