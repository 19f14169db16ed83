import { documentView, type DocumentView } from '../formats/document-view.ts';
import type { DocumentCoder } from '../ingest/coding-pool.ts';
import { splitIntoChunks } from '../text/chunks.ts';

/** The longest piece of a text the server codes at once (characters); longer texts are coded piece by piece. */
export const CHUNK_CHARACTERS = 20_000;

/** Progress of a text coded in pieces. */
export interface ChunkProgress {
  /** Pieces coded so far, and in all. */
  done: number;
  total: number;
  /** Characters coded so far, and in all. */
  characters: number;
  totalCharacters: number;
}

/** Options of `codeInChunks`. */
export interface ChunkedCodingOptions {
  id: string;
  published?: string;
  tokens?: boolean;
  /** Stops the coding between pieces and cancels the piece being coded. */
  signal?: AbortSignal;
  onProgress?: (progress: ChunkProgress) => void;
  chunkCharacters?: number;
}

/**
 * Codes a text one piece at a time (see `splitIntoChunks`) and joins the pieces' views into the
 * view of the whole text, every span shifted to its place in the text. Only one piece's full
 * analysis is held at a time, so memory stays bounded by the piece size plus the compact view; a
 * text within one piece is coded exactly as `parley code` codes it. Across pieces, "the country"
 * or "he" cannot reach back to a name in an earlier piece, and event ids carry the piece's number
 * (`id#2`) so that they stay unique.
 */
export async function codeInChunks(coder: DocumentCoder, text: string, options: ChunkedCodingOptions): Promise<DocumentView> {
  const chunks = splitIntoChunks(text, options.chunkCharacters ?? CHUNK_CHARACTERS);
  const whole: DocumentView = { id: options.id, text, published: options.published ?? null, dateline: null, sentences: [], mentions: [], events: [] };
  for (const [index, chunk] of chunks.entries()) {
    // let the event loop run between pieces, so that progress lines go out and a closed connection is
    // noticed even when the coder works in this thread
    if (index > 0) await new Promise((resolve) => setImmediate(resolve));
    options.signal?.throwIfAborted();
    const id = chunks.length === 1 ? options.id : `${options.id}#${index + 1}`;
    const doc = await coder.code(text.slice(chunk.start, chunk.end), { id, published: options.published, signal: options.signal });
    const view = documentView(doc, { tokens: options.tokens });
    const sentenceBase = whole.sentences.length;
    const mentionBase = whole.mentions.length;
    if (index === 0) whole.dateline = view.dateline;
    for (const sentence of view.sentences) whole.sentences.push(shiftSpans(sentence, chunk.start));
    for (const mention of view.mentions) {
      const shifted = shiftSpans(mention, chunk.start);
      shifted.sentence += sentenceBase;
      if (shifted.antecedent !== undefined) shifted.antecedent += mentionBase;
      whole.mentions.push(shifted);
    }
    for (const event of view.events) whole.events.push({ ...shiftSpans(event, chunk.start), sentence: event.sentence + sentenceBase });
    options.onProgress?.({ done: index + 1, total: chunks.length, characters: chunk.end, totalCharacters: text.length });
  }
  return whole;
}

/** A copy of `value` with every span in it (an object with numeric `start` and `end`) moved by `offset`. */
function shiftSpans<T>(value: T, offset: number): T {
  if (offset === 0 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => shiftSpans(item, offset)) as T;
  const copy: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) copy[key] = shiftSpans(field, offset);
  if (typeof copy.start === 'number' && typeof copy.end === 'number') {
    copy.start += offset;
    copy.end = (copy.end as number) + offset;
  }
  return copy as T;
}
