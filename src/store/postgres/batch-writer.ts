import type { TransactionSql } from 'postgres';
import { ParleyError } from '../../core/errors.ts';
import { actorSides } from '../actor-sides.ts';
import { addDays, mergeKey, type MergeGroup, type MergeKey, type MergeOptions } from '../merge.ts';
import { signatureFromBuffer } from '../minhash.ts';
import { documentColumns, eventColumns, mentionColumns } from '../sql-rows.ts';
import { textPrint } from '../text-print.ts';
import { prepared } from './prepared.ts';
import type { ActorCount, DocumentKey, DocumentRecord, NewDocument, NewEvent, NewMergedEvent, StoredSignature, StoreWriter } from '../store.ts';

/** The merge key of a group or an event as one string (actors, family, status class). */
const groupKey = (key: Pick<MergeKey, 'source' | 'target' | 'family' | 'statusClass'>) => [key.source, key.target, key.family, key.statusClass].join('\u0000');

/**
 * The storage steps of `addDocuments` for one batch, inside its write transaction, in a few
 * statements whatever the batch's size: `forBatch` reads at once (one pipelined round trip to the
 * server) everything the batch's documents can find stored (their texts, ids and events, the
 * documents sharing a near-duplicate band with them, the merged events their events can join) and
 * reserves keys for what it may add; the service then runs in memory, and `flush` writes the rows
 * with one statement per table, pipelined. It is correct because the batch holds the write locks
 * of everything it reads (`writeLockKeys`): nobody else adds to those rows until it commits.
 */
export class PostgresBatchWriter implements StoreWriter {
  private readonly tx: TransactionSql;
  private readonly hashes = new Set<string>();
  private readonly ids = new Set<string>();
  private readonly events = new Set<string>();
  /** Stored documents (and the batch's own) by near-duplicate band key. */
  private readonly bands = new Map<string, StoredSignature[]>();
  /** Merged events the batch's events may join (stored and its own), by merge key, with their day ranges as they stand. */
  private readonly groups = new Map<string, MergeGroup[]>();
  /** Keys reserved from the tables' sequences, used in order. */
  private readonly documentKeys: number[];
  private readonly mergedKeys: number[];
  // the rows to write
  private readonly documentRows: Record<string, unknown>[] = [];
  private readonly bandRows: { band: string[]; document: number[] } = { band: [], document: [] };
  private readonly sentenceRows: { document: number[]; idx: number[]; start: number[]; end: number[] } = { document: [], idx: [], start: [], end: [] };
  private readonly mentionRows: Record<string, unknown>[] = [];
  private readonly newMerged = new Map<number, Record<string, unknown>>();
  /** Stored merged events whose day range the batch widened: key to new range. */
  private readonly widened = new Map<number, { key: number; first_day: string; last_day: string }>();
  private readonly eventRows: Record<string, unknown>[] = [];
  /** What the batch's events add to the actor counts. */
  private readonly actors = new Map<string, ActorCount>();

  private constructor(tx: TransactionSql, documentKeys: number[], mergedKeys: number[]) {
    this.tx = tx;
    this.documentKeys = documentKeys;
    this.mergedKeys = mergedKeys;
  }

  /** A writer for one batch: reads what the batch can find stored, and reserves keys, in one pipelined round trip. */
  static async forBatch(tx: TransactionSql, records: readonly DocumentRecord[], merge: MergeOptions): Promise<PostgresBatchWriter> {
    const events = records.flatMap((record) => (record.document.events ?? []).map((event) => ({ event, published: record.document.published })));
    // each merge key with the days its groups may start on: the batch's days, widened by the window
    const windows = new Map<string, { source: string; target: string; family: string; status_class: string; from_day: string; to_day: string }>();
    for (const { event, published } of events) {
      const key = mergeKey(event, published, merge);
      if (!key) continue;
      const from = addDays(key.day, -merge.windowDays);
      const to = addDays(key.day, merge.windowDays);
      const window = windows.get(groupKey(key));
      if (!window) windows.set(groupKey(key), { source: key.source, target: key.target, family: key.family, status_class: key.statusClass, from_day: from, to_day: to });
      else {
        if (from < window.from_day) window.from_day = from;
        if (to > window.to_day) window.to_day = to;
      }
    }
    const bands = [...new Set(records.flatMap((record) => textPrint(record.document).bands))];
    const reserve = (table: string, count: number) =>
      count ? prepared(tx, `SELECT nextval(pg_get_serial_sequence('${table}', 'key')) AS key FROM generate_series(1, $1::int)`, [count]) : Promise.resolve([]);
    const values = (rows: readonly { value: unknown }[]) => rows.map((row) => row.value as string);
    // issued together: the driver pipelines them on the transaction's connection
    const [, hashes, ids, eventIds, bandRows, groupRows, documentKeys, mergedKeys] = await Promise.all([
      // every statement of a batch looks rows up by key: by index, whatever the statistics say. A table
      // without statistics (new, restored, upgraded) looks small or as if the batch's keys matched most
      // of it, and PostgreSQL then read it whole for each batch, or for each of its band keys
      prepared(
        tx,
        "SELECT set_config('enable_seqscan', 'off', true), set_config('enable_hashjoin', 'off', true), set_config('enable_mergejoin', 'off', true), set_config('max_parallel_workers_per_gather', '0', true)",
        [],
      ),
      prepared(tx, 'SELECT content_hash AS value FROM documents WHERE content_hash = ANY($1::text[])', [records.map((record) => textPrint(record.document).hash)]),
      prepared(tx, 'SELECT id AS value FROM documents WHERE id = ANY($1::text[])', [records.map((record) => record.document.id)]),
      prepared(tx, 'SELECT id AS value FROM events WHERE id = ANY($1::text[])', [events.map(({ event }) => event.id)]),
      // one scan of the bands' index for all the batch's band keys, then each document found by its key
      prepared(tx, 'SELECT b.band_key, d.key, d.minhash, d.duplicate_of FROM document_bands b JOIN documents d ON d.key = b.document WHERE b.band_key = ANY($1::text[])', [bands]),
      windows.size
        ? prepared(
            tx,
            `SELECT m.key, m.source_code, m.target_code, m.family, m.status_class, m.first_day, m.last_day
             FROM json_to_recordset($1::json) AS k(source text, target text, family text, status_class text, from_day text, to_day text)
             JOIN merged_events m ON m.source_code = k.source AND m.target_code = k.target AND m.family = k.family AND m.status_class = k.status_class
               AND m.first_day BETWEEN k.from_day AND k.to_day`,
            [[...windows.values()] as never],
          )
        : Promise.resolve([]),
      reserve('documents', records.length),
      reserve('merged_events', events.length),
    ]);
    const keys = (rows: readonly Record<string, unknown>[]) => rows.map((row) => Number(row.key)).sort((a, b) => a - b);
    const writer = new PostgresBatchWriter(tx, keys(documentKeys), keys(mergedKeys));
    for (const value of values(hashes as never)) writer.hashes.add(value);
    for (const value of values(ids as never)) writer.ids.add(value);
    for (const value of values(eventIds as never)) writer.events.add(value);
    for (const row of bandRows) {
      writer.addToBand(row.band_key, { key: Number(row.key), signature: signatureFromBuffer(row.minhash), duplicateOf: row.duplicate_of === null ? null : Number(row.duplicate_of) });
    }
    for (const row of groupRows) {
      const group = { id: Number(row.key), source: row.source_code, target: row.target_code, family: row.family, statusClass: row.status_class, firstDay: row.first_day, lastDay: row.last_day };
      writer.groups.set(groupKey(group), [...(writer.groups.get(groupKey(group)) ?? []), group]);
    }
    return writer;
  }

  private addToBand(band: string, signature: StoredSignature): void {
    const list = this.bands.get(band);
    if (list) list.push(signature);
    else this.bands.set(band, [signature]);
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
    const found = new Map<DocumentKey, StoredSignature>();
    for (const band of bands) for (const signature of this.bands.get(band) ?? []) found.set(signature.key, signature);
    return [...found.values()];
  }

  async insertDocument({ record, contentHash: hash, signature, bands, duplicateOf, ingestedAt }: NewDocument): Promise<DocumentKey> {
    const doc = record.document;
    const key = this.documentKeys.shift();
    if (key === undefined) throw new Error('more documents written than the batch reserved keys for');
    this.documentRows.push({
      key,
      ...documentColumns(record, hash),
      layers: doc.layers,
      dateline: doc.dateline ?? null,
      minhash: Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength).toString('hex'),
      duplicate_of: duplicateOf,
      ingested_at: ingestedAt,
      places: doc.places ?? null,
      focus: (doc.places && doc.focus) ?? null,
    });
    for (const band of new Set(bands)) {
      this.bandRows.band.push(band);
      this.bandRows.document.push(key);
      this.addToBand(band, { key, signature, duplicateOf });
    }
    (doc.sentences ?? []).forEach((sentence, idx) => {
      this.sentenceRows.document.push(key);
      this.sentenceRows.idx.push(idx);
      this.sentenceRows.start.push(sentence.start);
      this.sentenceRows.end.push(sentence.end);
    });
    (doc.mentions ?? []).forEach((mention, idx) => this.mentionRows.push({ document: key, ...mentionColumns(mention, idx) }));
    this.hashes.add(hash);
    this.ids.add(doc.id);
    return key;
  }

  async findMergedEvents(key: MergeKey, fromDay: string, toDay: string): Promise<MergeGroup[]> {
    return (this.groups.get(groupKey(key)) ?? []).filter((group) => group.firstDay >= fromDay && group.firstDay <= toDay).sort((a, b) => a.id - b.id);
  }

  async insertMergedEvent(merged: NewMergedEvent): Promise<number> {
    const key = this.mergedKeys.shift();
    if (key === undefined) throw new Error('more merged events written than the batch reserved keys for');
    this.newMerged.set(key, {
      key,
      source_code: merged.source,
      target_code: merged.target,
      family: merged.family,
      status_class: merged.statusClass,
      first_day: merged.firstDay,
      last_day: merged.lastDay,
    });
    if (merged.source !== null && merged.target !== null && merged.family !== null && merged.firstDay !== null && merged.lastDay !== null) {
      const group = { id: key, source: merged.source, target: merged.target, family: merged.family, statusClass: merged.statusClass, firstDay: merged.firstDay, lastDay: merged.lastDay };
      this.groups.set(groupKey(group), [...(this.groups.get(groupKey(group)) ?? []), group]);
    }
    return key;
  }

  async widenMergedEvent(id: number, firstDay: string, lastDay: string): Promise<void> {
    for (const groups of this.groups.values()) {
      for (const group of groups) {
        if (group.id !== id) continue;
        group.firstDay = firstDay;
        group.lastDay = lastDay;
      }
    }
    const created = this.newMerged.get(id);
    if (created) Object.assign(created, { first_day: firstDay, last_day: lastDay });
    else this.widened.set(id, { key: id, first_day: firstDay, last_day: lastDay });
  }

  async insertEvent(stored: NewEvent): Promise<void> {
    const { event } = stored;
    this.eventRows.push({ n: this.eventRows.length, ...eventColumns(stored), record: event });
    this.events.add(event.id);
    for (const side of actorSides(event)) {
      const total = this.actors.get(side.code) ?? { code: side.code, events: 0, asSource: 0, asTarget: 0 };
      this.actors.set(side.code, { code: side.code, events: total.events + 1, asSource: total.asSource + side.asSource, asTarget: total.asTarget + side.asTarget });
    }
  }

  /**
   * Writes the batch's rows, one statement per table, pipelined. The actor counts go last and in
   * code order, so that writers sharing an actor hold its row briefly and never wait in a circle.
   * A document or event that another writer stored meanwhile (one that does not take the write
   * locks) fails the batch, so that nothing is counted twice.
   */
  async flush(): Promise<void> {
    const tx = this.tx;
    const statements: Promise<unknown>[] = [];
    const run = (condition: boolean, text: string, params: unknown[]) => {
      const statement = condition ? prepared(tx, text, params) : Promise.resolve([]);
      statements.push(statement);
      return statement;
    };
    const documents = run(
      this.documentRows.length > 0,
      `INSERT INTO documents (key, id, content_hash, text, title, url, outlet, origin, published, layers, dateline, minhash, duplicate_of, ingested_at, places, focus)
       OVERRIDING SYSTEM VALUE
       SELECT key, id, content_hash, text, title, url, outlet, origin, published, layers, dateline, decode(minhash, 'hex'), duplicate_of, ingested_at, places, focus
       FROM json_to_recordset($1::json) AS r(key bigint, id text, content_hash text, text text, title text, url text, outlet text, origin text, published text,
         layers json, dateline json, minhash text, duplicate_of bigint, ingested_at text, places json, focus json)
       ORDER BY key
       ON CONFLICT DO NOTHING RETURNING key`,
      [this.documentRows],
    );
    // a new document's distinct band keys: no row of them can be stored already
    run(this.bandRows.band.length > 0, 'INSERT INTO document_bands (band_key, document) SELECT * FROM unnest($1::text[], $2::bigint[])', [this.bandRows.band, this.bandRows.document]);
    const sentences = this.sentenceRows;
    run(sentences.idx.length > 0, 'INSERT INTO sentences (document, idx, start_offset, end_offset) SELECT * FROM unnest($1::bigint[], $2::int[], $3::int[], $4::int[])', [
      sentences.document,
      sentences.idx,
      sentences.start,
      sentences.end,
    ]);
    run(
      this.mentionRows.length > 0,
      `INSERT INTO mentions (document, idx, sentence, start_offset, end_offset, text, code, country, sector, name, title, entity, antecedent, rule)
       SELECT * FROM json_to_recordset($1::json) AS m(document bigint, idx int, sentence int, start_offset int, end_offset int, text text, code text,
         country text, sector text, name text, title text, entity text, antecedent int, rule text)`,
      [this.mentionRows],
    );
    run(
      this.newMerged.size > 0,
      `INSERT INTO merged_events (key, source_code, target_code, family, status_class, first_day, last_day) OVERRIDING SYSTEM VALUE
       SELECT * FROM json_to_recordset($1::json) AS m(key bigint, source_code text, target_code text, family text, status_class text, first_day text, last_day text) ORDER BY key`,
      [[...this.newMerged.values()]],
    );
    run(
      this.widened.size > 0,
      `UPDATE merged_events m SET first_day = w.first_day, last_day = w.last_day
       FROM json_to_recordset($1::json) AS w(key bigint, first_day text, last_day text) WHERE m.key = w.key`,
      [[...this.widened.values()]],
    );
    // in the order the service placed them: their keys keep it
    const events = run(
      this.eventRows.length > 0,
      `INSERT INTO events (id, document, merged, sentence, trigger_start, trigger_end, trigger_text, source_code, target_code, cameo_code, cameo_root,
           goldstein, quad_class, plover_type, polarity, modality, conditional, reported, historical, status_class, date, day, confidence, rule,
           location_country, location_lat, location_lon, record)
       SELECT id, document, merged, sentence, trigger_start, trigger_end, trigger_text, source_code, target_code, cameo_code, cameo_root,
           goldstein, quad_class, plover_type, polarity, modality, conditional, reported, historical, status_class, date, day, confidence, rule,
           location_country, location_lat, location_lon, record
       FROM json_to_recordset($1::json) AS e(n int, id text, document bigint, merged bigint, sentence int, trigger_start int, trigger_end int,
           trigger_text text, source_code text, target_code text, cameo_code text, cameo_root text, goldstein double precision, quad_class smallint,
           plover_type text, polarity text, modality text, conditional smallint, reported smallint, historical smallint, status_class text, date text,
           day text, confidence double precision, rule text, location_country text, location_lat double precision, location_lon double precision, record json)
       ORDER BY n
       ON CONFLICT (id) DO NOTHING RETURNING key`,
      [this.eventRows],
    );
    const sides = [...this.actors.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    run(
      sides.length > 0,
      `INSERT INTO actor_counts (code, events, as_source, as_target)
       SELECT * FROM unnest($1::text[], $2::int[], $3::int[], $4::int[]) ORDER BY 1
       ON CONFLICT (code) DO UPDATE SET events = actor_counts.events + excluded.events,
         as_source = actor_counts.as_source + excluded.as_source, as_target = actor_counts.as_target + excluded.as_target`,
      [sides.map((side) => side.code), sides.map((side) => side.events), sides.map((side) => side.asSource), sides.map((side) => side.asTarget)],
    );
    await Promise.all(statements);
    // the service checked ids, texts and events under the write locks: a conflict here is a writer that does not take them
    if (((await documents) as unknown[]).length !== this.documentRows.length || ((await events) as unknown[]).length !== this.eventRows.length) {
      throw new ParleyError('STORE_UNAVAILABLE', 'a document or event of this batch was stored by another writer during its transaction; run the ingest again');
    }
  }
}
