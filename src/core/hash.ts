/**
 * Fast non-cryptographic hashing: the tagger's and parser's feature hashing (strings are hashed
 * once per token with FNV-1a over UTF-16 code units; a feature is a template number mixed with
 * one or more such values) and the store's MinHash signatures.
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

/** Murmur3's final avalanche: every input bit affects every output bit (unsigned 32-bit result). */
export function avalanche(value: number): number {
  let h = value;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A feature hash after the avalanche, folded into `bits` bits: the weight row it selects. */
export function bucket(hash: number, bits: number): number {
  return avalanche(hash) >>> (32 - bits);
}
