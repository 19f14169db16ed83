import { createHash } from 'node:crypto';
import { avalanche, hashString } from '../core/hash.ts';

/**
 * Near-duplicate detection for syndicated copies of one report: MinHash signatures over word
 * shingles, with locality-sensitive hashing in bands so that candidates are found by lookup.
 * Layout: a signature is `BANDS * ROWS` unsigned 32-bit minima; band `b` covers values
 * `[b * ROWS, (b + 1) * ROWS)`.
 */
export const SHINGLE_WORDS = 5;
export const BANDS = 16;
export const ROWS = 4;
const SIZE = BANDS * ROWS;
/** Estimated Jaccard similarity from which two documents count as near-duplicates. */
export const NEAR_DUPLICATE_THRESHOLD = 0.7;

/** SHA-256 of the text (hex): two documents with the same hash are the same document. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Fixed per-row salts, so that signatures are comparable across runs and machines. */
const SALTS = Array.from({ length: SIZE }, (_, i) => {
  let h = Math.imul(i + 1, 0x9e3779b1);
  h ^= h >>> 16;
  return Math.imul(h, 0x85ebca6b) >>> 0;
});

/** The set of word shingles of a text (lower-cased words; the whole text when it is shorter than one shingle). */
export function shingles(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const result = new Set<string>();
  if (words.length < SHINGLE_WORDS) {
    if (words.length) result.add(words.join(' '));
    return result;
  }
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) result.add(words.slice(i, i + SHINGLE_WORDS).join(' '));
  return result;
}

/** The MinHash signature of a text. */
export function minhashSignature(text: string): Uint32Array {
  const signature = new Uint32Array(SIZE).fill(0xffffffff);
  for (const shingle of shingles(text)) {
    const base = hashString(shingle);
    for (let i = 0; i < SIZE; i++) {
      const value = avalanche(base ^ SALTS[i]);
      if (value < signature[i]) signature[i] = value;
    }
  }
  return signature;
}

/** The estimated Jaccard similarity of two signatures: the share of rows where they agree. */
export function estimateSimilarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < SIZE; i++) if (a[i] === b[i]) same++;
  return same / SIZE;
}

/** One lookup key per band: documents that share any band key are near-duplicate candidates. */
export function bandKeys(signature: Uint32Array): string[] {
  const keys: string[] = [];
  for (let band = 0; band < BANDS; band++) {
    let h = 0x811c9dc5 ^ band;
    for (let row = 0; row < ROWS; row++) h = avalanche(Math.imul(h ^ signature[band * ROWS + row], 0x01000193));
    keys.push(`${band}:${h.toString(36)}`);
  }
  return keys;
}

/** A signature as bytes for storage, and back. */
export function signatureToBuffer(signature: Uint32Array): Buffer {
  return Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength);
}

export function signatureFromBuffer(buffer: Buffer): Uint32Array {
  const copy = new Uint8Array(buffer.byteLength);
  copy.set(buffer);
  return new Uint32Array(copy.buffer);
}
