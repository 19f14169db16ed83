// Repair: EWT-trained parses take a verb particle for the preposition of the next phrase
// ("turned over 40 crates of vaccines": "over" tagged RP but attached as the case of "crates"). The
// particle goes back to the verb (compound:prt) and its phrase becomes the verb's object. A word
// tagged as a preposition (IN) is such a particle too when it follows its verb directly, the verb
// has no object, and the pair is a phrasal verb of the lexicon ("handed over/IN food parcels";
// not "flew over/IN Chad", nor "pulled out of the town"). A particle (RP) right after its verb,
// attached to it as an adverb with the verb's object hung on the particle ("will lay down/RP their
// weapons": "weapons" obj of "down"), goes back to the verb as compound:prt and the object with it.
import { LEXICON } from '../../lexicon/index.ts';
import type { ParsedToken } from '../tree.ts';

/** Reattaches a particle (RP) parsed as the case word of the oblique after it: the particle to the verb, the oblique as its object. */
export function repairParticleObject(tokens: ParsedToken[]): void {
  for (let particle = 0; particle < tokens.length; particle++) {
    const noun = tokens[particle].head;
    if (tokens[particle].deprel !== 'case' || noun < 0 || tokens[noun].deprel.split(':')[0] !== 'obl') continue;
    const verb = tokens[noun].head;
    if (!(verb < particle && particle < noun)) continue;
    if (tokens[particle].xpos !== 'RP' && !phrasalPreposition(tokens, verb, particle)) continue;
    tokens[particle] = { ...tokens[particle], head: verb, deprel: 'compound:prt' };
    tokens[noun] = { ...tokens[noun], deprel: 'obj' };
  }
  for (let particle = 1; particle < tokens.length; particle++) {
    const verb = tokens[particle].head;
    if (tokens[particle].xpos !== 'RP' || tokens[particle].deprel !== 'advmod' || verb !== particle - 1 || tokens[verb].upos !== 'VERB') continue;
    const objects = tokens.flatMap((token, k) => (token.head === particle && token.deprel === 'obj' ? [k] : []));
    if (!objects.length || tokens.some((token) => token.head === verb && token.deprel === 'obj')) continue;
    tokens[particle] = { ...tokens[particle], deprel: 'compound:prt' };
    for (const object of objects) tokens[object] = { ...tokens[object], head: verb };
  }
}

/** True when `particle`, tagged a preposition, directly follows `verb`, which has no object, and the two are a phrasal verb. */
function phrasalPreposition(tokens: readonly ParsedToken[], verb: number, particle: number): boolean {
  if (particle !== verb + 1 || tokens[particle + 1]?.upos === 'ADP') return false;
  if (tokens.some((token) => token.head === verb && token.deprel === 'obj')) return false;
  return LEXICON.phrasalVerbs.has(`${tokens[verb].lemma.toLowerCase()} ${tokens[particle].form.toLowerCase()}`);
}
