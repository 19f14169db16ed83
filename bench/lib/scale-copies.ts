// Grows a coded store to millions of events for the scale benchmark: every document with events is
// copied `copies` times, each copy re-identified (`<id>~<n>` for the document, its events and its
// content hash) and re-dated (moved back by n * 3653 / copies days, so the copies spread over ten
// years), with its events and merged events. Near-duplicate bands, sentences and mentions are not
// copied: the dashboard's queries do not read them. Written in SQL per back end, so that a million
// events take minutes, not the hours that coding them would.
import type BetterSqlite3 from 'better-sqlite3';
import type { Sql } from 'postgres';

/** Copies `copies` times in PostgreSQL, `perStatement` copies at a time (progress after each). */
export async function copyPostgresStore(sql: Sql, copies: number, onProgress: (done: number) => void, perStatement = 25): Promise<void> {
  const [{ documents, merged, events }] = await sql.unsafe(
    'SELECT (SELECT max(key) FROM documents)::bigint AS documents, (SELECT max(key) FROM merged_events)::bigint AS merged, (SELECT max(key) FROM events)::bigint AS events',
  );
  const shift = (column: string) => `to_char(${column}::date - (c * 3653 / ${copies}), 'YYYY-MM-DD')`;
  for (let first = 1; first <= copies; first += perStatement) {
    const last = Math.min(copies, first + perStatement - 1);
    const series = `generate_series(${first}, ${last}) c`;
    await sql.begin(async (tx) => {
      await tx.unsafe(`
        INSERT INTO documents (key, id, content_hash, text, title, url, outlet, origin, published, layers, dateline, minhash, duplicate_of, ingested_at) OVERRIDING SYSTEM VALUE
        SELECT d.key + c * ${documents}, d.id || '~' || c, d.content_hash || '~' || c, d.text, d.title, d.url, d.outlet, d.origin,
          CASE WHEN d.published ~ '^\\d{4}-\\d{2}-\\d{2}$' THEN ${shift('d.published')} END, d.layers, d.dateline, d.minhash, d.duplicate_of + c * ${documents}, d.ingested_at
        FROM documents d, ${series} WHERE d.key <= ${documents} AND EXISTS (SELECT 1 FROM events e WHERE e.document = d.key)`);
      await tx.unsafe(`
        INSERT INTO merged_events (key, source_code, target_code, family, status_class, first_day, last_day) OVERRIDING SYSTEM VALUE
        SELECT m.key + c * ${merged}, m.source_code, m.target_code, m.family, m.status_class,
          CASE WHEN m.first_day IS NOT NULL THEN ${shift('m.first_day')} END, CASE WHEN m.last_day IS NOT NULL THEN ${shift('m.last_day')} END
        FROM merged_events m, ${series} WHERE m.key <= ${merged}`);
      await tx.unsafe(`
        INSERT INTO events (key, id, document, merged, sentence, trigger_start, trigger_end, trigger_text, source_code, target_code, cameo_code, cameo_root,
          goldstein, quad_class, plover_type, polarity, modality, conditional, reported, historical, status_class, date, day, confidence, rule,
          location_country, location_lat, location_lon, record) OVERRIDING SYSTEM VALUE
        SELECT e.key + c * ${events}, e.id || '~' || c, e.document + c * ${documents}, e.merged + c * ${merged}, e.sentence, e.trigger_start, e.trigger_end, e.trigger_text,
          e.source_code, e.target_code, e.cameo_code, e.cameo_root, e.goldstein, e.quad_class, e.plover_type, e.polarity, e.modality, e.conditional, e.reported,
          e.historical, e.status_class, CASE WHEN e.date ~ '^\\d{4}-\\d{2}-\\d{2}$' THEN ${shift('e.date')} ELSE e.date END,
          CASE WHEN e.day IS NOT NULL THEN ${shift('e.day')} END, e.confidence, e.rule,
          e.location_country, e.location_lat, e.location_lon, jsonb_set(e.record::jsonb, '{id}', to_jsonb(e.id || '~' || c))::json
        FROM events e, ${series} WHERE e.key <= ${events}`);
    });
    onProgress(last);
  }
  for (const table of ['documents', 'merged_events', 'events']) {
    await sql.unsafe(`SELECT setval(pg_get_serial_sequence('${table}', 'key'), (SELECT max(key) FROM ${table}))`);
  }
  // every copy repeats every event, so each actor's counts grow by the same factor
  await sql.unsafe(`UPDATE actor_counts SET events = events * ${copies + 1}, as_source = as_source * ${copies + 1}, as_target = as_target * ${copies + 1}`);
  await sql.unsafe('VACUUM ANALYZE');
}

/** Copies `copies` times in SQLite, `perStatement` copies at a time (progress after each). */
export function copySqliteStore(db: BetterSqlite3.Database, copies: number, onProgress: (done: number) => void, perStatement = 25): void {
  const max = (table: string) => db.prepare(`SELECT max(key) FROM ${table}`).pluck().get() as number;
  const [documents, merged, events] = [max('documents'), max('merged_events'), max('events')];
  const shift = (column: string) => `date(${column}, '-' || (c * 3653 / ${copies}) || ' days')`;
  for (let first = 1; first <= copies; first += perStatement) {
    const last = Math.min(copies, first + perStatement - 1);
    const series = `(WITH RECURSIVE s(c) AS (SELECT ${first} UNION ALL SELECT c + 1 FROM s WHERE c < ${last}) SELECT c FROM s)`;
    db.transaction(() => {
      db.exec(`
        INSERT INTO documents (key, id, content_hash, text, title, url, outlet, origin, published, layers, dateline, minhash, duplicate_of, ingested_at)
        SELECT d.key + c * ${documents}, d.id || '~' || c, d.content_hash || '~' || c, d.text, d.title, d.url, d.outlet, d.origin,
          CASE WHEN d.published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' THEN ${shift('d.published')} END, d.layers, d.dateline, d.minhash, d.duplicate_of + c * ${documents}, d.ingested_at
        FROM documents d, ${series} WHERE d.key <= ${documents} AND EXISTS (SELECT 1 FROM events e WHERE e.document = d.key)`);
      db.exec(`
        INSERT INTO merged_events (key, source_code, target_code, family, status_class, first_day, last_day)
        SELECT m.key + c * ${merged}, m.source_code, m.target_code, m.family, m.status_class, ${shift('m.first_day')}, ${shift('m.last_day')}
        FROM merged_events m, ${series} WHERE m.key <= ${merged}`);
      db.exec(`
        INSERT INTO events (key, id, document, merged, sentence, trigger_start, trigger_end, trigger_text, source_code, target_code, cameo_code, cameo_root,
          goldstein, quad_class, plover_type, polarity, modality, conditional, reported, historical, status_class, date, day, confidence, rule,
          location_country, location_lat, location_lon, record)
        SELECT e.key + c * ${events}, e.id || '~' || c, e.document + c * ${documents}, e.merged + c * ${merged}, e.sentence, e.trigger_start, e.trigger_end, e.trigger_text,
          e.source_code, e.target_code, e.cameo_code, e.cameo_root, e.goldstein, e.quad_class, e.plover_type, e.polarity, e.modality, e.conditional, e.reported,
          e.historical, e.status_class, CASE WHEN e.date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' THEN ${shift('e.date')} ELSE e.date END,
          ${shift('e.day')}, e.confidence, e.rule, e.location_country, e.location_lat, e.location_lon, json_set(e.record, '$.id', e.id || '~' || c)
        FROM events e, ${series} WHERE e.key <= ${events}`);
    })();
    onProgress(last);
  }
  db.exec(`UPDATE actor_counts SET events = events * ${copies + 1}, as_source = as_source * ${copies + 1}, as_target = as_target * ${copies + 1}`);
  db.exec('ANALYZE');
}
