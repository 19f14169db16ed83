import { LEXICON } from '../lexicon/index.ts';
import { FINITE_TAGS } from './clause-tags.ts';

/**
 * Tag repairs for a wire headline's verb read as a noun. A headline states its act in the present
 * with no auxiliary or full stop ("Car bomb kills three in Kabul", "Peru, Chile sign border
 * accord"), and the tagger, finding no finite verb, reads the verb as a plural or mass noun: the
 * sentence's root is a noun and its event is lost (or, for a plural subject's bare verb, an adjective,
 * adverb or preposition: "Colombian rebels free/JJ 10 hostages"). In a sentence with no finite verb, the first word
 * after the opening noun phrase (names, nouns, commas between names) that is a headline verb
 * (data/lexicon/en/headline-verbs.txt) and comes before an object is the verb: VBZ for an -s form
 * after a singular noun, VBP after a plural subject or a list (a bare form after a singular noun is
 * none: "Iraq kidnap victim"). The opening phrase may hold one place phrase after its noun ("Police in
 * Lagos disperse protesters": the noun before "in" is the subject the verb agrees with). A finite verb
 * after the candidate does not make it a noun when a comma, a relative pronoun or a subordinator comes
 * first: it is the verb of a later clause ("... protesters who are demanding pay", "..., officials say",
 * "... hours after his extradition is approved").
 */
/** Tags of the words of an opening noun phrase or a list of names ("Peru, Chile"). */
const PHRASE = new Set(['DT', 'JJ', 'NN', 'NNS', 'NNP', 'NNPS', 'CD', 'POS', ',', 'CC']);
/** Tags the tagger gives a verb misread as a noun or an adjective: with a finite verb later in the sentence, only these (an adverb or preposition there is rather a particle: "dials back his ..."). */
const NOUN_OR_ADJECTIVE = new Set([...['NN', 'NNS', 'NNP', 'NNPS'], 'JJ', 'VB']);
/** Tags that can open the phrase of an object. */
const OBJECT_START = new Set(['DT', 'CD', 'JJ', 'NN', 'NNS', 'NNP', 'NNPS', 'PRP$']);
const NOUN = new Set(['NN', 'NNS', 'NNP', 'NNPS']);
/** Tags the tagger gives a headline's verb it does not see as one: a noun, or an adjective, adverb, preposition or bare form ("rebels free/JJ 10 hostages", "gunmen kidnap/RB two drivers"). */
const MISREAD_VERB = new Set([...NOUN, 'JJ', 'RB', 'IN', 'VB']);
/** Prepositions that may open a place phrase inside the opening noun phrase ("troops in Kandahar"). */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from']);
/** Words that open a later clause, after which a finite verb is that clause's ("who are", "after it is"). */
const CLAUSE_OPENERS = new Set(['when', 'while', 'because', 'as', 'if', 'unless', 'where', 'though', 'although']);

/** The tags to force, by word index, as joint "UPOS<TAB>XPOS" tags; empty when none is needed. */
export function headlineTagRepairs(forms: readonly string[], upos: readonly string[], xpos: readonly string[]): Map<number, string> {
  const repairs = new Map<number, string>();
  let place = -1;
  for (let i = 1; i + 1 < forms.length; i++) {
    const form = forms[i];
    if (MISREAD_VERB.has(xpos[i]) && NOUN.has(xpos[i - 1]) && OBJECT_START.has(xpos[i + 1]) && form === form.toLowerCase() && LEXICON.headlineVerbs.has(form) && agrees(forms, xpos, i, place < 0 ? i : place) && finiteAfterAllows(forms, xpos, i)) {
      repairs.set(i, form.endsWith('s') ? 'VERB\tVBZ' : 'VERB\tVBP');
      return repairs;
    }
    // One place phrase after the subject's noun ("Police in Lagos"), its words names or nouns.
    if (place < 0 && xpos[i] === 'IN' && PLACE_PREPOSITIONS.has(form.toLowerCase()) && NOUN.has(xpos[i - 1]) && (xpos[i + 1] === 'NNP' || xpos[i + 1] === 'DT')) {
      place = i;
      continue;
    }
    if (!PHRASE.has(xpos[i])) return repairs;
  }
  return repairs;
}

/**
 * Whether the finite verbs after word `i` leave it to be the headline's verb: none at all, or only
 * verbs of a later clause, after a comma, a relative pronoun or a subordinator ("who are demanding",
 * ", officials say"); in that case only a word the tagger read as a noun or an adjective is taken.
 */
function finiteAfterAllows(forms: readonly string[], xpos: readonly string[], i: number): boolean {
  let shielded = false;
  for (let k = i + 1; k < forms.length; k++) {
    const word = forms[k].toLowerCase();
    if (xpos[k] === ',' || LEXICON.relativePronouns.has(word) || LEXICON.clausePrepositions.has(word) || CLAUSE_OPENERS.has(word)) shielded = true;
    else if (FINITE_TAGS.has(xpos[k])) return shielded && NOUN_OR_ADJECTIVE.has(xpos[i]);
  }
  return true;
}

/**
 * Whether the subject, whose phrase ends before word `subjectEnd` (the verb `i`, or the preposition
 * of a place phrase after the subject's noun), agrees with word `i` as a present tense: an -s form
 * after anything, a bare form after a plural noun, "police" or a list ("Ghana, Togo sign"), not after
 * a singular noun ("Iraq kidnap victim" is a noun phrase).
 */
function agrees(forms: readonly string[], xpos: readonly string[], i: number, subjectEnd: number): boolean {
  if (forms[i].endsWith('s')) return true;
  const before = xpos[subjectEnd - 1];
  if (before === 'NNS' || before === 'NNPS' || forms[subjectEnd - 1].toLowerCase() === 'police') return true;
  return xpos.slice(0, subjectEnd).some((tag) => tag === ',' || tag === 'CC');
}
