import BetterSqlite3 from 'better-sqlite3';
import type { Database, Statement } from 'better-sqlite3';
import { existsSync } from 'node:fs';
import type { Document, Layer } from '../../core/document.ts';
import { ParleyError } from '../../core/errors.ts';
import type { Event } from '../../core/event.ts';
import type { SeriesPoint } from '../../core/series-point.ts';
import { actorSides } from '../actor-sides.ts';
import { addDocuments } from '../add-documents.ts';
import { DEFAULT_MERGE_OPTIONS, type MergeGroup, type MergeKey, type MergeOptions } from '../merge.ts';
import { signatureFromBuffer, signatureToBuffer } from '../minhash.ts';
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
import { eventsWhere, sqlPairDirections } from '../pair-directions.ts';
import { sqlBreakdown, sqlCount } from '../sql-breakdown.ts';
import { sqlTallyFilter } from '../sql-tallies.ts';
import { orderNeedsDocuments } from '../sql-event-order.ts';
import { documentColumns, eventColumns, mentionColumns, mentionFromRow, restorePlaces, seriesPointFromRow, type SeriesRow, storedEventFromRow, type EventRow } from '../sql-rows.ts';
import { checkIntegrity, damagedStore, isDamage } from './damage.ts';
import { eitherActorPage } from './either-actor-page.ts';
import { eventFilter, SQLITE_DIALECT } from './event-filter.ts';
import { sqliteEventOrder } from './event-order.ts';
import { migrate, SCHEMA_VERSION, schemaVersion } from './migrations.ts';

/** Options for `openSqliteStore`. */
export interface SqliteStoreOptions {
  /** Open for reading only (queries, exports); the file must exist. */
  readonly?: boolean;
  /** How reports of the same event are recognised (default: CAMEO root, 2 days). */
  merge?: MergeOptions;
  /** How long a writer waits for another writer's transaction before giving up (ms). */
  busyTimeoutMs?: number;
}

/** Layers a stored document gives back: tokens and parses are not kept (they can be recomputed from the text). */
const RESTORED_LAYERS: readonly Layer[] = ['text', 'dateline', 'sentences', 'actors', 'events'];

/**
 * Opens (creating and migrating if needed) an SQLite store. The database runs in WAL mode, so
 * readers query while a writer ingests, and every committed batch survives the process being killed.
 */
export function openSqliteStore(file: string, options: SqliteStoreOptions = {}): EventStore {
  if (options.readonly && file !== ':memory:' && !existsSync(file)) {
    throw new ParleyError('STORE_UNAVAILABLE', `no store at ${file}: ingest something first (parley ingest <inputs> --db ${file})`);
  }
  let db: Database | undefined;
  try {
    db = new BetterSqlite3(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
    db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 10_000}`);
    // before anything is written (even the journal mode): a damaged store is refused as it is
    checkIntegrity(db, file);
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      // in WAL mode NORMAL loses nothing when the process dies; only a power cut can undo the last commits
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
      migrate(db, file);
    } else if (schemaVersion(db) > SCHEMA_VERSION) {
      throw new ParleyError('STORE_UNAVAILABLE', `${file} has schema version ${schemaVersion(db)}, newer than this Parley knows (${SCHEMA_VERSION}): upgrade Parley to read it`);
    } else if (schemaVersion(db) !== SCHEMA_VERSION) {
      throw new ParleyError(
        'STORE_UNAVAILABLE',
        `${file} has schema version ${schemaVersion(db)}, this Parley reads version ${SCHEMA_VERSION}: open it once for writing (parley ingest) to migrate it`,
      );
    }
  } catch (error) {
    db?.close();
    if (error instanceof ParleyError) throw error;
    if (options.readonly && (error as { code?: string }).code === 'SQLITE_READONLY') {
      throw new ParleyError(
        'STORE_UNAVAILABLE',
        `cannot open the store ${file} for reading: it was left in WAL mode (a writer did not close it) and its folder cannot be written, so SQLite cannot open its shared-memory file. ` +
          'Open it once for writing where its folder is writable (parley ingest or serve closes it cleanly), or copy it to a folder you can write to',
      );
    }
    throw new ParleyError('STORE_UNAVAILABLE', `cannot open the store ${file}: ${(error as Error).message}`);
  }
  return new SqliteStore(db, options.merge ?? DEFAULT_MERGE_OPTIONS, file);
}

/** An events row as SQLite gives it: the record is JSON text. */
interface SqliteEventRow extends EventRow {
  record: string;
}

class SqliteStore implements EventStore {
  private readonly db: Database;
  private readonly merge: MergeOptions;
  private readonly writer: SqliteWriter | null;
  /** The write transaction running now (settled when none is). */
  private writing: Promise<void> = Promise.resolve();
  private readonly file: string;
  /** What SQLite reported when it found the file damaged; nothing is written after that. */
  private damage: string | null = null;

  constructor(db: Database, merge: MergeOptions, file: string) {
    this.db = db;
    this.merge = merge;
    this.file = file;
    this.writer = db.readonly ? null : new SqliteWriter(db);
  }

  async knownHashes(hashes: readonly string[]): Promise<Set<string>> {
    const known = new Set<string>();
    const statement = this.db.prepare('SELECT 1 FROM documents WHERE content_hash = ?').pluck();
    for (const hash of hashes) if (statement.get(hash) !== undefined) known.add(hash);
    return known;
  }

  async addDocuments(records: readonly DocumentRecord[]): Promise<AddResult> {
    const writer = this.writer;
    if (!writer) throw new ParleyError('STORE_UNAVAILABLE', 'the store was opened read-only; open it for writing to add documents');
    return this.inTransaction(() => addDocuments(writer, records, this.merge));
  }

  /**
   * Runs `work` in one immediate transaction, committed when it resolves and rolled back when it
   * throws. Writes on this connection take turns, since `work` awaits between its steps.
   */
  private inTransaction<T>(work: () => Promise<T>): Promise<T> {
    const run = async () => {
      if (this.damage !== null) throw damagedStore(this.file, this.damage);
      try {
        this.db.exec('BEGIN IMMEDIATE');
        const result = await work();
        this.db.exec('COMMIT');
        return result;
      } catch (error) {
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
        if (isDamage(error)) {
          this.damage = (error as Error).message;
          throw damagedStore(this.file, this.damage);
        }
        throw error;
      }
    };
    const turn = this.writing.then(run, run);
    this.writing = turn.then(
      () => undefined,
      () => undefined,
    );
    return turn;
  }

  async getDocument(id: string): Promise<StoredDocument | undefined> {
    const row = this.db.prepare('SELECT * FROM documents WHERE id = ?').get(id) as Record<string, unknown> | undefined;
    if (!row) return undefined;
    const key = row.key as number;
    const sentences = (this.db.prepare('SELECT start_offset, end_offset FROM sentences WHERE document = ? ORDER BY idx').all(key) as { start_offset: number; end_offset: number }[]).map(
      (sentence) => ({ start: sentence.start_offset, end: sentence.end_offset, tokens: [] }),
    );
    const mentions = (this.db.prepare('SELECT * FROM mentions WHERE document = ? ORDER BY idx').all(key) as Record<string, unknown>[]).map(mentionFromRow);
    const events = (this.db.prepare('SELECT record FROM events WHERE document = ? ORDER BY key').pluck().all(key) as string[]).map((record) => JSON.parse(record) as Event);
    const storedLayers = JSON.parse(row.layers as string) as Layer[];
    const document: Document = {
      id: row.id as string,
      text: row.text as string,
      layers: storedLayers.filter((layer) => RESTORED_LAYERS.includes(layer)),
      sentences,
      mentions,
      events,
    };
    if (row.published !== null) document.published = row.published as string;
    if (row.dateline !== null) document.dateline = JSON.parse(row.dateline as string);
    if (row.places !== null) restorePlaces(document, JSON.parse(row.places as string), JSON.parse(row.focus as string));
    const duplicateOf = row.duplicate_of === null ? null : (this.db.prepare('SELECT id FROM documents WHERE key = ?').pluck().get(row.duplicate_of) as string);
    return {
      document,
      title: row.title as string | null,
      url: row.url as string | null,
      outlet: row.outlet as string | null,
      origin: row.origin as string,
      contentHash: row.content_hash as string,
      duplicateOf,
      ingestedAt: row.ingested_at as string,
    };
  }

  async getDocumentText(id: string): Promise<Pick<Document, 'text' | 'sentences'> | undefined> {
    const row = this.db.prepare('SELECT key, text FROM documents WHERE id = ?').get(id) as { key: number; text: string } | undefined;
    if (!row) return undefined;
    const sentences = (this.db.prepare('SELECT start_offset, end_offset FROM sentences WHERE document = ? ORDER BY idx').all(row.key) as { start_offset: number; end_offset: number }[]).map(
      (sentence) => ({ start: sentence.start_offset, end: sentence.end_offset, tokens: [] }),
    );
    return { text: row.text, sentences };
  }

  async queryEvents(query: EventQuery): Promise<StoredEvent[]> {
    const { statement, params } = this.eventStatement(query);
    return (runQuery(() => statement.all(...params)) as SqliteEventRow[]).map((row) => storedEventFromRow(row, JSON.parse(row.record) as Event));
  }

  async *streamEvents(query: EventQuery): AsyncIterable<StoredEvent> {
    const { statement, params } = this.eventStatement(query);
    const rows = runQuery(() => statement.iterate(...params)) as IterableIterator<SqliteEventRow>;
    while (true) {
      const next = runQuery(() => rows.next());
      if (next.done) return;
      yield storedEventFromRow(next.value, JSON.parse(next.value.record) as Event);
    }
  }

  private eventStatement(query: EventQuery): { statement: Statement; params: unknown[] } {
    const { where, params } = eventFilter(query);
    const offset = Math.max(0, Math.floor(query.offset ?? 0));
    const limit = query.limit !== undefined ? ` LIMIT ${Math.max(0, Math.floor(query.limit))} OFFSET ${offset}` : offset ? ` LIMIT -1 OFFSET ${offset}` : '';
    const order = sqliteEventOrder(query);
    // the page is chosen first (by day from the events_page indexes), then only its events get their merged summaries
    const either = eitherActorPage(query);
    const sql = `
      WITH page AS (${either?.sql ?? `SELECT e.key FROM events e ${orderNeedsDocuments(query) ? 'JOIN documents d ON d.key = e.document' : ''} ${where} ${order}${limit}`})
      SELECT e.record, e.day, e.status_class, d.id AS document_id, d.published, d.url, d.outlet, e.merged, m.first_day, m.last_day,
        (SELECT count(*) FROM events x WHERE x.merged = e.merged) AS merged_mentions,
        (SELECT count(DISTINCT x.document) FROM events x WHERE x.merged = e.merged) AS merged_documents,
        (SELECT count(DISTINCT xd.outlet) FROM events x JOIN documents xd ON xd.key = x.document WHERE x.merged = e.merged) AS merged_outlets,
        (SELECT count(DISTINCT coalesce(xd.duplicate_of, xd.key)) FROM events x JOIN documents xd ON xd.key = x.document WHERE x.merged = e.merged) AS merged_sources
      FROM page JOIN events e ON e.key = page.key JOIN documents d ON d.key = e.document JOIN merged_events m ON m.key = e.merged
      ${order}`;
    return { statement: this.prepareQuery(sql), params: either?.params ?? params };
  }

  async countEvents(query: EventQuery): Promise<number> {
    const tallied = sqlTallyFilter(query, SQLITE_DIALECT);
    const { where, params } = tallied ?? eventFilter(query);
    const statement = this.prepareQuery(sqlCount(where, tallied ? 'tallies' : 'events')).pluck();
    return runQuery(() => statement.get(...params)) as number;
  }

  async countBy(query: EventQuery, by: Breakdown, limit: number): Promise<BreakdownRow[]> {
    // from the kept tallies when the filters allow (one row per combination, not per event)
    const tallied = sqlTallyFilter(query, SQLITE_DIALECT);
    const { where, params } = tallied ?? eventFilter(query);
    const statement = this.prepareQuery(sqlBreakdown(where, by, limit, tallied ? 'tallies' : 'events'));
    const found = runQuery(() => statement.all(...params)) as { value: string | null; events: number }[];
    return found.map((row) => ({ key: row.value, events: row.events }));
  }

  async timeSeries(query: SeriesQuery): Promise<SeriesPoint[]> {
    const period = { day: 'e.day', week: "date(e.day, '-6 days', 'weekday 1')", month: 'substr(e.day, 1, 7)' }[query.interval];
    const { merged, interval: _interval, ...filters } = query;
    const picked: EventQuery = { ...filters, status: query.status ?? ['actual'], mergedOnly: merged ?? true, dated: true };
    // a pair in either direction: each direction read from the pair index alone (events_pair holds every column the series reads)
    const { from, params } = sqlPairDirections(picked, SQLITE_DIALECT, ['e.day', 'e.quad_class', 'e.goldstein']) ?? eventsWhere(eventFilter(picked));
    const sql = `
      SELECT ${period} AS period, count(*) AS events,
        sum(e.quad_class = 1) AS q1, sum(e.quad_class = 2) AS q2, sum(e.quad_class = 3) AS q3, sum(e.quad_class = 4) AS q4,
        sum(e.goldstein) AS goldstein_sum, avg(e.goldstein) AS goldstein_mean
      FROM ${from}
      GROUP BY period ORDER BY period`;
    const statement = this.prepareQuery(sql);
    const rows = runQuery(() => statement.all(...params)) as SeriesRow[];
    return rows.map(seriesPointFromRow);
  }

  async counts(): Promise<StoreCounts> {
    const count = (sql: string) => this.db.prepare(sql).pluck().get() as number;
    return {
      documents: count('SELECT count(*) FROM documents'),
      sentences: count('SELECT count(*) FROM sentences'),
      mentions: count('SELECT count(*) FROM mentions'),
      // from the kept tallies (exact: kept by triggers whoever writes), not by counting the events
      events: count('SELECT coalesce(sum(events), 0) FROM event_tallies'),
      mergedEvents: count('SELECT count(*) FROM merged_events'),
      mergedGroups: count('SELECT count(*) FROM (SELECT merged FROM events GROUP BY merged HAVING count(*) > 1)'),
      nearDuplicates: count('SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL'),
    };
  }

  async actorCounts(): Promise<ActorCount[]> {
    const rows = this.db.prepare('SELECT code, events, as_source, as_target FROM actor_counts ORDER BY events DESC, code').all() as {
      code: string;
      events: number;
      as_source: number;
      as_target: number;
    }[];
    return rows.map((row) => ({ code: row.code, events: row.events, asSource: row.as_source, asTarget: row.as_target }));
  }

  async close(): Promise<void> {
    if (!this.db.readonly && this.damage === null) {
      // a store at rest is left in rollback-journal mode, so that it can be read where its folder
      // cannot be written (WAL needs a shared-memory file beside it); the next writer turns WAL on
      // again. With other connections still open the mode stays WAL, which is harmless.
      try {
        this.db.pragma('journal_mode = DELETE');
      } catch {
        // another connection holds the database: it stays in WAL mode
      }
    }
    this.db.close();
  }

  private prepareQuery(sql: string): Statement {
    try {
      return this.db.prepare(sql);
    } catch (error) {
      throw new ParleyError('INPUT_INVALID', `the query could not be run: ${(error as Error).message}`);
    }
  }
}

/** The storage steps of `addDocuments` in SQL (see `StoreWriter`); the decisions are the services'. */
class SqliteWriter implements StoreWriter {
  private readonly statements: ReturnType<typeof prepareWriteStatements>;

  constructor(db: Database) {
    this.statements = prepareWriteStatements(db);
  }

  async hasContent(hash: string): Promise<boolean> {
    return this.statements.hashExists.get(hash) !== undefined;
  }

  async hasDocument(id: string): Promise<boolean> {
    return this.statements.idExists.get(id) !== undefined;
  }

  async hasEvent(id: string): Promise<boolean> {
    return this.statements.eventExists.get(id) !== undefined;
  }

  async signaturesSharing(bands: readonly string[]): Promise<StoredSignature[]> {
    const keys = new Set<number>();
    for (const band of bands) for (const key of this.statements.bandDocuments.all(band) as number[]) keys.add(key);
    return [...keys].map((key) => {
      const row = this.statements.documentSignature.get(key) as { minhash: Buffer; duplicate_of: number | null };
      return { key, signature: signatureFromBuffer(row.minhash), duplicateOf: row.duplicate_of };
    });
  }

  async insertDocument({ record, contentHash, signature, bands, duplicateOf, ingestedAt }: NewDocument): Promise<DocumentKey> {
    const doc = record.document;
    const info = this.statements.insertDocument.run({
      ...documentColumns(record, contentHash),
      layers: JSON.stringify(doc.layers),
      dateline: doc.dateline ? JSON.stringify(doc.dateline) : null,
      places: doc.places ? JSON.stringify(doc.places) : null,
      focus: doc.places && doc.focus ? JSON.stringify(doc.focus) : null,
      minhash: signatureToBuffer(signature),
      duplicate_of: duplicateOf,
      ingested_at: ingestedAt,
    });
    const key = Number(info.lastInsertRowid);
    for (const band of new Set(bands)) this.statements.insertBand.run(band, key);
    for (const [idx, sentence] of (doc.sentences ?? []).entries()) this.statements.insertSentence.run(key, idx, sentence.start, sentence.end);
    for (const [idx, mention] of (doc.mentions ?? []).entries()) this.statements.insertMention.run({ document: key, ...mentionColumns(mention, idx) });
    return key;
  }

  async findMergedEvents(key: MergeKey, fromDay: string, toDay: string): Promise<MergeGroup[]> {
    const rows = this.statements.findGroups.all(key.source, key.target, key.family, key.statusClass, fromDay, toDay) as { key: number; first_day: string; last_day: string }[];
    return rows.map((row) => ({ id: row.key, source: key.source, target: key.target, family: key.family, statusClass: key.statusClass, firstDay: row.first_day, lastDay: row.last_day }));
  }

  async insertMergedEvent(merged: NewMergedEvent): Promise<number> {
    return Number(this.statements.insertGroup.run(merged.source, merged.target, merged.family, merged.statusClass, merged.firstDay, merged.lastDay).lastInsertRowid);
  }

  async widenMergedEvent(id: number, firstDay: string, lastDay: string): Promise<void> {
    this.statements.widenGroup.run(firstDay, lastDay, id);
  }

  async insertEvent(stored: NewEvent): Promise<void> {
    for (const side of actorSides(stored.event)) this.statements.countActor.run(side.code, side.events, side.asSource, side.asTarget);
    this.statements.insertEvent.run({ ...eventColumns(stored), record: JSON.stringify(stored.event) });
  }
}

function prepareWriteStatements(db: Database) {
  return {
    hashExists: db.prepare('SELECT 1 FROM documents WHERE content_hash = ?').pluck(),
    idExists: db.prepare('SELECT 1 FROM documents WHERE id = ?').pluck(),
    insertDocument: db.prepare(`
      INSERT INTO documents (id, content_hash, text, title, url, outlet, origin, published, layers, dateline, places, focus, minhash, duplicate_of, ingested_at)
      VALUES (@id, @content_hash, @text, @title, @url, @outlet, @origin, @published, @layers, @dateline, @places, @focus, @minhash, @duplicate_of, @ingested_at)`),
    insertBand: db.prepare('INSERT OR IGNORE INTO document_bands (band_key, document) VALUES (?, ?)'),
    bandDocuments: db.prepare('SELECT document FROM document_bands WHERE band_key = ?').pluck(),
    documentSignature: db.prepare('SELECT minhash, duplicate_of FROM documents WHERE key = ?'),
    insertSentence: db.prepare('INSERT INTO sentences (document, idx, start_offset, end_offset) VALUES (?, ?, ?, ?)'),
    insertMention: db.prepare(`
      INSERT INTO mentions (document, idx, sentence, start_offset, end_offset, text, code, country, sector, name, title, entity, antecedent, rule)
      VALUES (@document, @idx, @sentence, @start_offset, @end_offset, @text, @code, @country, @sector, @name, @title, @entity, @antecedent, @rule)`),
    eventExists: db.prepare('SELECT 1 FROM events WHERE id = ?').pluck(),
    findGroups: db.prepare(`
      SELECT key, first_day, last_day FROM merged_events
      WHERE source_code = ? AND target_code = ? AND family = ? AND status_class = ? AND first_day BETWEEN ? AND ?
      ORDER BY key`),
    insertGroup: db.prepare('INSERT INTO merged_events (source_code, target_code, family, status_class, first_day, last_day) VALUES (?, ?, ?, ?, ?, ?)'),
    widenGroup: db.prepare('UPDATE merged_events SET first_day = ?, last_day = ? WHERE key = ?'),
    countActor: db.prepare(`
      INSERT INTO actor_counts (code, events, as_source, as_target) VALUES (?, ?, ?, ?)
      ON CONFLICT (code) DO UPDATE SET events = events + excluded.events, as_source = as_source + excluded.as_source, as_target = as_target + excluded.as_target`),
    insertEvent: db.prepare(`
      INSERT INTO events (id, document, merged, sentence, trigger_start, trigger_end, trigger_text, source_code, target_code, cameo_code, cameo_root,
        goldstein, quad_class, plover_type, polarity, modality, conditional, reported, historical, status_class, date, day, confidence, rule,
        location_country, location_lat, location_lon, record)
      VALUES (@id, @document, @merged, @sentence, @trigger_start, @trigger_end, @trigger_text, @source_code, @target_code, @cameo_code, @cameo_root,
        @goldstein, @quad_class, @plover_type, @polarity, @modality, @conditional, @reported, @historical, @status_class, @date, @day, @confidence, @rule,
        @location_country, @location_lat, @location_lon, @record)`),
  };
}

/** Runs a read, turning SQLite's complaints about a query (a bad full-text search) into INPUT_INVALID. */
function runQuery<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_ERROR') throw new ParleyError('INPUT_INVALID', `the query could not be run: ${(error as Error).message}`);
    if ((error as { code?: string }).code === 'SQLITE_BUSY') throw new ParleyError('STORE_UNAVAILABLE', `the store is busy: ${(error as Error).message}`);
    throw error;
  }
}
