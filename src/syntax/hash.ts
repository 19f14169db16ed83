/**
 * Feature hashing for the tagger and parser. Strings are hashed once per token (FNV-1a over
 * UTF-16 code units); a feature is a template number mixed with one or more such values.
 */

/** 32-bit FNV-1a hash of a string. */
export function hashString(value: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash | 0;
}

/** Starts a feature hash for template `template`. */
export function seed(template: number): number {
  return Math.imul(template + 1, 0x9e3779b1) | 0;
}

/** Mixes one more value into a feature hash (a murmur-style round). */
export function mix(hash: number, value: number): number {
  let h = Math.imul(hash ^ value, 0x5bd1e995);
  h ^= h >>> 15;
  return Math.imul(h, 0x27d4eb2d) | 0;
}

/** Final avalanche of a feature hash, folded into `bits` bits: the weight row it selects. */
export function bucket(hash: number, bits: number): number {
  let h = hash;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) >>> (32 - bits);
}
