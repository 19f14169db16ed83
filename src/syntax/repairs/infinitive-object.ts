// Repair: "efforts to free the hostages will continue", "said a bid to release them had failed": the
// parser reads the object of the noun's infinitive as the subject of a clause that complements the
// infinitive ("free [the hostages will continue]"), so the act loses its object and the sentence its
// verb. When that clause has a modal or a tense of its own and the infinitive no object, the noun
// phrase is the subject of the clause's verb and the words between are the infinitive's object. Not
// after verbs that report or secure a clause ("efforts to ensure they will be paid"), nor with a
// subject pronoun ("they", "he"), which opens a clause.
import { LEXICON } from '../../lexicon/index.ts';
import type { ParsedToken } from '../tree.ts';

const CLAUSE_TAKERS = new Set(['ensure', 'make', 'show', 'prove', 'see', 'know', 'insure', 'guarantee', 'demonstrate', 'determine']);
const SUBJECT_PRONOUNS = new Set(['i', 'we', 'you', 'he', 'she', 'they', 'it', 'who']);
const FINITE = new Set(['VBD', 'VBZ', 'VBP']);

/** Makes "N to V X will W" read N as W's subject and X as V's object. */
export function repairInfinitiveObject(tokens: ParsedToken[]): void {
  for (let v = 1; v < tokens.length; v++) {
    const verb = tokens[v];
    if (verb.xpos !== 'VB' || tokens[v - 1].form.toLowerCase() !== 'to' || tokens[v - 1].head !== v) continue;
    // The noun: the one the infinitive modifies, or (a second misreading) the infinitive's own subject right before "to".
    const asSubject = v >= 2 && tokens[v - 2].head === v && tokens[v - 2].deprel === 'nsubj' && tokens[v - 2].upos === 'NOUN';
    const noun = asSubject ? v - 2 : verb.head;
    if (!asSubject && (verb.deprel !== 'acl' || noun < 0 || noun > v || tokens[noun].upos !== 'NOUN')) continue;
    if (CLAUSE_TAKERS.has(verb.lemma) || LEXICON.reportingVerbs.has(verb.form.toLowerCase())) continue;
    const children = tokens.flatMap((token, c) => (token.head === v ? [c] : []));
    if (children.some((c) => tokens[c].deprel === 'obj')) continue;
    const clause = children.find((c) => c > v && tokens[c].deprel === 'ccomp' && tokens[c].upos === 'VERB');
    if (clause === undefined) continue;
    const clauseChildren = tokens.flatMap((token, c) => (token.head === clause ? [c] : []));
    if (clauseChildren.some((c) => tokens[c].deprel === 'mark')) continue;
    const subject = clauseChildren.find((c) => c > v && c < clause && /^nsubj/.test(tokens[c].deprel));
    if (subject === undefined || SUBJECT_PRONOUNS.has(tokens[subject].form.toLowerCase())) continue;
    const tensed = FINITE.has(tokens[clause].xpos) || clauseChildren.some((c) => c > subject && c < clause && tokens[c].deprel === 'aux');
    if (!tensed) continue;
    if (asSubject) {
      // "... and that efforts to free them would continue", read with "free" heading the clause: the clause's verb takes the
      // infinitive's place and its words before the noun ("and", "that"), the noun becomes its subject, the infinitive the noun's.
      tokens[clause] = { ...tokens[clause], head: verb.head, deprel: verb.deprel };
      tokens.forEach((token, k) => {
        if (token.head === v && (k < noun || k > clause)) tokens[k] = { ...token, head: clause };
      });
      tokens[noun] = { ...tokens[noun], head: clause, deprel: 'nsubj' };
      tokens[v] = { ...tokens[v], head: noun, deprel: 'acl' };
      tokens[subject] = { ...tokens[subject], head: v, deprel: 'obj' };
      continue;
    }
    // The noun takes the clause's verb as its head; the verb takes the noun's place (root, or the complement of a verb that had the noun as object).
    const top = tokens[noun].head;
    const place = tokens[noun].deprel;
    if (place !== 'root' && !(place === 'obj' && top >= 0 && LEXICON.reportingVerbs.has(tokens[top].form.toLowerCase()))) continue;
    tokens[clause] = { ...tokens[clause], head: top, deprel: place === 'root' ? 'root' : 'ccomp' };
    tokens[noun] = { ...tokens[noun], head: clause, deprel: 'nsubj' };
    tokens[subject] = { ...tokens[subject], head: v, deprel: 'obj' };
    tokens.forEach((token, k) => {
      if (k > clause && token.head === noun) tokens[k] = { ...token, head: clause };
    });
  }
}
