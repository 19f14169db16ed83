// Repair: a sentence's past-tense verb after its subject noun phrase is parsed as a participle
// modifying the noun ("Peruvian and Chilean diplomats met/VBN in Lima": "met" an acl of
// "diplomats"), so the noun is the root and the sentence has no clause for an event. When the
// root is a noun with no verb of its own and the first verb after its phrase has no subject and no
// auxiliary, the verb becomes the root and the phrases after it go with it. The noun is its
// subject, or the subject of a passive when the verb has a "by" agent or is a participle with no
// object of what is done to people (data/lexicon/en/passive-verbs.txt), as in a wire headline
// ("Two Kenyan journalists detained in Somalia": they were detained).
import { LEXICON } from '../../lexicon/index.ts';
import type { ParsedToken } from '../tree.ts';
import { isUnder } from './token-heads.ts';

/** Relations of a verb the parser hung on a noun (participle, relative or loose clause). */
const HUNG = new Set(['acl', 'acl:relcl', 'parataxis', 'conj']);
/** Dependents that make a verb's clause its own (a subject, an auxiliary, a marker). */
const OWN_CLAUSE = /^(nsubj|csubj|expl|aux|cop|mark)/;
/** Dependents that show an active verb: an object or a clause it governs ("vowed to ...", "said that ..."). */
const ACTIVE = /^(obj|iobj|xcomp|ccomp)/;

/** The first verb after the root's phrase that could be its clause's verb, if the phrase runs unbroken up to it. */
function verbAfterPhrase(tokens: readonly ParsedToken[], root: number): number | undefined {
  for (let k = root + 1; k < tokens.length; k++) {
    const token = tokens[k];
    if (token.upos === 'VERB') return HUNG.has(token.deprel) && isUnder(tokens, token.head, root) ? k : undefined;
    // A word outside the root's phrase, or a break in the phrase, ends the search.
    if (!isUnder(tokens, k, root) || ['CCONJ', 'SCONJ', 'AUX', 'PRON'].includes(token.upos) || token.form === ',') return undefined;
  }
  return undefined;
}

/**
 * The verb right after a phrase set off by commas that follows the root's phrase ("marines, close
 * to seizing the port, shelled/amod the last rebel positions"), hung on a word of the sentence, if any,
 * with the commas' positions.
 */
function verbAfterAside(tokens: readonly ParsedToken[], root: number): { verb: number; open: number; close: number } | undefined {
  let open = root + 1;
  while (open < tokens.length && tokens[open].form !== ',') {
    if (['VERB', 'CCONJ', 'SCONJ', 'AUX', 'PRON'].includes(tokens[open].upos) || !isUnder(tokens, open, root)) return undefined;
    open++;
  }
  let close = open + 1;
  while (close < tokens.length && close - open <= 15 && tokens[close].form !== ',') close++;
  // ("Britain, France and Italy agreed": a list is no aside; an aside of one word is none either.)
  if (close >= tokens.length - 1 || tokens[close].form !== ',' || close - open < 3) return undefined;
  if (tokens.slice(open + 1, close).some((token) => token.upos === 'CCONJ' || token.upos === 'AUX')) return undefined;
  const verb = close + 1;
  return tokens[verb].upos === 'VERB' && (HUNG.has(tokens[verb].deprel) || (tokens[verb].deprel === 'amod' && tokens[verb].head > verb)) ? { verb, open, close } : undefined;
}

/** Makes the verb after a root noun's phrase ("diplomats met in Lima") the root, with the noun as its subject. */
export function repairSubjectReadAsRoot(tokens: ParsedToken[]): void {
  const root = tokens.findIndex((token) => token.head === -1);
  if (root < 0 || !['NOUN', 'PROPN'].includes(tokens[root].upos)) return;
  if (tokens.some((token) => token.head === root && OWN_CLAUSE.test(token.deprel))) return;
  const phraseVerb = verbAfterPhrase(tokens, root);
  const aside = phraseVerb === undefined ? verbAfterAside(tokens, root) : undefined;
  const verb = phraseVerb ?? aside?.verb;
  if (verb === undefined) return;
  const token = tokens[verb];
  if (token.xpos !== 'VBD' && token.xpos !== 'VBN') return;
  // "US-led forces": a participle joined to the word before it, or one that modifies the noun after it, is no clause's verb.
  if (tokens[verb - 1].end === token.start || LEXICON.modifierParticiples.has(token.form.toLowerCase())) return;
  const dependents = tokens.flatMap((t, k) => (t.head === verb ? [k] : []));
  if (dependents.some((k) => OWN_CLAUSE.test(tokens[k].deprel))) return;
  // ("fought/amod pockets of resistance": the noun a verb read as its adjective modifies is its object.)
  const object = token.deprel === 'amod' ? token.head : -1;
  // ("donated and delivered goods": a verb coordinated with it shares its object.)
  const conjuncts = dependents.filter((k) => tokens[k].deprel === 'conj' && tokens[k].upos === 'VERB');
  const hasObject = object >= 0 || [verb, ...conjuncts].some((v) => tokens.some((t) => t.head === v && ACTIVE.test(t.deprel)));
  // ("Pakistani officials surprised by the decision": a "by" agent makes it passive.)
  const passive = dependents.some((k) => tokens[k].deprel === 'obl:agent') ||
    (token.xpos === 'VBN' && !hasObject && LEXICON.passiveVerbs.has(token.lemma.toLowerCase()));
  // The root's (and its phrase's) dependents after the verb belong to the verb's clause.
  tokens.forEach((t, k) => {
    if (k > verb && t.head !== verb && t.head < verb && isUnder(tokens, t.head, root)) {
      tokens[k] = { ...t, head: verb, deprel: t.deprel === 'nmod' ? 'obl' : t.deprel };
    }
  });
  if (object >= 0) tokens[object] = { ...tokens[object], head: verb, deprel: 'obj' };
  tokens[verb] = { ...token, xpos: passive ? 'VBN' : 'VBD', head: -1, deprel: 'root' };
  tokens[root] = { ...tokens[root], head: verb, deprel: passive ? 'nsubj:pass' : 'nsubj' };
  if (aside) hangAsideClause(tokens, aside.open, aside.close, verb);
}

/**
 * An aside that is a clause of its own ("troops, officials said, shelled ..."): a verb between the
 * commas, hung outside them, with a subject. A parenthetical on the sentence, it becomes a parataxis
 * of the new root, as a report of what the sentence says; an aside that is no clause ("close to the
 * city", "backed by tanks") stays on the noun it describes.
 */
function hangAsideClause(tokens: ParsedToken[], open: number, close: number, root: number): void {
  for (let k = open + 1; k < close; k++) {
    const token = tokens[k];
    if (token.upos !== 'VERB' || (token.head > open && token.head < close)) continue;
    if (!tokens.some((t) => t.head === k && /^nsubj/.test(t.deprel))) continue;
    tokens[k] = { ...token, head: root, deprel: 'parataxis' };
    // The commas around it go with it.
    for (const comma of [open, close]) if (tokens[comma].head !== k) tokens[comma] = { ...tokens[comma], head: k, deprel: 'punct' };
    return;
  }
}
