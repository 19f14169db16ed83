import { inflectionBase } from './lemmatize.ts';
import type { NameTagLexicon } from './name-tags.ts';
import { NAME_INSIDE, NAME_START } from './name-words.ts';

/*
 * Tag repairs for a verb the tagger reads as a noun or a name where the grammar around it wants a
 * verb, applied between tagging and parsing as the news-name repairs are (the sentence is tagged
 * again around them). Without them the parser hangs the word on a noun and its event is lost:
 *
 * - after the infinitive "to" (tagged TO by the tagger itself), a lower-case word tagged a
 *   singular noun that can be a base-form verb, with an object after it, is that verb
 *   ("failed to end/NN attacks", "vowed to halt/NN the strikes");
 * - the subjunctive of a demand: after a verb of demanding ("demanded (that) the minister
 *   resign/NN", "urged that Chile halt/NN the tests"), the word closing the noun phrase of its
 *   subject, tagged a noun, that can be a base-form verb, is that clause's verb;
 * - a capitalised -ing word that opens the sentence (which the tagger or the name repairs read as a
 *   proper noun when it never saw the verb), with a determiner after
 *   it and a clause with a finite verb after a comma, is the participle of an opening participle
 *   clause ("Defying a warning from the UN, Kenya said ...").
 *
 * "Can be a base-form verb": the tagger took it as VB in training, or it is a word it never saw,
 * lower-case, with no noun ending.
 */
const OBJECT_START = new Set(['DT', 'PDT', 'PRP$', 'PRP', 'JJ', 'NN', 'NNS', 'NNP', 'NNPS', 'CD']);
/** Verbs whose clause complement takes the subjunctive ("demanded that he resign"). */
export const DEMAND_VERBS: ReadonlySet<string> = new Set(['demand', 'insist', 'recommend', 'urge', 'propose', 'suggest', 'require', 'request', 'order', 'ask']);
/** Tags of the words of a subject noun phrase in such a clause. */
const SUBJECT_PHRASE = new Set(['DT', 'PDT', 'JJ', 'NN', 'NNS', 'NNP', 'NNPS', 'POS', 'PRP$', 'CD', 'HYPH']);
/** Tags that may end a subject noun phrase (its head). */
const SUBJECT_HEAD = new Set(['NN', 'NNS', 'NNP', 'NNPS', 'PRP']);
/** Endings of nouns, which an unknown word bearing one is, not a verb. */
const NOUN_ENDING = /(?:tion|sion|ment|ness|ity|ism|ist|ship|ance|ence|ery|ure|age|er|or|s|y|al|ic)$/;
const DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'this', 'these', 'those']);
const NAME = NAME_START | NAME_INSIDE;

/** True when the tagger saw `lower` as a base-form verb, or never saw it and it has no noun ending. */
function canBeBaseVerb(lower: string, lexicon: NameTagLexicon): boolean {
  if (!/^[a-z]{3,}$/.test(lower)) return false;
  if (lexicon.baseVerbs?.has(lower)) return true;
  return !lexicon.known.has(lower) && !NOUN_ENDING.test(lower);
}

/** The tags to force on verbs read as nouns, by word index, as joint "UPOS<TAB>XPOS" tags; empty when none. */
export function baseVerbTagRepairs(forms: readonly string[], upos: readonly string[], xpos: readonly string[], lexicon: NameTagLexicon): Map<number, string> {
  const repairs = new Map<number, string>();
  if (!lexicon.baseVerbs) return repairs;
  for (let i = 1; i + 1 < forms.length; i++) {
    if (xpos[i] !== 'NN' || forms[i] !== forms[i].toLowerCase() || !canBeBaseVerb(forms[i], lexicon)) continue;
    // "failed to end/NN attacks on the town".
    if (xpos[i - 1] === 'TO' && forms[i - 1].toLowerCase() === 'to' && OBJECT_START.has(xpos[i + 1]) && i >= 2 && upos[i - 2] !== 'NOUN' && upos[i - 2] !== 'PROPN') {
      repairs.set(i, 'VERB\tVB');
      continue;
    }
    if (demandSubject(forms, upos, xpos, i)) repairs.set(i, 'VERB\tVB');
  }
  const opening = openingParticiple(forms, xpos, lexicon);
  if (opening !== undefined) repairs.set(opening, 'VERB\tVBG');
  return repairs;
}

/** True when word `i` closes the subject noun phrase of a demanded clause: "demanded (that) the minister resign". */
function demandSubject(forms: readonly string[], upos: readonly string[], xpos: readonly string[], i: number): boolean {
  if (!SUBJECT_HEAD.has(xpos[i - 1])) return false;
  // What follows the verb: an object, a preposition, or the end of the clause, not more of a compound ("a government review panel").
  const next = xpos[i + 1];
  if (!(['DT', 'PDT', 'PRP$', 'PRP', 'CD', 'IN', 'TO', 'RP', '.', ',', ':'].includes(next))) return false;
  let k = i - 1;
  while (k >= 0 && (SUBJECT_PHRASE.has(xpos[k]) || (xpos[k] === 'PRP' && k === i - 1))) k--;
  // ("proposed a U.N. crackdown on ...": an indefinite phrase is the demand's object, not a subject.)
  if (['a', 'an'].includes(forms[k + 1].toLowerCase())) return false;
  if (k >= 0 && forms[k].toLowerCase() === 'that' && xpos[k] === 'IN') k--;
  if (k < 0 || !xpos[k].startsWith('VB') || upos[k] !== 'VERB') return false;
  return DEMAND_VERBS.has(inflectionBase(forms[k].toLowerCase(), xpos[k]));
}

/** The index of an opening participle read as a name ("Defying/NNP a warning ..., Kenya said"), if there is one. */
function openingParticiple(forms: readonly string[], xpos: readonly string[], lexicon: NameTagLexicon): number | undefined {
  const i = forms[0] === '"' || forms[0] === '``' ? 1 : 0;
  const form = forms[i];
  if (!form || !/^\p{Lu}\p{Ll}{3,}ing$/u.test(form) || !['NNP', 'NN', 'VBG'].includes(xpos[i])) return undefined;
  const lower = form.toLowerCase();
  if ((lexicon.names.get(lower) ?? 0) & NAME || !DETERMINERS.has(forms[i + 1]?.toLowerCase() ?? '')) return undefined;
  // A comma, then a clause with a finite verb.
  const comma = forms.indexOf(',', i + 2);
  if (comma < 0 || !xpos.slice(comma + 1).some((tag) => tag === 'VBD' || tag === 'VBZ' || tag === 'VBP' || tag === 'MD')) return undefined;
  return i;
}
