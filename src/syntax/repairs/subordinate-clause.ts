// Repair: a clause opened by a word that is also a preposition ("freed after a conviction was
// quashed by a court", "recalled its envoy after the government threatened to cut ties") is parsed
// as a prepositional phrase ("after a conviction", hung on the main verb or a noun) and a
// subjectless verb ("was quashed"; "threatened", a tense with an object or clause of its own, with
// no auxiliary), a conjunct or complement. The phrase's
// noun becomes the verb's subject, the preposition its marker, and the verb an adverbial clause of
// the verb the phrase belonged to. "As" opens such a clause too ("shares rose as Japan pledged aid"), not
// after "such", "well" or "so" ("countries such as Japan"). A past or present tense with no object is a
// clause verb too when a phrase of its own follows it ("hours after both sides agreed on a truce",
// "as the envoy arrived in Kabul"): the tagger has told it from a participle. A clause opened by a time noun before such a word ("A day after a
// rocket killed a farmer, troops raided the camp") is parsed with the time noun as the clause verb's
// subject and the main clause as its complement: the clause becomes an adverbial clause of the main one.
import { LEXICON } from '../../lexicon/index.ts';
import type { ParsedToken } from '../tree.ts';
import { isUnder } from './token-heads.ts';

const SUBJECT = /^(nsubj|csubj|expl)/;

/** The words before "as" that make it no clause opener ("such as", "as well as", "so as to"). */
const NOT_CLAUSE_AS: ReadonlySet<string> = new Set(['such', 'well', 'so', 'just', 'same']);

/** True when token `k` is a preposition that may open a clause: a clause preposition, or "as" not after "such", "well", "so". */
function opensClause(tokens: readonly ParsedToken[], k: number): boolean {
  const word = tokens[k].lemma.toLowerCase();
  if (LEXICON.clausePrepositions.has(word)) return true;
  return word === 'as' && (k === 0 || !NOT_CLAUSE_AS.has(tokens[k - 1].form.toLowerCase()));
}

/** The noun of a "preposition + noun phrase" that ends right before `first`, with its case word, or undefined. */
function phraseBefore(tokens: readonly ParsedToken[], first: number): { noun: number; word: number } | undefined {
  for (let word = first - 2; word >= 0 && word >= first - 8; word--) {
    if (tokens[word].deprel !== 'case' || !opensClause(tokens, word)) continue;
    // ("as 12/case-head West African nations agreed": the word may be hung on the phrase's number.)
    const counted = tokens[word].head;
    const noun = counted >= 0 && tokens[counted].upos === 'NUM' && tokens[counted].deprel === 'nummod' ? tokens[counted].head : counted;
    if (noun <= word || noun >= first || !['NOUN', 'PROPN', 'PRON'].includes(tokens[noun].upos)) return undefined;
    // Every word from the preposition up to the verb's first auxiliary belongs to the phrase.
    for (let k = word; k < first; k++) if (!isUnder(tokens, k, noun)) return undefined;
    return { noun, word };
  }
  return undefined;
}

/** Makes the noun of a misread "after/until ... + noun" phrase the subject of the subjectless verb (with auxiliaries, or active with an object) right after it. */
export function repairSubordinateClause(tokens: ParsedToken[]): void {
  if (!tokens.some((token, k) => token.deprel === 'case' && opensClause(tokens, k))) return;
  for (let verb = 0; verb < tokens.length; verb++) {
    if (tokens[verb].upos !== 'VERB' || tokens[verb].head < 0) continue;
    const children = tokens.flatMap((token, k) => (token.head === verb ? [k] : []));
    if (children.some((k) => SUBJECT.test(tokens[k].deprel))) continue;
    const auxiliaries = children.filter((k) => k < verb && tokens[k].deprel.startsWith('aux'));
    // With no auxiliary, a past or present tense that has an object or a clause of its own
    // ("after the government threatened to cut ties"): a participle there may modify the noun.
    // ("hours after both sides agreed on a truce": a tense with a phrase of its own and no object will do too)
    const active = ['VBD', 'VBZ', 'VBP'].includes(tokens[verb].xpos) && children.some((k) => k > verb && /^(obj|xcomp|ccomp|obl)$/.test(tokens[k].deprel));
    const pastRead = pastReadAsParticiple(tokens, verb, children);
    if (!auxiliaries.length && !active && !pastRead) continue;
    const phrase = phraseBefore(tokens, auxiliaries.length ? Math.min(...auxiliaries) : verb);
    if (!phrase) continue;
    // The clause belongs to the nearest verb above the phrase, outside the clause itself.
    let main = tokens[phrase.noun].head;
    while (main >= 0 && (tokens[main].upos !== 'VERB' || isUnder(tokens, main, verb))) main = tokens[main].head;
    if (main < 0 || isUnder(tokens, main, phrase.noun)) continue;
    const passive = children.some((k) => tokens[k].deprel === 'aux:pass');
    tokens[phrase.noun] = { ...tokens[phrase.noun], head: verb, deprel: passive ? 'nsubj:pass' : 'nsubj' };
    tokens[phrase.word] = { ...tokens[phrase.word], head: verb, deprel: 'mark' };
    tokens[verb] = { ...tokens[verb], head: main, deprel: 'advcl', xpos: pastRead ? 'VBD' : tokens[verb].xpos };
  }
}

/**
 * Prepositions after which a verb's phrase says where its act went, not where a participle's thing is ("fired on",
 * "agreed on", "crashed into"). Not "at": a participle's thing is often at a place ("traders detained at the border").
 */
const ACT_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'into', 'against', 'upon']);

/**
 * True when `verb`, tagged a participle (VBN) and parsed as the modifier of the noun right before it, is the
 * past tense of a clause ("after a tank crew fired/VBN on a patrol", "after gunmen seized/VBN the mayor"):
 * it takes an object, or a phrase of "on", "into" or "against", and no "by" agent. A participle
 * rarely takes an object, and its phrases say where or when ("after talks held in Geneva"). Without an
 * object, a verb of what is done to people (data/lexicon/en/passive-verbs.txt: "after envoys expelled on
 * spying charges") is a participle, and so is one whose noun phrase a later verb or auxiliary completes
 * ("after two guards posted on the roof were shot": the phrase is the subject of "were shot").
 */
function pastReadAsParticiple(tokens: readonly ParsedToken[], verb: number, children: readonly number[]): boolean {
  const token = tokens[verb];
  if (token.xpos !== 'VBN' || token.deprel !== 'acl' || token.head !== verb - 1) return false;
  const preposition = (k: number) => tokens.find((word) => word.head === k && word.deprel === 'case')?.lemma.toLowerCase();
  if (children.some((k) => tokens[k].deprel.startsWith('obl') && preposition(k) === 'by')) return false;
  if (children.some((k) => k > verb && tokens[k].deprel === 'obj')) return true;
  if (LEXICON.passiveVerbs.has(token.lemma.toLowerCase()) || completedLater(tokens, verb)) return false;
  // ("talks held on Monday": a phrase of time says when, as a participle's phrase does)
  const actPhrase = (k: number) => ACT_PREPOSITIONS.has(preposition(k) ?? '') && !LEXICON.calendar.timeNouns.has(tokens[k].lemma.toLowerCase());
  return children.some((k) => k > verb && tokens[k].deprel === 'obl' && actPhrase(k));
}

/** True when an auxiliary or a tensed verb follows the words under `verb` right away: the noun phrase `verb` modifies is that verb's subject. */
function completedLater(tokens: readonly ParsedToken[], verb: number): boolean {
  let last = verb;
  while (last + 1 < tokens.length && isUnder(tokens, last + 1, verb)) last++;
  const next = tokens[last + 1];
  return next !== undefined && (next.upos === 'AUX' || (next.upos === 'VERB' && ['VBD', 'VBZ', 'VBP'].includes(next.xpos)));
}

/** Nouns of a stretch of time that open a clause with "after" or "before" ("hours after", "a day before"). */
const SPAN_NOUNS: ReadonlySet<string> = new Set(['minute', 'hour', 'day', 'week', 'month', 'year', 'moment']);
/** Relations the parser gives the main clause that follows such a clause, after a comma. */
const MAIN_CLAUSE = /^(ccomp|parataxis|conj)$/;

/**
 * "A day after a rocket killed a farmer, the army raided the camp": read as "a day [after a rocket] killed
 * a farmer" (the time noun its subject, or an oblique of a verb with no subject) with "raided" its
 * complement or conjunct. The noun after the preposition becomes the clause verb's subject,
 * the preposition its marker and the time noun its modifier; the main clause after the comma becomes the
 * root, with the clause as its adverbial clause.
 */
export function repairTimedClause(tokens: ParsedToken[]): void {
  for (let verb = 0; verb < tokens.length; verb++) {
    if (tokens[verb].upos !== 'VERB' || tokens[verb].head !== -1 || !['VBD', 'VBZ', 'VBP'].includes(tokens[verb].xpos)) continue;
    const children = tokens.flatMap((token, k) => (token.head === verb ? [k] : []));
    // (the time noun taken for the subject, or for an oblique of a verb with no subject)
    const span = children.find((k) => k < verb && /^(nsubj|obl)/.test(tokens[k].deprel) && SPAN_NOUNS.has(tokens[k].lemma.toLowerCase()));
    if (span === undefined || children.some((k) => k !== span && SUBJECT.test(tokens[k].deprel))) continue;
    const noun = tokens.findIndex((token, k) => k > span && k < verb && token.head === span && token.deprel === 'nmod');
    if (noun < 0 || !['NOUN', 'PROPN', 'PRON'].includes(tokens[noun].upos)) continue;
    const word = tokens.findIndex((token, k) => k > span && k < noun && token.head === noun && token.deprel === 'case' && LEXICON.clausePrepositions.has(token.lemma.toLowerCase()));
    if (word < 0) continue;
    // The main clause: a verb with a subject of its own, after a comma of the clause (the last comma before it).
    const hasSubject = (k: number) => tokens.some((token) => token.head === k && SUBJECT.test(token.deprel));
    const afterComma = (k: number) => {
      let comma = k - 1;
      while (comma > verb && tokens[comma].form !== ',') comma--;
      return comma > verb && isUnder(tokens, comma, verb);
    };
    const main = children.find((k) => k > verb && MAIN_CLAUSE.test(tokens[k].deprel) && tokens[k].upos === 'VERB' && hasSubject(k) && afterComma(k));
    if (main === undefined) continue;
    tokens[main] = { ...tokens[main], head: -1, deprel: 'root' };
    tokens[verb] = { ...tokens[verb], head: main, deprel: 'advcl' };
    tokens[noun] = { ...tokens[noun], head: verb, deprel: 'nsubj' };
    tokens[word] = { ...tokens[word], head: verb, deprel: 'mark' };
    tokens[span] = { ...tokens[span], head: verb, deprel: 'obl:npmod' };
    // What follows the main clause (the closing stop) hangs on it now.
    for (const k of children) if (k > main) tokens[k] = { ...tokens[k], head: main };
    return;
  }
}
