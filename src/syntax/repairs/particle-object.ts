// Repair: EWT-trained parses take a verb particle for the preposition of the next phrase
// ("handed over 700 kg of medicine": "over" tagged RP but attached as the case of "kg"). The
// particle goes back to the verb (compound:prt) and its phrase becomes the verb's object.
import type { ParsedToken } from '../tree.ts';

/** Reattaches a particle (RP) parsed as the case word of the oblique after it: the particle to the verb, the oblique as its object. */
export function repairParticleObject(tokens: ParsedToken[]): void {
  for (let particle = 0; particle < tokens.length; particle++) {
    const noun = tokens[particle].head;
    if (tokens[particle].deprel !== 'case' || tokens[particle].xpos !== 'RP' || noun < 0 || tokens[noun].deprel.split(':')[0] !== 'obl') continue;
    const verb = tokens[noun].head;
    if (!(verb < particle && particle < noun)) continue;
    tokens[particle] = { ...tokens[particle], head: verb, deprel: 'compound:prt' };
    tokens[noun] = { ...tokens[noun], deprel: 'obj' };
  }
}
