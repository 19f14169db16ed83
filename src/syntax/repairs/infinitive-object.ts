// Repair: "orders to evacuate the villages may follow", "Lima insists bids to rescue them can succeed":
// the parser reads the object of a noun's infinitive as the subject of a clause that complements the
// infinitive ("evacuate [the villages may follow]"), so the act loses its object and the sentence its
// verb. When that clause has a modal or a tense of its own and the infinitive no object, the noun
// phrase is the subject of the clause's verb and the words between are the infinitive's object. Any
// noun with such an infinitive, not only an effort ("the decision to free the prisoners will anger
// settlers" too). Not after verbs that report or secure a clause (securing-verbs.txt: "steps to ensure
// miners may return"), nor with a subject pronoun ("they", "who"), which opens a clause.
import { LEXICON } from '../../lexicon/index.ts';
import { FINITE_TAGS } from '../clause-tags.ts';
import type { ParsedToken } from '../tree.ts';

/** True when token `k` is a pronoun that opens a clause as its subject ("they", "he", "who"). */
function isSubjectPronoun(tokens: readonly ParsedToken[], k: number): boolean {
  return tokens[k].xpos === 'WP' || (tokens[k].upos === 'PRON' && LEXICON.pronouns.subject.has(tokens[k].form.toLowerCase()));
}

/** Makes "N to V X will W" read N as W's subject and X as V's object. */
export function repairInfinitiveObject(tokens: ParsedToken[]): void {
  for (let v = 1; v < tokens.length; v++) {
    const verb = tokens[v];
    if (verb.xpos !== 'VB' || tokens[v - 1].form.toLowerCase() !== 'to' || tokens[v - 1].head !== v) continue;
    // The noun: the one the infinitive modifies, or (a second misreading) the infinitive's own subject right before "to".
    const asSubject = v >= 2 && tokens[v - 2].head === v && tokens[v - 2].deprel === 'nsubj' && tokens[v - 2].upos === 'NOUN';
    const noun = asSubject ? v - 2 : verb.head;
    if (!asSubject && (verb.deprel !== 'acl' || noun < 0 || noun > v || tokens[noun].upos !== 'NOUN')) continue;
    if (LEXICON.securingVerbs.has(verb.lemma) || LEXICON.reportingVerbs.has(verb.form.toLowerCase())) continue;
    const children = tokens.flatMap((token, c) => (token.head === v ? [c] : []));
    if (children.some((c) => tokens[c].deprel === 'obj')) continue;
    const clause = children.find((c) => c > v && tokens[c].deprel === 'ccomp' && tokens[c].upos === 'VERB');
    if (clause === undefined) continue;
    const clauseChildren = tokens.flatMap((token, c) => (token.head === clause ? [c] : []));
    if (clauseChildren.some((c) => tokens[c].deprel === 'mark')) continue;
    const subject = clauseChildren.find((c) => c > v && c < clause && /^nsubj/.test(tokens[c].deprel));
    if (subject === undefined || isSubjectPronoun(tokens, subject)) continue;
    const tensed = FINITE_TAGS.has(tokens[clause].xpos) || clauseChildren.some((c) => c > subject && c < clause && tokens[c].deprel === 'aux');
    if (!tensed) continue;
    if (asSubject) {
      // "Lima insists that bids to rescue them can succeed", read with "rescue" heading the clause: the clause's verb takes the
      // infinitive's place and its words before the noun ("that"), the noun becomes its subject, the infinitive the noun's.
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
