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
 * none: "Iraq kidnap victim").
 */
/** Tags of the words of an opening noun phrase or a list of names ("Peru, Chile"). */
const PHRASE = new Set(['DT', 'JJ', 'NN', 'NNS', 'NNP', 'NNPS', 'CD', 'POS', ',', 'CC']);
/** Tags that can open the phrase of an object. */
const OBJECT_START = new Set(['DT', 'CD', 'JJ', 'NN', 'NNS', 'NNP', 'NNPS', 'PRP$']);
const NOUN = new Set(['NN', 'NNS', 'NNP', 'NNPS']);
/** Tags the tagger gives a headline's verb it does not see as one: a noun, or an adjective, adverb, preposition or bare form ("rebels free/JJ 10 hostages", "gunmen kidnap/RB two drivers"). */
const MISREAD_VERB = new Set([...NOUN, 'JJ', 'RB', 'IN', 'VB']);

/** The tags to force, by word index, as joint "UPOS<TAB>XPOS" tags; empty when none is needed. */
export function headlineTagRepairs(forms: readonly string[], upos: readonly string[], xpos: readonly string[]): Map<number, string> {
  const repairs = new Map<number, string>();
  if (xpos.some((tag) => FINITE_TAGS.has(tag))) return repairs;
  for (let i = 1; i + 1 < forms.length; i++) {
    const form = forms[i];
    if (MISREAD_VERB.has(xpos[i]) && NOUN.has(xpos[i - 1]) && OBJECT_START.has(xpos[i + 1]) && form === form.toLowerCase() && LEXICON.headlineVerbs.has(form) && agrees(forms, xpos, i)) {
      repairs.set(i, form.endsWith('s') ? 'VERB\tVBZ' : 'VERB\tVBP');
      return repairs;
    }
    if (!PHRASE.has(xpos[i])) return repairs;
  }
  return repairs;
}

/**
 * Whether the subject before word `i` agrees with it as a present tense: an -s form after anything,
 * a bare form after a plural noun, "police" or a list ("Ghana, Togo sign"), not after a singular
 * noun ("Iraq kidnap victim" is a noun phrase).
 */
function agrees(forms: readonly string[], xpos: readonly string[], i: number): boolean {
  if (forms[i].endsWith('s')) return true;
  const before = xpos[i - 1];
  if (before === 'NNS' || before === 'NNPS' || forms[i - 1].toLowerCase() === 'police') return true;
  return xpos.slice(0, i).some((tag) => tag === ',' || tag === 'CC');
}
