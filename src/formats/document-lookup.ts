import type { Document } from '../core/document.ts';
import type { EventStore } from '../store/store.ts';

/** The parts of a stored document that outputs cut words from. */
export type DocumentText = Pick<Document, 'text' | 'sentences'>;

/** Finds the text (and sentences) of a stored document by its id; undefined when the store has none. */
export type DocumentLookup = (documentId: string) => Promise<DocumentText | undefined>;

/** How many documents a lookup keeps (events of one document usually come together). */
const CACHED_DOCUMENTS = 256;

/** A document lookup over the store that keeps the last documents it read. */
export function createDocumentLookup(store: Pick<EventStore, 'getDocumentText'>): DocumentLookup {
  const cache = new Map<string, DocumentText | undefined>();
  return async (documentId) => {
    if (cache.has(documentId)) return cache.get(documentId);
    const doc = await store.getDocumentText(documentId);
    const found = doc && { text: doc.text, sentences: doc.sentences ?? [] };
    if (cache.size >= CACHED_DOCUMENTS) cache.delete(cache.keys().next().value as string);
    cache.set(documentId, found);
    return found;
  };
}
