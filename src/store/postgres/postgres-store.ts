import postgres, { type Sql, type TransactionSql } from 'postgres';
import type { Document, Layer } from '../../core/document.ts';
import { ParleyError } from '../../core/errors.ts';
import type { Event } from '../../core/event.ts';
import type { SeriesPoint } from '../../core/series-point.ts';
import { actorSides } from '../actor-sides.ts';
import { addDocuments } from '../add-documents.ts';
import { DEFAULT_MERGE_OPTIONS, type MergeGroup, type MergeKey, type MergeOptions } from '../merge.ts';
import { contentHash, signatureFromBuffer, signatureToBuffer } from '../minhash.ts';
import { sqlBreakdown } from '../sql-breakdown.ts';
import { searchWords, sqlEventFilter, type SqlDialect } from '../sql-event-filter.ts';
import { orderNeedsDocuments, sqlEventOrder } from '../sql-event-order.ts';
import type {
  ActorCount,
  AddResult,
  Breakdown,
  BreakdownRow,
  DocumentKey,
  DocumentRecord,
  EventQuery,
  EventStore,
  NewDocument,
  NewEvent,
  NewMergedEvent,
  SeriesQuery,
  StoreCounts,
  StoredDocument,
  StoredEvent,
  StoredSignature,
  StoreWriter,
} from '../store.ts';
import { redactLocation } from '../redact-location.ts';
import { mentionColumns, mentionFromRow, restorePlaces, roundGoldstein, storedEventFromRow, type EventRow } from '../sql-rows.ts';
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
        await takeWriteLocks(tx, keys);
        const writer = await PostgresWriter.forBatch(tx, records);
        const result = await addDocuments(writer, records, this.merge);
        await writer.flushActorCounts();
        await alsoInTransaction(tx, result);
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
    const rows = await this.read(() => this.sql.unsafe('SELECT content_hash FROM documents WHERE content_hash = ANY($1::text[])', [[...hashes]]));
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
    const { where, params } = sqlEventFilter(query, POSTGRES_DIALECT);
    const [row] = await this.read(() => this.sql.unsafe(`SELECT count(*)::int AS events FROM events e ${where}`, params as never[]));
    return row.events as number;
  }

  async countBy(query: EventQuery, by: Breakdown, limit: number): Promise<BreakdownRow[]> {
    const { where, params } = sqlEventFilter(query, POSTGRES_DIALECT);
    const rows = await this.read(() => this.sql.unsafe(sqlBreakdown(where, by, limit), params as never[]));
    return rows.map((row) => ({ key: row.value, events: row.events }));
  }

  async timeSeries(query: SeriesQuery): Promise<SeriesPoint[]> {
    const period = { day: 'e.day', week: "to_char(date_trunc('week', e.day::date), 'YYYY-MM-DD')", month: 'substr(e.day, 1, 7)' }[query.interval];
    const { merged, interval: _interval, ...filters } = query;
    const { where, params } = sqlEventFilter({ ...filters, status: query.status ?? ['actual'], mergedOnly: merged ?? true }, POSTGRES_DIALECT);
    const rows = await this.read(() =>
      this.sql.unsafe(
        `SELECT ${period} AS period, count(*)::int AS events,
          count(*) FILTER (WHERE e.quad_class = 1)::int AS q1, count(*) FILTER (WHERE e.quad_class = 2)::int AS q2,
          count(*) FILTER (WHERE e.quad_class = 3)::int AS q3, count(*) FILTER (WHERE e.quad_class = 4)::int AS q4,
          sum(e.goldstein) AS goldstein_sum, avg(e.goldstein) AS goldstein_mean
        FROM events e ${where}${where ? ' AND' : ' WHERE'} e.day IS NOT NULL
        GROUP BY 1 ORDER BY 1`,
        params as never[],
      ),
    );
    return rows.map((row) => ({
      period: row.period,
      events: row.events,
      quadClass: { 1: row.q1, 2: row.q2, 3: row.q3, 4: row.q4 },
      goldsteinSum: roundGoldstein(row.goldstein_sum),
      goldsteinMean: roundGoldstein(row.goldstein_mean),
    }));
  }

  async counts(): Promise<StoreCounts> {
    const [row] = await this.read(() =>
      this.sql.unsafe(`SELECT
        (SELECT count(*) FROM documents)::int AS documents,
        (SELECT count(*) FROM sentences)::int AS sentences,
        (SELECT count(*) FROM mentions)::int AS mentions,
        (SELECT count(*) FROM events)::int AS events,
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
  // document ids sort in byte order, as in SQLite, whatever the database's collation
  const order = sqlEventOrder(query, (column, direction) => `${column === 'd.id' ? 'd.id COLLATE "C"' : column} ${direction} NULLS LAST`);
  // the page is chosen first (by day from the events_day indexes), then only its events get their merged summaries
  return {
    text: `
      SELECT e.record, e.day, e.status_class, d.id AS document_id, d.published, d.url, d.outlet, e.merged, m.first_day, m.last_day,
        s.mentions AS merged_mentions, s.documents AS merged_documents, s.outlets AS merged_outlets, s.sources AS merged_sources
      FROM (SELECT e.* FROM events e ${orderNeedsDocuments(query) ? 'JOIN documents d ON d.key = e.document' : ''} ${where} ${order}${limit} OFFSET ${offset}) e
      JOIN documents d ON d.key = e.document
      JOIN merged_events m ON m.key = e.merged
      CROSS JOIN LATERAL (
        SELECT count(*)::int AS mentions, count(DISTINCT x.document)::int AS documents, count(DISTINCT xd.outlet)::int AS outlets,
          count(DISTINCT coalesce(xd.duplicate_of, xd.key))::int AS sources
        FROM events x JOIN documents xd ON xd.key = x.document WHERE x.merged = e.merged
      ) s
      ${order}`,
    params,
  };
}

/** The storage steps of `addDocuments` in SQL, inside one write transaction (see `StoreWriter`). */
class PostgresWriter implements StoreWriter {
  private readonly tx: TransactionSql;
  // what the batch's texts, ids and events find stored: read with one query each before the
  // service runs (under the write lock, so nobody else adds to them) and kept up to date as it writes
  private readonly hashes = new Set<string>();
  private readonly ids = new Set<string>();
  private readonly events = new Set<string>();
  /** What the batch's events add to the actor counts, written at the end (see `flushActorCounts`). */
  private readonly actors = new Map<string, ActorCount>();

  private constructor(tx: TransactionSql) {
    this.tx = tx;
  }

  /** A writer for one batch, knowing which of its texts, ids and events are stored already. */
  static async forBatch(tx: TransactionSql, records: readonly DocumentRecord[]): Promise<PostgresWriter> {
    const writer = new PostgresWriter(tx);
    const stored = (sql: string, values: string[]) => (values.length ? tx.unsafe(sql, [values]) : Promise.resolve([]));
    const [hashes, ids, events] = await Promise.all([
      stored('SELECT content_hash AS value FROM documents WHERE content_hash = ANY($1::text[])', records.map((record) => contentHash(record.document.text))),
      stored('SELECT id AS value FROM documents WHERE id = ANY($1::text[])', records.map((record) => record.document.id)),
      stored('SELECT id AS value FROM events WHERE id = ANY($1::text[])', records.flatMap((record) => (record.document.events ?? []).map((event) => event.id))),
    ]);
    for (const [rows, set] of [[hashes, writer.hashes], [ids, writer.ids], [events, writer.events]] as const) for (const row of rows) set.add(row.value as string);
    return writer;
  }

  async hasContent(hash: string): Promise<boolean> {
    return this.hashes.has(hash);
  }

  async hasDocument(id: string): Promise<boolean> {
    return this.ids.has(id);
  }

  async hasEvent(id: string): Promise<boolean> {
    return this.events.has(id);
  }

  async signaturesSharing(bands: readonly string[]): Promise<StoredSignature[]> {
    const rows = await this.tx.unsafe(
      'SELECT d.key, d.minhash, d.duplicate_of FROM documents d WHERE d.key IN (SELECT document FROM document_bands WHERE band_key = ANY($1::text[]))',
      [[...bands]],
    );
    return rows.map((row) => ({ key: Number(row.key), signature: signatureFromBuffer(row.minhash), duplicateOf: row.duplicate_of === null ? null : Number(row.duplicate_of) }));
  }

  /** Stores the document with its band keys, sentences and mentions in one statement (one round trip to the server). */
  async insertDocument({ record, contentHash: hash, signature, bands, duplicateOf, ingestedAt }: NewDocument): Promise<DocumentKey> {
    const doc = record.document;
    const sentences = doc.sentences ?? [];
    // json parameters are objects: the driver writes each value as the type the server asks for
    const [row] = await this.tx.unsafe(
      `WITH doc AS (
         INSERT INTO documents (id, content_hash, text, title, url, outlet, origin, published, layers, dateline, minhash, duplicate_of, ingested_at, places, focus)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::json, $10::json, $11, $12, $13, $18::json, $19::json)
         ON CONFLICT DO NOTHING RETURNING key
       ), bands AS (
         INSERT INTO document_bands (band_key, document) SELECT DISTINCT band, doc.key FROM doc, unnest($14::text[]) AS band ON CONFLICT DO NOTHING
       ), sentences AS (
         INSERT INTO sentences (document, idx, start_offset, end_offset)
         SELECT doc.key, i - 1, s, e FROM doc, unnest($15::int[], $16::int[]) WITH ORDINALITY AS t(s, e, i)
       ), mentions AS (
         INSERT INTO mentions (document, idx, sentence, start_offset, end_offset, text, code, country, sector, name, title, entity, antecedent, rule)
         SELECT doc.key, m.* FROM doc, json_to_recordset($17::json) AS m(idx int, sentence int, start_offset int, end_offset int, text text, code text,
           country text, sector text, name text, title text, entity text, antecedent int, rule text)
       )
       SELECT key FROM doc`,
      [
        doc.id,
        hash,
        doc.text,
        record.title ?? null,
        record.url ?? null,
        record.outlet ?? null,
        record.origin,
        doc.published ?? null,
        doc.layers,
        doc.dateline ?? null,
        signatureToBuffer(signature),
        duplicateOf,
        ingestedAt,
        [...bands],
        sentences.map((sentence) => sentence.start),
        sentences.map((sentence) => sentence.end),
        (doc.mentions ?? []).map(mentionColumns),
        doc.places ?? null,
        (doc.places && doc.focus) ?? null,
      ],
    );
    // the service checked id and text under the write lock: a conflict here is a writer that does not take it
    if (!row) throw new ParleyError('STORE_UNAVAILABLE', `document "${doc.id}" was stored by another writer during this transaction; run the ingest again`);
    this.hashes.add(hash);
    this.ids.add(doc.id);
    return Number(row.key);
  }

  async findMergedEvents(key: MergeKey, fromDay: string, toDay: string): Promise<MergeGroup[]> {
    const rows = await this.tx.unsafe(
      `SELECT key, first_day, last_day FROM merged_events
       WHERE source_code = $1 AND target_code = $2 AND family = $3 AND status_class = $4 AND first_day BETWEEN $5 AND $6 ORDER BY key`,
      [key.source, key.target, key.family, key.statusClass, fromDay, toDay],
    );
    return rows.map((row) => ({ id: Number(row.key), source: key.source, target: key.target, family: key.family, statusClass: key.statusClass, firstDay: row.first_day, lastDay: row.last_day }));
  }

  async insertMergedEvent(merged: NewMergedEvent): Promise<number> {
    const [row] = await this.tx.unsafe('INSERT INTO merged_events (source_code, target_code, family, status_class, first_day, last_day) VALUES ($1, $2, $3, $4, $5, $6) RETURNING key', [
      merged.source,
      merged.target,
      merged.family,
      merged.statusClass,
      merged.firstDay,
      merged.lastDay,
    ]);
    return Number(row.key);
  }

  async widenMergedEvent(id: number, firstDay: string, lastDay: string): Promise<void> {
    await this.tx.unsafe('UPDATE merged_events SET first_day = $1, last_day = $2 WHERE key = $3', [firstDay, lastDay, id]);
  }

  /** Stores the event; its actors are counted when the batch ends. */
  async insertEvent({ event, document, merged, statusClass, day }: NewEvent): Promise<void> {
    const [inserted] = await this.tx.unsafe(
      `INSERT INTO events (id, document, merged, sentence, trigger_start, trigger_end, trigger_text, source_code, target_code, cameo_code, cameo_root,
           goldstein, quad_class, plover_type, polarity, modality, conditional, reported, historical, status_class, date, day, confidence, rule,
           location_country, location_lat, location_lon, record)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28::json)
       ON CONFLICT (id) DO NOTHING RETURNING key`,
      [
        event.id,
        document,
        merged,
        event.sentence,
        event.trigger.start,
        event.trigger.end,
        event.trigger.text,
        event.source[0]?.code ?? null,
        event.target[0]?.code ?? null,
        event.cameo.code,
        event.cameo.root,
        event.cameo.goldstein,
        event.cameo.quadClass,
        event.plover?.type ?? null,
        event.status.polarity,
        event.status.modality,
        event.status.conditional ? 1 : 0,
        event.status.reported ? 1 : 0,
        event.status.historical ? 1 : 0,
        statusClass,
        event.date ?? null,
        day,
        event.confidence,
        event.rule,
        event.location?.country ?? null,
        event.location?.lat ?? null,
        event.location?.lon ?? null,
        event,
      ],
    );
    this.events.add(event.id);
    if (!inserted) return;
    for (const side of actorSides(event)) {
      const total = this.actors.get(side.code) ?? { code: side.code, events: 0, asSource: 0, asTarget: 0 };
      this.actors.set(side.code, { code: side.code, events: total.events + 1, asSource: total.asSource + side.asSource, asTarget: total.asTarget + side.asTarget });
    }
  }

  /**
   * Adds the batch's actors to the actor counts, in one statement at the end of the transaction and
   * in code order, so that writers sharing an actor hold its row briefly and never wait in a circle.
   */
  async flushActorCounts(): Promise<void> {
    const sides = [...this.actors.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    if (!sides.length) return;
    await this.tx.unsafe(
      `INSERT INTO actor_counts (code, events, as_source, as_target)
       SELECT * FROM unnest($1::text[], $2::int[], $3::int[], $4::int[]) ORDER BY 1
       ON CONFLICT (code) DO UPDATE SET events = actor_counts.events + excluded.events,
         as_source = actor_counts.as_source + excluded.as_source, as_target = actor_counts.as_target + excluded.as_target`,
      [sides.map((side) => side.code), sides.map((side) => side.events), sides.map((side) => side.asSource), sides.map((side) => side.asTarget)],
    );
    this.actors.clear();
  }
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
