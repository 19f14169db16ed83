import type { Document } from '../core/document.ts';
import type { StoredEvent } from '../store/store.ts';
import type { DocumentLookup } from './document-lookup.ts';

/** Where a format writes its text, piece by piece, in order. */
export type Write = (text: string) => void;

/**
 * An output format: its name, a line saying what it is, its media type, and how it writes coded
 * documents (`parley code`), stored events (`parley export`), or both.
 */
export interface OutputFormat {
  name: string;
  describe: string;
  mediaType: string;
  /** Writes coded documents; `single` when the input was one text rather than a list of records. */
  writeDocuments?(docs: readonly Document[], write: Write, options: { single: boolean }): void;
  /** Writes stored events as they come and returns how many records it wrote. */
  writeEvents?(events: AsyncIterable<StoredEvent>, write: Write, lookup: DocumentLookup): Promise<number>;
}
