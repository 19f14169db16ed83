import { MAX_TEXT_LENGTH } from '../coder.ts';
import type { Document } from '../core/document.ts';
import { isParleyError } from '../core/errors.ts';
import { contentHash } from '../store/minhash.ts';
import type { DocumentRecord, EventStore } from '../store/store.ts';
import type { DocumentCoder } from './coding-pool.ts';
import { problem, type IngestEntry, type IngestItem, type IngestProblem } from './item.ts';
import { readInputs, type SourceOptions } from './sources.ts';

/** The largest file or page the ingest reads into memory at once (bytes). */
export const MAX_INGEST_INPUT_BYTES = 64 * 1024 * 1024;

/** How an ingest runs, whatever it reads. */
export interface IngestRunOptions {
  store: EventStore;
  coder: DocumentCoder;
  /** Documents written per transaction (default 64). */
  batchSize?: number;
  /** The longest time a coded document waits before its batch is written (ms, default 2000). */
  flushIntervalMs?: number;
  /** Documents being coded at once (default 32): enough to keep every worker busy. */
  maxInFlight?: number;
  onProgress?: (stats: IngestStats) => void;
  onProblem?: (problem: IngestProblem) => void;
  /**
   * Called for a document that could not be coded, instead of skipping it with a problem (a broken
   * model stops the ingest either way); throw to stop the ingest before the batch is written.
   */
  onCodingError?: (item: IngestItem, error: unknown) => void;
  /** Stops the ingest when it aborts: documents being coded are cancelled and nothing more is written (the ingest rejects with its reason). */
  signal?: AbortSignal;
}

/**
 * Options for `ingest`: files, folders and URLs to read (`inputs`, with `source` limits), or
 * documents read already (`entries`, as the HTTP API passes them).
 */
export type IngestOptions = IngestRunOptions &
  ({ inputs: readonly string[]; source?: Partial<SourceOptions> } | { entries: AsyncIterable<IngestEntry> | Iterable<IngestEntry> });

/** Running totals of an ingest. */
export interface IngestStats {
  /** Documents found in the inputs. */
  read: number;
  /** Documents skipped before coding because the same text is stored already (or came earlier in this run). */
  duplicates: number;
  coded: number;
  /** Coded documents with no publication date (none given, no dated dateline): their events are dated only by their own words. */
  undated: number;
  /** Documents written to the store. */
  stored: number;
  events: number;
  nearDuplicates: number;
  problems: number;
  elapsedMs: number;
}

type Coded = { item: IngestItem; document: Document } | { item: IngestItem; error: unknown };

/**
 * Reads the inputs (files, folders, feeds, pages, or documents handed over), codes every document not stored yet, and writes them to the store in batched
 * transactions, in input order. A committed batch is never lost; an interrupted ingest can be
 * run again and carries on where it stopped, since stored texts are skipped before coding.
 */
export async function ingest(options: IngestOptions): Promise<IngestStats> {
  const started = Date.now();
  const batchSize = options.batchSize ?? 64;
  const flushInterval = options.flushIntervalMs ?? 2000;
  const maxInFlight = options.maxInFlight ?? 32;
  const entries = 'entries' in options ? options.entries : readInputs(options.inputs, { maxInputBytes: MAX_INGEST_INPUT_BYTES, maxTextLength: MAX_TEXT_LENGTH, followLinks: false, ...options.source });
  const stats: IngestStats = { read: 0, duplicates: 0, coded: 0, undated: 0, stored: 0, events: 0, nearDuplicates: 0, problems: 0, elapsedMs: 0 };
  const seen = new Set<string>();
  const idsSeen = new Set<string>();
  const inFlight: Promise<Coded>[] = [];
  let batch: DocumentRecord[] = [];
  let lastFlush = Date.now();

  const report = (entry: IngestProblem) => {
    stats.problems++;
    options.onProblem?.(entry);
  };
  const progress = () => {
    stats.elapsedMs = Date.now() - started;
    options.onProgress?.({ ...stats });
  };

  const flush = async () => {
    options.signal?.throwIfAborted();
    lastFlush = Date.now();
    if (!batch.length) return;
    const records = batch;
    batch = [];
    const result = await options.store.addDocuments(records);
    stats.stored += result.added;
    stats.duplicates += result.duplicates;
    stats.events += result.events;
    stats.nearDuplicates += result.nearDuplicates;
    for (const conflict of result.conflicts) {
      const [origin, ...rest] = conflict.split(': ');
      report(problem(origin, rest.join(': ')));
    }
    progress();
  };

  const drainOne = async () => {
    const coded = await (inFlight.shift() as Promise<Coded>);
    options.signal?.throwIfAborted();
    if ('error' in coded) {
      if (options.onCodingError) options.onCodingError(coded.item, coded.error);
      // a worker that died takes the whole ingest down; a document that fails is only skipped
      else if (isParleyError(coded.error, 'MODEL_INVALID') || isParleyError(coded.error, 'MODEL_MISSING')) throw coded.error;
      else {
        const message = coded.error instanceof Error ? coded.error.message : String(coded.error);
        report(problem(coded.item.origin, `could not be coded: ${message}`, isParleyError(coded.error, 'INPUT_TOO_LARGE') ? 'INPUT_TOO_LARGE' : 'INPUT_INVALID'));
      }
    } else {
      stats.coded++;
      const { item, document } = coded;
      if (document.published === undefined) stats.undated++;
      batch.push({ document, title: item.title, url: item.url, outlet: item.outlet, origin: item.storedOrigin ?? item.origin });
    }
    if (batch.length >= batchSize || Date.now() - lastFlush >= flushInterval) await flush();
  };

  for await (let entry of entries) {
    if (entry.kind === 'problem') {
      report(entry);
      continue;
    }
    stats.read++;
    const hash = contentHash(entry.text);
    if (seen.has(hash) || (await options.store.knownHashes([hash])).size > 0) {
      stats.duplicates++;
      if (stats.read % 100 === 0) progress();
      continue;
    }
    seen.add(hash);
    if (entry.idFromName && (idsSeen.has(entry.id) || (await options.store.getDocument(entry.id)))) {
      // another text under a name taken already (report.txt in two folders): the same text always gets the same id
      entry = { ...entry, id: `${entry.id}~${hash.slice(0, 8)}` };
    }
    idsSeen.add(entry.id);
    inFlight.push(codeItem(options.coder, entry, options.signal));
    while (inFlight.length >= maxInFlight) await drainOne();
  }
  while (inFlight.length) await drainOne();
  await flush();
  progress();
  return { ...stats, elapsedMs: Date.now() - started };
}

async function codeItem(coder: DocumentCoder, item: IngestItem, signal?: AbortSignal): Promise<Coded> {
  try {
    return { item, document: await coder.code(item.text, { id: item.id, published: item.published, signal }) };
  } catch (error) {
    return { item, error };
  }
}
