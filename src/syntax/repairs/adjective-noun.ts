// Repair: an event noun that is also an adjective ("offensive") is tagged an adjective after a
// determiner or possessor, and hung as the modifier of the noun after it ("launched an offensive
// against army posts": "offensive" an amod of "posts") or of the possessor before it ("Russia's
// offensive in Chechnya": an amod of "Russia"). With nothing nominal right after it, the word is
// the noun that heads its phrase: it takes that noun's place, and the noun becomes its phrase
// (the "against" phrase, the possessor).
import { LEXICON } from '../../lexicon/index.ts';
import type { ParsedToken } from '../tree.ts';

/** Relations of a noun phrase in its clause, where an adjective is the parser's misreading of a noun. */
const NOMINAL = new Set(['nsubj', 'nsubj:pass', 'obj', 'obl', 'nmod', 'conj', 'appos']);
/** Relations of a clause, where the parser may hang a misread adjective noun that has a preposition ("with an offensive"). */
const CLAUSAL = new Set(['advcl', 'xcomp', 'ccomp']);

/**
 * True when the word before `i` (past its adjectives, and past names or nouns the parser hangs on it as
 * compounds: "its Gaza offensive", "a ground offensive") opens a noun phrase: a determiner, a
 * possessive pronoun or "'s".
 */
function afterDeterminer(tokens: readonly ParsedToken[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && (tokens[k].upos === 'ADJ' || (['PROPN', 'NOUN'].includes(tokens[k].upos) && tokens[k].deprel === 'compound' && tokens[k].head === i))) k--;
  return k >= 0 && (tokens[k].upos === 'DET' || tokens[k].xpos === 'PRP$' || tokens[k].xpos === 'POS');
}

/** True when the word after `i` leaves it as the head of its phrase: no noun, adjective, number or "and"/"to" after it. */
function endsPhrase(tokens: readonly ParsedToken[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next) return true;
  if (['NOUN', 'PROPN', 'ADJ', 'NUM', 'CCONJ'].includes(next.upos)) return false;
  return next.form.toLowerCase() !== 'to';
}

/** Retags a misread adjective event noun ("an offensive against ...") as the noun heading its phrase. */
export function repairAdjectiveNoun(tokens: ParsedToken[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.upos !== 'ADJ' || !LEXICON.adjectiveNouns.has(token.form.toLowerCase())) continue;
    if (!afterDeterminer(tokens, i) || !endsPhrase(tokens, i)) continue;
    const asNoun = { ...token, upos: 'NOUN', xpos: 'NN', lemma: token.form.toLowerCase() };
    const head = token.head;
    if (NOMINAL.has(token.deprel) || token.deprel === 'root') {
      tokens[i] = asNoun;
      continue;
    }
    // "pressed on with a major offensive", hung as a clause: with a preposition of its own, it is the verb's oblique.
    if (CLAUSAL.has(token.deprel) && tokens.some((t) => t.head === i && t.deprel === 'case')) {
      tokens[i] = { ...asNoun, deprel: 'obl' };
      continue;
    }
    if (token.deprel !== 'amod' || head < 0) continue;
    const before = head > i;
    // The modified noun's words on the adjective's side go with the adjective: the determiner and
    // adjectives before it ("a major offensive against ..."), the phrases after it ("Russia's offensive in ...").
    tokens.forEach((t, k) => {
      if (t.head === head && k !== i && (before ? k < i : k > i && t.deprel !== 'case')) tokens[k] = { ...t, head: i };
    });
    tokens[i] = { ...asNoun, head: tokens[head].head, deprel: tokens[head].deprel };
    tokens[head] = { ...tokens[head], head: i, deprel: before ? 'nmod' : 'nmod:poss' };
  }
}
