// Repair: a wire lead dates its act right after the verb ("left Rwanda on Monday for Darfur",
// "were found guilty on Tuesday of beating prisoners", "met Sunday with rebel envoys"), and the parser
// hangs the phrase that follows the day word on the day word, as if it modified the day: the verb
// loses the phrase that names its other party or its act. A day word (a weekday, "yesterday",
// "today") that dates a verb or adjective takes no such phrase: a prepositional phrase or clause
// after it that is no time phrase itself ("on Monday of last week", "Monday in 2004" stay) goes back
// to the verb, or, for an "of" phrase, to the adjective or noun the verb predicates ("found guilty
// ... of beating").
import { LEXICON } from '../../lexicon/index.ts';
import type { ParsedToken } from '../tree.ts';

/** Relations by which the parser hangs a verb's phrase on the day word before it. */
const MISHUNG = new Set(['nmod', 'acl']);
/** Heads whose dating phrase a day word is. */
const DATED = new Set(['VERB', 'ADJ']);
/** Predicates of a verb that an "of" phrase completes ("found guilty of", "declared innocent of"). */
const PREDICATE = new Set(['xcomp', 'obj']);

/** Gives back to the verb (or its predicate) the phrases the parser hung on the day word that dates it. */
export function repairDatePhrase(tokens: ParsedToken[]): void {
  splitDatedObject(tokens);
  for (let day = 0; day < tokens.length; day++) {
    const { head, deprel, form } = tokens[day];
    if (head < 0 || head >= day || !deprel.startsWith('obl') || !LEXICON.calendar.dayWords.has(form.toLowerCase())) continue;
    if (!DATED.has(tokens[head].upos)) continue;
    for (let phrase = day + 1; phrase < tokens.length; phrase++) {
      const token = tokens[phrase];
      if (token.head !== day || !MISHUNG.has(token.deprel) || isTimePhrase(tokens, phrase)) continue;
      const marker = tokens.find((t, k) => t.head === phrase && k < phrase && (t.deprel === 'case' || t.deprel === 'mark'));
      // An infinitive of purpose ("met on Monday to discuss") is left where it is.
      if (!marker || marker.form.toLowerCase() === 'to') continue;
      const predicate = marker.form.toLowerCase() === 'of' ? predicateBefore(tokens, head, day) : undefined;
      const newHead = predicate ?? head;
      const relation = token.deprel === 'acl' ? (tokens[newHead].upos === 'NOUN' ? 'acl' : 'advcl') : tokens[newHead].upos === 'NOUN' ? 'nmod' : 'obl';
      tokens[phrase] = { ...token, head: newHead, deprel: relation };
    }
  }
}

/** True for a phrase that is itself a time ("of last week", "in 2004"). */
function isTimePhrase(tokens: readonly ParsedToken[], phrase: number): boolean {
  const token = tokens[phrase];
  return token.upos === 'NUM' || LEXICON.calendar.timeNouns.has(token.lemma.toLowerCase()) || LEXICON.calendar.timeNouns.has(token.form.toLowerCase());
}

/** The adjective or noun the verb predicates before the day word ("found [guilty] on Monday of"), if any. */
function predicateBefore(tokens: readonly ParsedToken[], verb: number, day: number): number | undefined {
  const k = tokens.findIndex((t, i) => i > verb && i < day && t.head === verb && PREDICATE.has(t.deprel) && (t.upos === 'ADJ' || (t.upos === 'NOUN' && t.deprel === 'xcomp')));
  return k < 0 ? undefined : k;
}

/**
 * "freed on Sunday 50 prisoners", "rejected on Monday the plan": the object that follows the dating
 * phrase is read as part of it, either as the head of the "on" phrase with the day word as its
 * compound, or as an apposition of the day word. When the verb has no object of its own, the day
 * word takes the "on" back and the noun becomes the verb's object (not for a reporting verb, whose
 * noun there is the subject of the clause it reports).
 */
function splitDatedObject(tokens: ParsedToken[]): void {
  for (let day = 1; day + 1 < tokens.length; day++) {
    const { form, head, deprel } = tokens[day];
    if (!LEXICON.calendar.dayWords.has(form.toLowerCase()) || tokens[day - 1].form.toLowerCase() !== 'on' || tokens[day - 1].deprel !== 'case') continue;
    // The noun the object's phrase hangs from: the day word's head (compound) or a dependent of the day word (appos).
    const noun = deprel === 'compound' && head > day ? head : tokens.findIndex((t, k) => k > day && t.head === day && t.deprel === 'appos');
    if (noun < 0 || (tokens[noun].upos !== 'NOUN' && tokens[noun].upos !== 'PROPN') || isTimePhrase(tokens, noun)) continue;
    const verb = deprel === 'compound' ? tokens[noun].head : head;
    if (verb < 0 || verb >= day || tokens[verb].upos !== 'VERB' || tokens.some((t) => t.head === verb && t.deprel === 'obj')) continue;
    if (deprel === 'compound' && (tokens[noun].head !== verb || !tokens[noun].deprel.startsWith('obl') || tokens[day - 1].head !== noun)) continue;
    if (deprel !== 'compound' && !(head === verb && deprel.startsWith('obl'))) continue;
    // A reporting verb's noun after the date opens its reported clause ("said on Sunday two reporters were alive").
    if (tokens.some((t) => t.head === verb && t.deprel.endsWith(':pass')) || LEXICON.reportingVerbs.has(tokens[verb].form.toLowerCase())) continue;
    tokens[day - 1] = { ...tokens[day - 1], head: day };
    tokens[day] = { ...tokens[day], head: verb, deprel: 'obl' };
    tokens[noun] = { ...tokens[noun], head: verb, deprel: 'obj' };
  }
}
