import postgres, { type Sql, type TransactionSql } from 'postgres';
import type { Document, Layer } from '../../core/document.ts';
import { ParleyError } from '../../core/errors.ts';
import type { Event } from '../../core/event.ts';
import type { SeriesPoint } from '../../core/series-point.ts';
import { addDocuments } from '../add-documents.ts';
import { DEFAULT_MERGE_OPTIONS, type MergeOptions } from '../merge.ts';
import { sqlBreakdown, sqlCount } from '../sql-breakdown.ts';
import { sqlTallyFilter } from '../sql-tallies.ts';
import { searchWords, sqlEventFilter, type SqlDialect } from '../sql-event-filter.ts';
import { orderColumns, orderNeedsDocuments, sqlEventOrder } from '../sql-event-order.ts';
import { eventsWhere, sqlPairDirections } from '../pair-directions.ts';
import type {
  ActorCount,
  AddResult,
  Breakdown,
  BreakdownRow,
  DocumentRecord,
  EventQuery,
  EventStore,
  SeriesQuery,
  StoreCounts,
  StoredDocument,
  StoredEvent,
} from '../store.ts';
import { redactLocation } from '../redact-location.ts';
import { mentionFromRow, restorePlaces, seriesPointFromRow, type SeriesRow, storedEventFromRow, type EventRow } from '../sql-rows.ts';
import { PostgresBatchWriter } from './batch-writer.ts';
import { prepared } from './prepared.ts';
import { takeWriteLocks, writeLockKeys } from './write-locks.ts';
import { migratePostgres, POSTGRES_SCHEMA_VERSION, postgresSchemaVersion } from './migrations.ts';

/** Options for `openPostgresStore`. */
export interface PostgresStoreOptions {
  /** Only read (queries, exports, the dashboard): the schema is checked, not migrated. */
  readonly?: boolean;
  /** How reports of the same event are recognised (default: CAMEO root, 2 days). */
  merge?: MergeOptions;
  /** Connections in the pool (default 10). */
  maxConnections?: number;
}

/** Layers a stored document gives back: tokens and parses are not kept (they can be recomputed from the text). */
const RESTORED_LAYERS: readonly Layer[] = ['text', 'dateline', 'sentences', 'actors', 'events'];

/** PostgreSQL's side of the event filter: `$n` parameters and a full-text search on the documents' tsvector. */
const POSTGRES_DIALECT: SqlDialect = {
  placeholder: (index) => `$${index}`,
  textMatch: (text, param) => {
    const words = searchWords(text);
    // plainto_tsquery reads no operators; the words are taken apart by the same parser as the texts
    return words.length ? `e.document IN (SELECT key FROM documents WHERE search @@ plainto_tsquery('simple', ${param(words.join(' ').replaceAll('\u0000', ' '))}))` : null;
  },
};

/**
 * Opens a PostgreSQL store (creating its tables on first use when opened for writing). The
 * connection is made, and the schema migrated, on the first call; a server that cannot be reached
 * or a schema written by a newer Parley makes that call fail with STORE_UNAVAILABLE.
 */
export function openPostgresStore(url: string, options: PostgresStoreOptions = {}): PostgresStore {
  return new PostgresStore(url, options);
}

/** An events row as PostgreSQL gives it: the record parsed already. */
interface PostgresEventRow extends EventRow {
  record: Event;
}

/** The `EventStore` on a PostgreSQL database, shared by any number of processes on any number of machines. */
export class PostgresStore implements EventStore {
  /** The connection pool; also used by the job queue's status queries. */
  readonly sql: Sql;
  /** The location, without its password, for messages. */
  readonly where: string;
  private readonly merge: MergeOptions;
  private readonly readonly: boolean;
  private ready: Promise<void> | null = null;
  /** The write transaction of this process running now (settled when none is). */
  private writing: Promise<unknown> = Promise.resolve();

  constructor(url: string, options: PostgresStoreOptions) {
    this.where = redactLocation(url);
    this.merge = options.merge ?? DEFAULT_MERGE_OPTIONS;
    this.readonly = options.readonly ?? false;
    this.sql = postgres(url, { max: options.maxConnections ?? 10, onnotice: () => {}, connect_timeout: 10 });
  }

  /** Connects and migrates (or, read-only, checks the schema) once; every method waits for it. */
  private connect(): Promise<void> {
    this.ready ??= (async () => {
      try {
        if (!this.readonly) await migratePostgres(this.sql, this.where);
        else {
          const version = await postgresSchemaVersion(this.sql);
          if (version === 0) throw new ParleyError('STORE_UNAVAILABLE', `no Parley store in ${this.where}: ingest something first (parley ingest <inputs> --store ${this.where})`);
          if (version !== POSTGRES_SCHEMA_VERSION) {
            throw new ParleyError('STORE_UNAVAILABLE', `${this.where} has schema version ${version}, this Parley reads version ${POSTGRES_SCHEMA_VERSION}: open it once for writing (parley ingest) to migrate it`);
          }
        }
      } catch (error) {
        throw storeError(error, this.where);
      }
    })();
    return this.ready;
  }

  /** Runs a read once connected, turning the server's complaints into ParleyErrors. */
  private async read<T>(run: () => Promise<T>): Promise<T> {
    await this.connect();
    try {
      return await run();
    } catch (error) {
      throw storeError(error, this.where);
    }
  }

  /**
   * Adds a batch in one transaction, holding the batch's write locks (see `writeLockKeys`): writers
   * on any machine whose batches share nothing write at once, the others take turns. Then runs
   * `alsoInTransaction`, and commits. Writes of this process take turns as well, so that its
   * concurrent batches are written in the order they came.
   */
  private async writeBatch<T>(records: readonly DocumentRecord[], alsoInTransaction: (tx: TransactionSql, result: AddResult) => Promise<T>): Promise<AddResult> {
    if (this.readonly) throw new ParleyError('STORE_UNAVAILABLE', 'the store was opened read-only; open it for writing to add documents');
    await this.connect();
    const keys = writeLockKeys(records, this.merge);
    const run = () =>
      this.sql.begin(async (tx) => {
        // the locks and the batch's reads are pipelined: the server takes the locks first
        const [, writer] = await Promise.all([takeWriteLocks(tx, keys), PostgresBatchWriter.forBatch(tx, records, this.merge)]);
        const result = await addDocuments(writer, records, this.merge);
        await Promise.all([writer.flush(), alsoInTransaction(tx, result)]);
        return result;
      }) as Promise<AddResult>;
    const turn = this.writing.then(run, run);
    this.writing = turn.catch(() => undefined);
    try {
      return await turn;
    } catch (error) {
      throw storeError(error, this.where);
    }
  }

  async knownHashes(hashes: readonly string[]): Promise<Set<string>> {
    if (!hashes.length) return new Set();
    const rows = await this.read(() => prepared(this.sql, 'SELECT content_hash FROM documents WHERE content_hash = ANY($1::text[])', [[...hashes]]));
    return new Set(rows.map((row) => row.content_hash as string));
  }

  async addDocuments(records: readonly DocumentRecord[]): Promise<AddResult> {
    return this.writeBatch(records, async () => {});
  }

  /**
   * Like `addDocuments`, and runs `alsoInTransaction` in the same transaction, after the writes and
   * seeing their result: the job queue marks its jobs done there, so that documents and the
   * completion of their jobs commit together or not at all.
   */
  async addDocumentsAnd(records: readonly DocumentRecord[], alsoInTransaction: (tx: TransactionSql, result: AddResult) => Promise<void>): Promise<AddResult> {
    return this.writeBatch(records, alsoInTransaction);
  }

  async getDocument(id: string): Promise<StoredDocument | undefined> {
    return this.read(async () => {
      const [row] = await this.sql.unsafe('SELECT d.*, o.id AS duplicate_of_id FROM documents d LEFT JOIN documents o ON o.key = d.duplicate_of WHERE d.id = $1', [id]);
      if (!row) return undefined;
      const [sentenceRows, mentionRows, eventRows] = await Promise.all([
        this.sql.unsafe('SELECT start_offset, end_offset FROM sentences WHERE document = $1 ORDER BY idx', [row.key]),
        this.sql.unsafe('SELECT * FROM mentions WHERE document = $1 ORDER BY idx', [row.key]),
        this.sql.unsafe('SELECT record FROM events WHERE document = $1 ORDER BY key', [row.key]),
      ]);
      const document: Document = {
        id: row.id,
        text: row.text,
        layers: (row.layers as Layer[]).filter((layer) => RESTORED_LAYERS.includes(layer)),
        sentences: sentenceRows.map((sentence) => ({ start: sentence.start_offset, end: sentence.end_offset, tokens: [] })),
        mentions: mentionRows.map(mentionFromRow),
        events: eventRows.map((event) => event.record as Event),
      };
      if (row.published !== null) document.published = row.published;
      if (row.dateline !== null) document.dateline = row.dateline;
      if (row.places !== null) restorePlaces(document, row.places, row.focus);
      return {
        document,
        title: row.title,
        url: row.url,
        outlet: row.outlet,
        origin: row.origin,
        contentHash: row.content_hash,
        duplicateOf: row.duplicate_of_id,
        ingestedAt: row.ingested_at,
      };
    });
  }

  async getDocumentText(id: string): Promise<Pick<Document, 'text' | 'sentences'> | undefined> {
    const [row] = await this.read(
      () => this.sql.unsafe(
        `SELECT d.text, coalesce((SELECT json_agg(json_build_object('start', s.start_offset, 'end', s.end_offset, 'tokens', '[]'::json) ORDER BY s.idx)
           FROM sentences s WHERE s.document = d.key), '[]'::json) AS sentences
         FROM documents d WHERE d.id = $1`,
        [id],
      ),
    );
    return row ? { text: row.text, sentences: row.sentences } : undefined;
  }

  async queryEvents(query: EventQuery): Promise<StoredEvent[]> {
    const { text, params } = eventStatement(query);
    const rows = await this.read(() => this.sql.unsafe(text, params as never[]));
    return (rows as unknown as PostgresEventRow[]).map((row) => storedEventFromRow(row, row.record));
  }

  async *streamEvents(query: EventQuery): AsyncIterable<StoredEvent> {
    await this.connect();
    const { text, params } = eventStatement(query);
    try {
      for await (const rows of this.sql.unsafe(text, params as never[]).cursor(500)) {
        for (const row of rows as unknown as PostgresEventRow[]) yield storedEventFromRow(row, row.record);
      }
    } catch (error) {
      throw storeError(error, this.where);
    }
  }

  async countEvents(query: EventQuery): Promise<number> {
    const tallied = sqlTallyFilter(query, POSTGRES_DIALECT);
    const { where, params } = tallied ?? sqlEventFilter(query, POSTGRES_DIALECT);
    const [row] = await this.read(() => this.sql.unsafe(sqlCount(where, tallied ? 'tallies' : 'events'), params as never[]));
    return row.events as number;
  }

  async countBy(query: EventQuery, by: Breakdown, limit: number): Promise<BreakdownRow[]> {
    // from the kept tallies when the filters allow (one row per combination, not per event)
    const tallied = sqlTallyFilter(query, POSTGRES_DIALECT);
    const { where, params } = tallied ?? sqlEventFilter(query, POSTGRES_DIALECT);
    const rows = await this.read(() => this.sql.unsafe(sqlBreakdown(where, by, limit, tallied ? 'tallies' : 'events'), params as never[]));
    return rows.map((row) => ({ key: row.value, events: row.events }));
  }

  async timeSeries(query: SeriesQuery): Promise<SeriesPoint[]> {
    const period = { day: 'e.day', week: "to_char(date_trunc('week', e.day::date), 'YYYY-MM-DD')", month: 'substr(e.day, 1, 7)' }[query.interval];
    const { merged, interval: _interval, ...filters } = query;
    const picked: EventQuery = { ...filters, status: query.status ?? ['actual'], mergedOnly: merged ?? true, dated: true };
    // a pair in either direction: each direction read from the pair index alone (events_pair holds every column the series reads)
    const { from, params } = sqlPairDirections(picked, POSTGRES_DIALECT, ['e.day', 'e.quad_class', 'e.goldstein']) ?? eventsWhere(sqlEventFilter(picked, POSTGRES_DIALECT));
    const rows = await this.read(() =>
      this.sql.unsafe(
        `SELECT ${period} AS period, count(*)::int AS events,
          count(*) FILTER (WHERE e.quad_class = 1)::int AS q1, count(*) FILTER (WHERE e.quad_class = 2)::int AS q2,
          count(*) FILTER (WHERE e.quad_class = 3)::int AS q3, count(*) FILTER (WHERE e.quad_class = 4)::int AS q4,
          sum(e.goldstein) AS goldstein_sum, avg(e.goldstein) AS goldstein_mean
        FROM ${from}
        GROUP BY 1 ORDER BY 1`,
        params as never[],
      ),
    );
    return (rows as unknown as SeriesRow[]).map(seriesPointFromRow);
  }

  async counts(): Promise<StoreCounts> {
    // the events from their kept tallies (exact: kept by triggers whoever writes), not by counting them
    const [row] = await this.read(() =>
      this.sql.unsafe(`SELECT
        (SELECT count(*) FROM documents)::int AS documents,
        (SELECT count(*) FROM sentences)::int AS sentences,
        (SELECT count(*) FROM mentions)::int AS mentions,
        (SELECT coalesce(sum(events), 0) FROM event_tallies)::int AS events,
        (SELECT count(*) FROM merged_events)::int AS merged_events,
        (SELECT count(*) FROM (SELECT merged FROM events GROUP BY merged HAVING count(*) > 1) groups)::int AS merged_groups,
        (SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL)::int AS near_duplicates`),
    );
    return {
      documents: row.documents,
      sentences: row.sentences,
      mentions: row.mentions,
      events: row.events,
      mergedEvents: row.merged_events,
      mergedGroups: row.merged_groups,
      nearDuplicates: row.near_duplicates,
    };
  }

  async actorCounts(): Promise<ActorCount[]> {
    const rows = await this.read(() => this.sql.unsafe('SELECT code, events::int, as_source::int, as_target::int FROM actor_counts ORDER BY events DESC, code'));
    return rows.map((row) => ({ code: row.code, events: row.events, asSource: row.as_source, asTarget: row.as_target }));
  }

  async close(): Promise<void> {
    await this.writing;
    await this.sql.end({ timeout: 5 });
  }
}

/** The events query of `queryEvents` and `streamEvents`, with each event's merged summary. */
function eventStatement(query: EventQuery): { text: string; params: unknown[] } {
  const { where, params } = sqlEventFilter(query, POSTGRES_DIALECT);
  const offset = Math.max(0, Math.floor(query.offset ?? 0));
  const limit = query.limit !== undefined ? ` LIMIT ${Math.max(0, Math.floor(query.limit))}` : '';
  // A pair's events are few: they are found by the pair's indexes and then sorted. Ordered by the
  // bare day, PostgreSQL may instead read the whole store newest first through events_day_newest
  // with the pair as a filter, which reads far for a rare pair (p99 381 ms at a million events);
  // the day as an expression (the same order) gives it no index to read in that order.
  const pair = query.source !== undefined && query.target !== undefined;
  const term = (column: string) => (column === 'd.id' ? 'd.id COLLATE "C"' : pair && column === 'e.day' ? "(e.day || '')" : column);
  // document ids sort in byte order, as in SQLite, whatever the database's collation
  const order = sqlEventOrder(query, (column, direction, nullable) => `${term(column)} ${direction}${nullable ? ' NULLS LAST' : ''}`);
  // the page is chosen first (by day from the events_day indexes), then only its events get their merged summaries
  const page = pair ? pairPage(query, order) : null;
  return {
    text: `
      SELECT e.record, e.day, e.status_class, d.id AS document_id, d.published, d.url, d.outlet, e.merged, m.first_day, m.last_day,
        s.mentions AS merged_mentions, s.documents AS merged_documents, s.outlets AS merged_outlets, s.sources AS merged_sources
      FROM ${page ? `(SELECT e.* FROM (${page.text}) p JOIN events e ON e.key = p.key) e` : `(SELECT e.* FROM events e ${orderNeedsDocuments(query) ? 'JOIN documents d ON d.key = e.document' : ''} ${where} ${order}${limit} OFFSET ${offset}) e`}
      JOIN documents d ON d.key = e.document
      JOIN merged_events m ON m.key = e.merged
      CROSS JOIN LATERAL (
        SELECT count(*)::int AS mentions, count(DISTINCT x.document)::int AS documents, count(DISTINCT xd.outlet)::int AS outlets,
          count(DISTINCT coalesce(xd.duplicate_of, xd.key))::int AS sources
        FROM events x JOIN documents xd ON xd.key = x.document WHERE x.merged = e.merged
      ) s
      ${order}`,
    params: page ? page.params : params,
  };
}

/**
 * The keys of a page of a pair's events, chosen from the columns the order reads alone, so that
 * PostgreSQL reads them from the pair index (events_pair: the codes' countries, day and key, with
 * the codes) without the table (by day; a sort by a column the index lacks reads it), and reads
 * from the table only the page's events. In either direction, each direction's page is chosen
 * apart (`sqlPairDirections`) and the two are merged: the two directions as one filter are read by
 * a bitmap scan, which fetches every event of the pair from the table (p99 290 ms at a million
 * events for the pairs bench:scale asks, a frequent pair's events spread over the whole table).
 * Null when the page needs more (no limit, or an order by document).
 */
function pairPage(query: EventQuery, order: string): { text: string; params: unknown[] } | null {
  if (query.limit === undefined || orderNeedsDocuments(query)) return null;
  const limit = Math.max(0, Math.floor(query.limit));
  const offset = Math.max(0, Math.floor(query.offset ?? 0));
  // each direction gives the columns the order reads, for the merge to sort by
  const { from, params } = sqlPairDirections(query, POSTGRES_DIALECT, orderColumns(query), `${order} LIMIT ${offset + limit}`) ?? eventsWhere(sqlEventFilter(query, POSTGRES_DIALECT));
  return { text: `SELECT e.key FROM ${from} ${order} LIMIT ${limit} OFFSET ${offset}`, params };
}

/**
 * A ParleyError for a failure of the database: a server that cannot be reached is
 * STORE_UNAVAILABLE, a query the server refuses (a bad filter value) is INPUT_INVALID.
 */
function storeError(error: unknown, where: string): unknown {
  if (error instanceof ParleyError) return error;
  const { code, message } = error as { code?: string; message?: string };
  // SQLSTATE class 22 (data exception) and 42 (syntax or access rule) come from what was asked
  if (typeof code === 'string' && /^(22|42)/.test(code)) return new ParleyError('INPUT_INVALID', `the query could not be run: ${message}`);
  return new ParleyError('STORE_UNAVAILABLE', `the PostgreSQL store ${where} failed: ${message ?? String(error)}`);
}
