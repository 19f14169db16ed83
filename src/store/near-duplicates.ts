import { estimateSimilarity, NEAR_DUPLICATE_THRESHOLD } from './minhash.ts';
import type { DocumentKey, StoreWriter } from './store.ts';

/**
 * The group root of the most similar stored near-duplicate of a document (the oldest on ties),
 * or null: candidates are the stored documents sharing a band key, kept when their estimated
 * similarity reaches `NEAR_DUPLICATE_THRESHOLD`.
 */
export async function findNearDuplicate(writer: StoreWriter, signature: Uint32Array, bands: readonly string[]): Promise<DocumentKey | null> {
  const candidates = [...(await writer.signaturesSharing(bands))].sort((a, b) => a.key - b.key);
  let best: { root: DocumentKey; similarity: number } | null = null;
  for (const candidate of candidates) {
    const similarity = estimateSimilarity(signature, candidate.signature);
    if (similarity >= NEAR_DUPLICATE_THRESHOLD && (best === null || similarity > best.similarity)) {
      best = { root: candidate.duplicateOf ?? candidate.key, similarity };
    }
  }
  return best?.root ?? null;
}
