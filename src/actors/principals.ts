import { composeCode, countryOf, isStateCode } from '../core/actor-code.ts';
import type { Token } from '../core/document.ts';
import { LEXICON } from '../lexicon/index.ts';

/**
 * "A spokesman for President Kibaki", "an envoy of the Sudanese president", "an aide to Koizumi":
 * someone who speaks or acts for another actor (proxy-nouns.tsv), named in a phrase right after
 * them, stands for that actor, as the AG guide codes a person's aide or spokesman. The phrase
 * links the proxy's candidate to its principal's (find-mentions.ts); coreference, once both are
 * resolved, gives the proxy the principal's code.
 */

/** The parts of a noun phrase of find-mentions.ts that linking needs. */
export interface PrincipalChunk<C> {
  units: readonly { start: number; end: number }[];
  possessor?: PrincipalChunk<C>;
  possessivePronoun?: number;
  candidates: C[];
}

/** The parts of a candidate that linking needs. */
interface ProxyCandidate {
  kind: string;
  head: string;
  country?: string | null;
  code?: string;
  start: number;
  end: number;
}

/**
 * The candidate of the phrase right after a proxy's phrase that the proxy speaks for: after "for"
 * or "of" (or "to", for an aide), the phrase itself, or what it owns ("for Israel's prime minister").
 * Undefined when the chunk is no proxy of unknown country, or no actor follows.
 */
export function principalOf<C extends ProxyCandidate>(tokens: readonly Token[], chunk: PrincipalChunk<C>, following: readonly PrincipalChunk<C>[]): C | undefined {
  if (chunk.possessor || chunk.possessivePronoun !== undefined || chunk.candidates.length !== 1) return undefined;
  const [proxy] = chunk.candidates;
  const prepositions = LEXICON.proxyNouns.get(proxy.head);
  if (!prepositions || proxy.kind !== 'nominal' || proxy.code !== undefined || proxy.country) return undefined;
  const end = chunk.units[chunk.units.length - 1].end;
  const word = tokens[end]?.form.toLowerCase();
  const [next, after] = following;
  if (!word || !prepositions.has(word) || next?.units[0].start !== end + 1) return undefined;
  const phrase = after?.possessor === next ? after : next;
  return [...phrase.candidates].sort((a, b) => b.end - b.start - (a.end - a.start))[0];
}

/** The code a proxy takes from its principal: a state's actor of the proxy's sector ("a spokesman for Iran": IRNGOV), else the principal's own code. */
export function principalCode(principal: string, sector: string | undefined): string {
  return isStateCode(principal) && principal.length === 3 ? composeCode(countryOf(principal), sector) : principal;
}
