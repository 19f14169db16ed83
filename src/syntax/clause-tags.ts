import { LEXICON } from '../lexicon/index.ts';

/**
 * Tag repairs for a clause whose verb the tagger lost, applied between tagging and parsing with
 * the news-name repairs (name-tags.ts), so that the sentence is tagged again around them:
 *
 * - a past-tense verb after the noun phrase that opens the sentence, tagged a participle or an
 *   adjective ("Iraqi/JJ police/NN arrested/VBN 20 insurgents", "U.S. troops battled/JJ rebels"),
 *   is the clause's verb when a noun phrase follows it and no finite verb comes before it or
 *   right after it ("Weapons seized last week were shown" keeps its participle);
 * - the same in a clause reported with no "that" (data/lexicon/en/reporting-verbs.txt: "Police
 *   believe two gunmen on a motorbike shot/NN the envoy", "Officials said three rebels attacked/VBN the
 *   base"), whose subject noun phrase starts right after the reporting verb;
 * - a past tense spelt like its base form (data/lexicon/en/unchanged-pasts.txt) read as an adverb
 *   or a noun before a phrase of direction ("Israeli forces thrust/RB into the camp");
 *
 * (A capitalised plural noun opening the sentence, tagged a verb, is opening-plural-tags.ts's.)
 * Without them the sentence has a noun for its root and its event is lost.
 */
/** Tags of a finite verb (or its modal). */
export const FINITE_TAGS: ReadonlySet<string> = new Set(['VBD', 'VBZ', 'VBP', 'MD']);
/** Tags of the words of an opening noun phrase, with its prepositional phrases ("Police in Pakistan"). */
const PHRASE = new Set(['DT', 'PDT', 'JJ', 'JJR', 'JJS', 'NN', 'NNS', 'NNP', 'NNPS', 'CD', 'POS', 'PRP$', 'IN', 'CC']);
/** Tags that can open the noun phrase of an object. */
const OBJECT_START = new Set(['DT', 'PDT', 'CD', 'JJ', 'NN', 'NNS', 'NNP', 'NNPS', 'PRP$', 'PRP']);
/** Tags that end the stretch after the verb in which a finite verb would make it a participle (a new clause starts). */
const CLAUSE_BREAK = new Set([',', 'WDT', 'WP', 'CC', ':', '-LRB-']);
const NOUN = new Set(['NN', 'NNS', 'NNP', 'NNPS']);
/** Subordinators that start a clause of their own after the verb ("... because rice was diverted"), besides the clause prepositions ("after", "until"). */
const CLAUSE_OPENERS = new Set(['because', 'although', 'though', 'while', 'whereas', 'as', 'if', 'unless', 'that', 'whether', 'so']);

/** The tags to force, by word index, as joint "UPOS<TAB>XPOS" tags; empty when none is needed. */
export function clauseTagRepairs(forms: readonly string[], upos: readonly string[], xpos: readonly string[]): Map<number, string> {
  const repairs = new Map<number, string>();
  const verb = lostVerb(forms, upos, xpos);
  if (verb !== undefined) repairs.set(verb, 'VERB\tVBD');
  // A reported clause with no "that": its subject starts right after the verb that reports it.
  forms.forEach((form, k) => {
    if (!xpos[k].startsWith('VB') || !LEXICON.reportingVerbs.has(form.toLowerCase())) return;
    const reported = lostVerb(forms, upos, xpos, k + 1);
    if (reported !== undefined) repairs.set(reported, 'VERB\tVBD');
  });
  return repairs;
}

/** The index of the past-tense verb read as a participle or adjective of the clause whose subject starts at `start` (the sentence's opening clause by default), if there is one. */
function lostVerb(forms: readonly string[], upos: readonly string[], xpos: readonly string[], start = 0): number | undefined {
  for (let i = start; i + 1 < forms.length; i++) {
    const nounPast = (xpos[i] === 'NN' || xpos[i] === 'RB') && LEXICON.unchangedPasts.has(forms[i]);
    // (An irregular past read as an adjective too: "U.S. troops fought/JJ pockets of resistance".)
    const adjectivePast = upos[i] === 'ADJ' && xpos[i] === 'JJ' && (/^[a-z]+ed$/.test(forms[i]) || LEXICON.irregularVerbs.has(forms[i]));
    const participle = i > start && ((upos[i] === 'VERB' && xpos[i] === 'VBN') || adjectivePast || nounPast);
    if (!participle) {
      if (!PHRASE.has(xpos[i])) return undefined;
      continue;
    }
    // A particle may stand between the verb and its object ("set off/IN the bomb", "rounded up/RP dozens").
    const object = isParticle(forms, xpos, i + 1) && i + 2 < forms.length ? i + 2 : i + 1;
    // An unchanged past may take a phrase of direction instead of an object ("troops thrust/RB into the town").
    const direction = nounPast && DIRECTIONS.has(forms[i + 1].toLowerCase()) && OBJECT_START.has(xpos[i + 2] ?? '');
    if (!NOUN.has(xpos[i - 1]) || !(OBJECT_START.has(xpos[object]) || direction) || LEXICON.modifierParticiples.has(forms[i].toLowerCase())) return undefined;
    const opensClause = (k: number) => xpos[k] === 'IN' && (CLAUSE_OPENERS.has(forms[k].toLowerCase()) || LEXICON.clausePrepositions.has(forms[k].toLowerCase()));
    // ("reduced food supplies/VBZ to ...": a plural noun after a noun, read as a verb, is no finite verb; plural-noun-verb.ts.)
    const finite = (k: number) => FINITE_TAGS.has(xpos[k]) && !(xpos[k] === 'VBZ' && xpos[k - 1] === 'NN');
    for (let k = i + 1; k < forms.length && !CLAUSE_BREAK.has(xpos[k]) && !opensClause(k); k++) if (finite(k)) return undefined;
    return i;
  }
  return undefined;
}

/** Prepositions of a movement into or across a place, which follow a verb of motion as its object would. */
const DIRECTIONS = new Set(['into', 'through', 'across', 'toward', 'towards', 'onto']);

/** Words that follow a phrasal verb as its particle, tagged RP or, misread, IN ("set off/IN the bomb"). */
const PARTICLES = new Set(['off', 'up', 'out', 'down', 'over', 'back']);

/** True when word `k` is a verb particle: tagged RP, or a particle word tagged as a preposition. */
function isParticle(forms: readonly string[], xpos: readonly string[], k: number): boolean {
  return xpos[k] === 'RP' || (xpos[k] === 'IN' && PARTICLES.has(forms[k].toLowerCase()));
}
