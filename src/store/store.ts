import type { Document } from '../core/document.ts';
import type { Event } from '../core/event.ts';
import type { SeriesPoint } from '../core/series-point.ts';
import type { StatusFilter } from '../core/status-class.ts';
import type { StatusClass } from '../core/status-class.ts';
import type { MergeGroup, MergeKey } from './merge.ts';

/** A coded document on its way into the store, with what is known about where it came from. */
export interface DocumentRecord {
  document: Document;
  title?: string;
  url?: string;
  /** The outlet that published it ("Reuters", a feed's title, a web site's host). */
  outlet?: string;
  /** Where the ingest found it: `file.jsonl:12`, a path, a URL. */
  origin: string;
}

/** What one call to `addDocuments` did. */
export interface AddResult {
  /** Documents stored. */
  added: number;
  /** Documents skipped because the same text is stored already. */
  duplicates: number;
  /** Documents skipped because their id is stored already with a different text. */
  conflicts: string[];
  events: number;
  /** Documents recognised as near-duplicates (syndicated copies) of a stored one. */
  nearDuplicates: number;
}

/** Filters on events; every field is optional and they combine with AND. */
export interface EventQuery {
  /** Source actor code or code prefix (`IRN` matches `IRNGOV`). */
  source?: string;
  /** Target actor code or code prefix. */
  target?: string;
  /** With source and target: also match events from target to source. */
  eitherDirection?: boolean;
  /** CAMEO code or prefix (`03` matches `036`). */
  cameo?: string;
  /** CAMEO root (two digits). */
  root?: string;
  ploverType?: string;
  /** Statuses to include (see `StatusFilter`: `reported` is apart from `actual`, `intended`, `future`); all when absent. */
  status?: readonly StatusFilter[];
  /** First day included, YYYY-MM-DD. */
  from?: string;
  /** Last day included, YYYY-MM-DD. */
  to?: string;
  /**
   * Plain words that must all occur in the document's title or text (case ignored). No search
   * syntax: quotes, `*`, `AND`, `OR`, `NEAR` are words or punctuation like any other; a text
   * without a single word matches nothing.
   */
  text?: string;
  documentId?: string;
  /** Where the event happened: the ISO 3166-1 alpha-3 code of its location's country. */
  country?: string;
  /** Where the event happened: a box of longitudes and latitudes (west > east crosses the 180th meridian). */
  bbox?: BoundingBox;
  /** Only events with a location (true) or only those without one (false). */
  located?: boolean;
  /** Only the first mention of each merged event. */
  mergedOnly?: boolean;
  /** Only events placed on a day (true) or only those without one (false). */
  dated?: boolean;
  /** What events are sorted by (default `day`); ties go by day, then by the order they were stored. */
  sort?: EventSort;
  /** Oldest first (the default) or newest first by day; for another `sort`, ascending or descending. */
  order?: 'oldest' | 'newest';
  limit?: number;
  /** Events to skip before the first one returned (for pages). */
  offset?: number;
}

/** The fields events can be sorted by. */
export const EVENT_SORTS = ['day', 'goldstein', 'cameo', 'source', 'target', 'status', 'document'] as const;

/** A field events can be sorted by: the day, the Goldstein weight, the CAMEO code, the first source or target code, the status class, the document id. */
export type EventSort = (typeof EVENT_SORTS)[number];

/** A box on the map, in degrees: longitudes west to east, latitudes south to north. */
export interface BoundingBox {
  west: number;
  south: number;
  east: number;
  north: number;
}

/** The period a time series is bucketed by. */
export type Interval = 'day' | 'week' | 'month';

/** A time series of the events any filters pick (a pair of actors, one actor, a type, a status ...). */
export interface SeriesQuery extends Omit<EventQuery, 'mergedOnly' | 'dated' | 'sort' | 'order' | 'limit' | 'offset' | 'status'> {
  interval: Interval;
  /** Statuses counted (default: `actual` only, reported claims left out). */
  status?: readonly StatusFilter[];
  /** Count each merged event once rather than each report of it (default true). */
  merged?: boolean;
}

/** What `countBy` groups events by: quad class, PLOVER type, status (as the status filter names it), CAMEO root, first source, first target, either actor, or pair. */
export const BREAKDOWNS = ['quadClass', 'plover', 'status', 'root', 'source', 'target', 'actor', 'pair'] as const;

/** A field events are counted by (see `BREAKDOWNS`). */
export type Breakdown = (typeof BREAKDOWNS)[number];

/** How many events share one value of a breakdown. */
export interface BreakdownRow {
  /** The value: "1".."4" for quad classes, a PLOVER type, a status filter value, a root, an actor code, or "SOURCE TARGET" for a pair; null for events without one (no PLOVER type). */
  key: string | null;
  events: number;
}


/** An event as stored: the coder's event plus its document and the merged event it belongs to. */
export interface StoredEvent {
  event: Event;
  documentId: string;
  /** The day the event is placed on: its own date when the text gives one, else the publication date. */
  day: string | null;
  statusClass: StatusClass;
  published: string | null;
  url: string | null;
  outlet: string | null;
  merged: MergedSummary;
}

/** The merged event a report belongs to: how many reports, documents, outlets and independent sources it has. */
export interface MergedSummary {
  id: number;
  mentions: number;
  documents: number;
  outlets: number;
  /** Documents counted once per group of near-duplicates. */
  independentSources: number;
  firstDay: string | null;
  lastDay: string | null;
}

/** A stored document with its provenance. */
export interface StoredDocument {
  document: Document;
  title: string | null;
  url: string | null;
  outlet: string | null;
  origin: string;
  contentHash: string;
  /** The id of the stored document this one is a near-duplicate of. */
  duplicateOf: string | null;
  ingestedAt: string;
}

/** Totals over the whole store. */
export interface StoreCounts {
  documents: number;
  sentences: number;
  mentions: number;
  events: number;
  mergedEvents: number;
  /** Merged events that gather more than one report. */
  mergedGroups: number;
  nearDuplicates: number;
}

/** How often an actor appears in stored events, on either side. */
export interface ActorCount {
  code: string;
  /** Events with the actor as source or target (an event naming it on both sides counts once). */
  events: number;
  asSource: number;
  asTarget: number;
}

/**
 * What Parley needs from a store. The SQLite store is the embedded default; the interface is
 * asynchronous so that a networked back end (PostgreSQL) can implement it as well. `openStore`
 * (open.ts) opens one from its location; every back end passes `describeEventStore` (conformance.ts).
 */
export interface EventStore {
  /** The subset of these content hashes (see `contentHash`) that is stored already. */
  knownHashes(hashes: readonly string[]): Promise<Set<string>>;
  /**
   * Stores documents, their layers and events, and merges the events, all in one transaction: a
   * back end runs the shared `addDocuments` service (`add-documents.ts`) over its `StoreWriter`.
   */
  addDocuments(records: readonly DocumentRecord[]): Promise<AddResult>;
  getDocument(id: string): Promise<StoredDocument | undefined>;
  /** A stored document's text and sentence spans only (what outputs cut evidence from), cheaper than `getDocument`. */
  getDocumentText(id: string): Promise<Pick<Document, 'text' | 'sentences'> | undefined>;
  queryEvents(query: EventQuery): Promise<StoredEvent[]>;
  /** How many events the query's filters pick (its sort, limit and offset aside). */
  countEvents(query: EventQuery): Promise<number>;
  /**
   * The events the query's filters pick, counted by one field, most first, then by key; at most
   * `limit` rows. `actor` counts each event once for its first source and once for its first target
   * (once when they are the same); `pair` and `actor` leave out events without those actors.
   */
  countBy(query: EventQuery, by: Breakdown, limit: number): Promise<BreakdownRow[]>;
  /** Like `queryEvents`, but yields the events one at a time (for exports of any size). */
  streamEvents(query: EventQuery): AsyncIterable<StoredEvent>;
  timeSeries(query: SeriesQuery): Promise<SeriesPoint[]>;
  counts(): Promise<StoreCounts>;
  /** Every actor code of the stored events (all sources and targets, not only the first), most frequent first, then by code. */
  actorCounts(): Promise<ActorCount[]>;
  close(): Promise<void>;
}

/** The key a store gives a stored document (for its near-duplicate links and its events). */
export type DocumentKey = number;

/** A document on its way into the store, with what `addDocuments` worked out about it. */
export interface NewDocument {
  record: DocumentRecord;
  contentHash: string;
  /** Its MinHash signature and band keys (see `minhash.ts`). */
  signature: Uint32Array;
  bands: readonly string[];
  /** The first document of the group of near-duplicates it belongs to, if any. */
  duplicateOf: DocumentKey | null;
  ingestedAt: string;
}

/** A stored document's near-duplicate signature. */
export interface StoredSignature {
  key: DocumentKey;
  signature: Uint32Array;
  duplicateOf: DocumentKey | null;
}

/** A merged event to create: a merge key and day range, or only its actors and status class when the event cannot be merged. */
export interface NewMergedEvent {
  source: string | null;
  target: string | null;
  family: string | null;
  statusClass: StatusClass;
  firstDay: string | null;
  lastDay: string | null;
}

/** A report of an event to store, already placed in its merged event. */
export interface NewEvent {
  event: Event;
  document: DocumentKey;
  /** The id of its merged event. */
  merged: number;
  statusClass: StatusClass;
  day: string | null;
}

/**
 * The storage steps a back end offers inside one write transaction. Adding documents, merging
 * reports and finding near-duplicates are services written over these (`add-documents.ts`,
 * `merge.ts`, `near-duplicates.ts`), so a back end stores and looks up, and decides nothing.
 */
export interface StoreWriter {
  /** Whether a document with this content hash is stored. */
  hasContent(hash: string): Promise<boolean>;
  hasDocument(id: string): Promise<boolean>;
  hasEvent(id: string): Promise<boolean>;
  /** Stored documents sharing at least one band key with `bands`, with their signatures. */
  signaturesSharing(bands: readonly string[]): Promise<StoredSignature[]>;
  /** Stores a document with its sentences, mentions and band keys, and returns its key. */
  insertDocument(document: NewDocument): Promise<DocumentKey>;
  /** Merged events with the key's actors, family and status class whose first day lies from `fromDay` to `toDay`, oldest first. */
  findMergedEvents(key: MergeKey, fromDay: string, toDay: string): Promise<MergeGroup[]>;
  /** Creates a merged event and returns its id. */
  insertMergedEvent(merged: NewMergedEvent): Promise<number>;
  /** Sets the day range of a merged event. */
  widenMergedEvent(id: number, firstDay: string, lastDay: string): Promise<void>;
  insertEvent(event: NewEvent): Promise<void>;
}
