import type { Sql } from 'postgres';
import { ParleyError } from '../../core/errors.ts';

/** One step of the PostgreSQL schema. The steps not applied yet run in order in one transaction; `parley_schema` records those applied. */
export interface PostgresMigration {
  version: number;
  name: string;
  sql: string;
}

/**
 * The schema, step by step. Never edit a released step: add a new one. Code columns are in the C
 * collation, so that the b-tree indexes also serve prefix searches (`source_code LIKE 'IRN%'`).
 */
export const POSTGRES_MIGRATIONS: readonly PostgresMigration[] = [
  {
    version: 1,
    name: 'documents, sentences, mentions, events, merged events, near-duplicate bands, actor counts, full-text search',
    sql: `
      CREATE TABLE documents (
        key bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        id text NOT NULL UNIQUE,
        content_hash text NOT NULL UNIQUE,
        text text NOT NULL,
        title text,
        url text,
        outlet text,
        origin text NOT NULL,
        published text COLLATE "C",
        layers json NOT NULL,
        dateline json,
        minhash bytea NOT NULL,
        -- the first stored document of this one's group of near-duplicates (syndicated copies)
        duplicate_of bigint REFERENCES documents(key),
        ingested_at text NOT NULL,
        search tsvector GENERATED ALWAYS AS (to_tsvector('simple', coalesce(title, '') || ' ' || text)) STORED
      );
      CREATE INDEX documents_published ON documents(published);
      CREATE INDEX documents_search ON documents USING gin(search);

      -- locality-sensitive hashing: documents sharing a band key are near-duplicate candidates
      CREATE TABLE document_bands (
        band_key text NOT NULL,
        document bigint NOT NULL REFERENCES documents(key),
        PRIMARY KEY (band_key, document)
      );

      CREATE TABLE sentences (
        document bigint NOT NULL REFERENCES documents(key),
        idx integer NOT NULL,
        start_offset integer NOT NULL,
        end_offset integer NOT NULL,
        PRIMARY KEY (document, idx)
      );

      CREATE TABLE mentions (
        document bigint NOT NULL REFERENCES documents(key),
        idx integer NOT NULL,
        sentence integer NOT NULL,
        start_offset integer NOT NULL,
        end_offset integer NOT NULL,
        text text NOT NULL,
        code text COLLATE "C" NOT NULL,
        country text,
        sector text,
        name text,
        title text,
        entity text,
        antecedent integer,
        rule text NOT NULL,
        PRIMARY KEY (document, idx)
      );
      CREATE INDEX mentions_code ON mentions(code);

      CREATE TABLE merged_events (
        key bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        source_code text COLLATE "C",
        target_code text COLLATE "C",
        family text COLLATE "C",
        status_class text NOT NULL,
        first_day text COLLATE "C",
        last_day text COLLATE "C"
      );
      CREATE INDEX merged_events_lookup ON merged_events(source_code, target_code, family, status_class, first_day);

      -- one row per report of an event; record holds the coder's whole Event as JSON, the
      -- columns beside it are copies for filtering and sorting
      CREATE TABLE events (
        key bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        id text NOT NULL UNIQUE,
        document bigint NOT NULL REFERENCES documents(key),
        merged bigint NOT NULL REFERENCES merged_events(key),
        sentence integer NOT NULL,
        trigger_start integer NOT NULL,
        trigger_end integer NOT NULL,
        trigger_text text NOT NULL,
        source_code text COLLATE "C",
        target_code text COLLATE "C",
        cameo_code text COLLATE "C" NOT NULL,
        cameo_root text COLLATE "C" NOT NULL,
        goldstein double precision NOT NULL,
        quad_class smallint NOT NULL,
        plover_type text,
        polarity text NOT NULL,
        modality text NOT NULL,
        conditional smallint NOT NULL,
        reported smallint NOT NULL,
        historical smallint NOT NULL,
        status_class text NOT NULL,
        date text,
        day text COLLATE "C",
        confidence double precision NOT NULL,
        rule text NOT NULL,
        record json NOT NULL
      );
      CREATE INDEX events_dyad ON events(source_code, target_code, day);
      CREATE INDEX events_target ON events(target_code, day);
      CREATE INDEX events_day ON events(day, key);
      CREATE INDEX events_day_newest ON events(day DESC NULLS LAST, key DESC);
      CREATE INDEX events_cameo ON events(cameo_code);
      CREATE INDEX events_status ON events(status_class, day);
      CREATE INDEX events_merged ON events(merged, key);
      CREATE INDEX events_document ON events(document);

      -- every actor of the stored events, kept up to date as events are written (the dashboard's actor list)
      CREATE TABLE actor_counts (
        code text COLLATE "C" PRIMARY KEY,
        events bigint NOT NULL,
        as_source bigint NOT NULL,
        as_target bigint NOT NULL
      );
      CREATE INDEX actor_counts_rank ON actor_counts(events DESC, code);
    `,
  },
  {
    version: 2,
    name: "events' locations: country and point as columns for filters by country and by a box on the map",
    sql: `
      ALTER TABLE events ADD COLUMN location_country text COLLATE "C";
      ALTER TABLE events ADD COLUMN location_lat double precision;
      ALTER TABLE events ADD COLUMN location_lon double precision;
      UPDATE events SET
        location_country = record->'location'->>'country',
        location_lat = (record->'location'->>'lat')::double precision,
        location_lon = (record->'location'->>'lon')::double precision
      WHERE json_typeof(record->'location') = 'object';
      CREATE INDEX events_location_country ON events(location_country, day);
      CREATE INDEX events_location_point ON events(location_lat, location_lon);
    `,
  },
  {
    version: 3,
    name: "documents' place mentions and focus (the places layer): every place the text names, not only the events' locations",
    sql: `
      ALTER TABLE documents ADD COLUMN places json;
      ALTER TABLE documents ADD COLUMN focus json;
    `,
  },
  {
    version: 4,
    name: "indexes for the events page sorted by each column, both ways; the events' counts by the overview's breakdown values, kept as events are written and removed",
    sql: `
      -- the events page sorted by a column: its value (missing last), then by day (undated last), then
      -- as stored; by document, the documents' ids in byte order, each document's events sorted apart
      CREATE INDEX events_by_goldstein ON events(goldstein, day, key);
      CREATE INDEX events_by_goldstein_desc ON events(goldstein DESC, day DESC NULLS LAST, key DESC);
      CREATE INDEX events_by_cameo ON events(cameo_code, day, key);
      CREATE INDEX events_by_cameo_desc ON events(cameo_code DESC, day DESC NULLS LAST, key DESC);
      CREATE INDEX events_by_source ON events(source_code, day, key);
      CREATE INDEX events_by_source_desc ON events(source_code DESC NULLS LAST, day DESC NULLS LAST, key DESC);
      CREATE INDEX events_by_target ON events(target_code, day, key);
      CREATE INDEX events_by_target_desc ON events(target_code DESC NULLS LAST, day DESC NULLS LAST, key DESC);
      CREATE INDEX events_by_status ON events(status_class, day, key);
      CREATE INDEX events_by_status_desc ON events(status_class DESC, day DESC NULLS LAST, key DESC);
      CREATE INDEX documents_id_bytes ON documents((id COLLATE "C"));
      DROP INDEX events_cameo;
      DROP INDEX events_status;

      -- events counted by what the overview breaks them down by (first source and target, CAMEO root,
      -- quad class, PLOVER type, status, whether dated): one row per combination, kept by triggers as
      -- events are written, changed and removed, whoever writes them (one aggregate per statement)
      CREATE TABLE event_tallies (
        source_code text COLLATE "C",
        target_code text COLLATE "C",
        cameo_root text COLLATE "C" NOT NULL,
        quad_class smallint NOT NULL,
        plover_type text,
        status_class text NOT NULL,
        reported smallint NOT NULL,
        dated smallint NOT NULL,
        events bigint NOT NULL
      );
      CREATE UNIQUE INDEX event_tallies_key ON event_tallies((source_code IS NULL), (coalesce(source_code, '')), (target_code IS NULL), (coalesce(target_code, '')), cameo_root, quad_class, (plover_type IS NULL), (coalesce(plover_type, '')), status_class, reported, dated);
      CREATE INDEX event_tallies_source ON event_tallies(source_code);
      CREATE INDEX event_tallies_target ON event_tallies(target_code);
      INSERT INTO event_tallies (source_code, target_code, cameo_root, quad_class, plover_type, status_class, reported, dated, events)
        SELECT source_code, target_code, cameo_root, quad_class, plover_type, status_class, reported, (day IS NOT NULL)::int, count(*) FROM events GROUP BY 1, 2, 3, 4, 5, 6, 7, 8;
      CREATE FUNCTION event_tallies_change() RETURNS trigger LANGUAGE plpgsql AS $tally$
      BEGIN
        IF TG_OP <> 'INSERT' THEN
          UPDATE event_tallies t SET events = t.events - r.events
          FROM (SELECT source_code, target_code, cameo_root, quad_class, plover_type, status_class, reported, (day IS NOT NULL)::int AS dated, count(*) AS events FROM removed GROUP BY 1, 2, 3, 4, 5, 6, 7, 8) r
          WHERE t.source_code IS NOT DISTINCT FROM r.source_code AND t.target_code IS NOT DISTINCT FROM r.target_code AND t.cameo_root = r.cameo_root
            AND t.quad_class = r.quad_class AND t.plover_type IS NOT DISTINCT FROM r.plover_type AND t.status_class = r.status_class
            AND t.reported = r.reported AND t.dated = r.dated;
          DELETE FROM event_tallies WHERE events = 0;
        END IF;
        IF TG_OP <> 'DELETE' THEN
          -- in one order, so that two writers lock the rows they share in the same order
          INSERT INTO event_tallies AS t (source_code, target_code, cameo_root, quad_class, plover_type, status_class, reported, dated, events)
            SELECT source_code, target_code, cameo_root, quad_class, plover_type, status_class, reported, (day IS NOT NULL)::int, count(*) FROM added GROUP BY 1, 2, 3, 4, 5, 6, 7, 8 ORDER BY 1, 2, 3, 4, 5, 6, 7, 8
            ON CONFLICT ((source_code IS NULL), (coalesce(source_code, '')), (target_code IS NULL), (coalesce(target_code, '')), cameo_root, quad_class, (plover_type IS NULL), (coalesce(plover_type, '')), status_class, reported, dated) DO UPDATE SET events = t.events + excluded.events;
        END IF;
        RETURN NULL;
      END
      $tally$;
      CREATE TRIGGER events_tally_insert AFTER INSERT ON events REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION event_tallies_change();
      CREATE TRIGGER events_tally_delete AFTER DELETE ON events REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION event_tallies_change();
      CREATE TRIGGER events_tally_update AFTER UPDATE ON events REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION event_tallies_change();
    `,
  },
  {
    version: 5,
    name: "the documents' and merged events' keys of the rows that name them checked once per statement instead of row by row; the kept counts changed in one order on update and delete too",
    sql: `
      -- Bands, sentences, mentions and events name their document, and events their merged event. As
      -- foreign keys these were checked row by row: a query and a row lock for each of a news lead's 23
      -- rows, most of what the server spent writing it. Now each INSERT or UPDATE statement checks the
      -- keys it wrote once (its distinct keys, looked up by primary key), and deleting, renumbering or
      -- truncating a document or merged event that rows still name is refused as before. Unlike a foreign key, the
      -- check takes no lock: a row written while another transaction deletes the document it names
      -- could outlive it (Parley deletes no document or merged event, and writes rows only of the
      -- documents it inserts in the same transaction, or of merged events it has locked).
      ALTER TABLE document_bands DROP CONSTRAINT document_bands_document_fkey;
      ALTER TABLE sentences DROP CONSTRAINT sentences_document_fkey;
      ALTER TABLE mentions DROP CONSTRAINT mentions_document_fkey;
      ALTER TABLE events DROP CONSTRAINT events_document_fkey;
      ALTER TABLE events DROP CONSTRAINT events_merged_fkey;

      -- arguments: pairs of a column of the rows written and the table whose key it names
      CREATE FUNCTION parley_keys_present() RETURNS trigger LANGUAGE plpgsql AS $check$
      DECLARE
        missing bigint;
      BEGIN
        FOR i IN 0 .. TG_NARGS / 2 - 1 LOOP
          EXECUTE format('SELECT w.key FROM (SELECT DISTINCT %I AS key FROM added) w WHERE NOT EXISTS (SELECT FROM %I p WHERE p.key = w.key) LIMIT 1', TG_ARGV[2 * i], TG_ARGV[2 * i + 1]) INTO missing;
          IF missing IS NOT NULL THEN
            RAISE EXCEPTION 'insert or update on table "%" names %.key %, which is not stored', TG_TABLE_NAME, TG_ARGV[2 * i + 1], missing USING ERRCODE = 'foreign_key_violation';
          END IF;
        END LOOP;
        RETURN NULL;
      END
      $check$;
      CREATE TRIGGER document_bands_keys_insert AFTER INSERT ON document_bands REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION parley_keys_present('document', 'documents');
      CREATE TRIGGER document_bands_keys_update AFTER UPDATE ON document_bands REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION parley_keys_present('document', 'documents');
      CREATE TRIGGER sentences_keys_insert AFTER INSERT ON sentences REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION parley_keys_present('document', 'documents');
      CREATE TRIGGER sentences_keys_update AFTER UPDATE ON sentences REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION parley_keys_present('document', 'documents');
      CREATE TRIGGER mentions_keys_insert AFTER INSERT ON mentions REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION parley_keys_present('document', 'documents');
      CREATE TRIGGER mentions_keys_update AFTER UPDATE ON mentions REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION parley_keys_present('document', 'documents');
      CREATE TRIGGER events_keys_insert AFTER INSERT ON events REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION parley_keys_present('document', 'documents', 'merged', 'merged_events');
      CREATE TRIGGER events_keys_update AFTER UPDATE ON events REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION parley_keys_present('document', 'documents', 'merged', 'merged_events');

      -- arguments: pairs of a table and its column naming the rows of this one; a key deleted (or
      -- changed) while such rows remain is refused
      CREATE FUNCTION parley_keys_unused() RETURNS trigger LANGUAGE plpgsql AS $check$
      DECLARE
        used bigint;
      BEGIN
        FOR i IN 0 .. TG_NARGS / 2 - 1 LOOP
          EXECUTE format('SELECT r.key FROM removed r WHERE NOT EXISTS (SELECT FROM %I p WHERE p.key = r.key) AND EXISTS (SELECT FROM %I c WHERE c.%I = r.key) LIMIT 1', TG_TABLE_NAME, TG_ARGV[2 * i], TG_ARGV[2 * i + 1]) INTO used;
          IF used IS NOT NULL THEN
            RAISE EXCEPTION 'delete or update on table "%" removes key %, which table "%" still names', TG_TABLE_NAME, used, TG_ARGV[2 * i] USING ERRCODE = 'foreign_key_violation';
          END IF;
        END LOOP;
        RETURN NULL;
      END
      $check$;
      CREATE TRIGGER documents_keys_delete AFTER DELETE ON documents REFERENCING OLD TABLE AS removed FOR EACH STATEMENT
        EXECUTE FUNCTION parley_keys_unused('events', 'document', 'mentions', 'document', 'sentences', 'document', 'document_bands', 'document');
      CREATE TRIGGER documents_keys_update AFTER UPDATE ON documents REFERENCING OLD TABLE AS removed FOR EACH STATEMENT
        EXECUTE FUNCTION parley_keys_unused('events', 'document', 'mentions', 'document', 'sentences', 'document', 'document_bands', 'document');
      CREATE TRIGGER merged_events_keys_delete AFTER DELETE ON merged_events REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION parley_keys_unused('events', 'merged');
      CREATE TRIGGER merged_events_keys_update AFTER UPDATE ON merged_events REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION parley_keys_unused('events', 'merged');
      -- arguments: the tables naming this one's rows; emptying it while they hold rows is refused (they may be emptied in the same TRUNCATE)
      CREATE FUNCTION parley_keys_truncated() RETURNS trigger LANGUAGE plpgsql AS $check$
      DECLARE
        named boolean;
      BEGIN
        FOR i IN 0 .. TG_NARGS - 1 LOOP
          EXECUTE format('SELECT EXISTS (SELECT FROM %I)', TG_ARGV[i]) INTO named;
          IF named THEN
            RAISE EXCEPTION 'truncating table "%" would leave the rows of table "%" naming none of its keys', TG_TABLE_NAME, TG_ARGV[i] USING ERRCODE = 'foreign_key_violation';
          END IF;
        END LOOP;
        RETURN NULL;
      END
      $check$;
      CREATE TRIGGER documents_keys_truncate AFTER TRUNCATE ON documents FOR EACH STATEMENT EXECUTE FUNCTION parley_keys_truncated('events', 'mentions', 'sentences', 'document_bands');
      CREATE TRIGGER merged_events_keys_truncate AFTER TRUNCATE ON merged_events FOR EACH STATEMENT EXECUTE FUNCTION parley_keys_truncated('events');
      -- the events emptied with TRUNCATE, which fires no row trigger: their kept counts go with them
      -- (the counts() total reads event_tallies; the dashboard's actor list reads actor_counts)
      CREATE FUNCTION parley_events_truncated() RETURNS trigger LANGUAGE plpgsql AS $emptied$
      BEGIN
        DELETE FROM event_tallies;
        DELETE FROM actor_counts;
        RETURN NULL;
      END
      $emptied$;
      CREATE TRIGGER events_counts_truncate AFTER TRUNCATE ON events FOR EACH STATEMENT EXECUTE FUNCTION parley_events_truncated();

      -- the kept counts: what a statement added and removed, netted per combination, applied in one
      -- statement in the combinations' order (an UPDATE once locked the rows in the order of a join),
      -- so that two writers sharing combinations lock them in the same order and never deadlock
      CREATE OR REPLACE FUNCTION event_tallies_change() RETURNS trigger LANGUAGE plpgsql AS $tally$
      DECLARE
        columns constant text := 'source_code, target_code, cameo_root, quad_class, plover_type, status_class, reported, (day IS NOT NULL)::int';
      BEGIN
        IF TG_OP = 'INSERT' THEN
          -- a static statement, planned once per connection: a writer's batches run it
          INSERT INTO event_tallies AS t (source_code, target_code, cameo_root, quad_class, plover_type, status_class, reported, dated, events)
            SELECT source_code, target_code, cameo_root, quad_class, plover_type, status_class, reported, (day IS NOT NULL)::int, count(*) FROM added GROUP BY 1, 2, 3, 4, 5, 6, 7, 8 ORDER BY 1, 2, 3, 4, 5, 6, 7, 8
            ON CONFLICT ((source_code IS NULL), (coalesce(source_code, '')), (target_code IS NULL), (coalesce(target_code, '')), cameo_root, quad_class, (plover_type IS NULL), (coalesce(plover_type, '')), status_class, reported, dated) DO UPDATE SET events = t.events + excluded.events;
          RETURN NULL;
        END IF;
        EXECUTE format(
          'INSERT INTO event_tallies AS t (source_code, target_code, cameo_root, quad_class, plover_type, status_class, reported, dated, events)
           SELECT source_code, target_code, cameo_root, quad_class, plover_type, status_class, reported, dated, sum(change)
           FROM (%s) c(source_code, target_code, cameo_root, quad_class, plover_type, status_class, reported, dated, change)
           GROUP BY 1, 2, 3, 4, 5, 6, 7, 8 HAVING sum(change) <> 0 ORDER BY 1, 2, 3, 4, 5, 6, 7, 8
           ON CONFLICT ((source_code IS NULL), (coalesce(source_code, %L)), (target_code IS NULL), (coalesce(target_code, %L)), cameo_root, quad_class, (plover_type IS NULL), (coalesce(plover_type, %L)), status_class, reported, dated)
           DO UPDATE SET events = t.events + excluded.events',
          CASE TG_OP WHEN 'DELETE' THEN format('SELECT %s, -1 FROM removed', columns) ELSE format('SELECT %s, -1 FROM removed UNION ALL SELECT %s, 1 FROM added', columns, columns) END,
          '', '', '');
        DELETE FROM event_tallies WHERE events = 0;
        RETURN NULL;
      END
      $tally$;
    `,
  },
  {
    version: 6,
    name: "the key checks of Parley's own columns as static statements, planned once per connection; events_target dropped (events_by_target serves its queries)",
    sql: `
      -- The checks of version 5 built their statement with format() and EXECUTE: parsed and planned
      -- on every statement they checked, two thirds of their time on a worker's batch (a tenth of
      -- the server's time per document). The pairs Parley's tables name are now static statements,
      -- which PL/pgSQL plans once per connection and trigger table; any other pair as before.
      CREATE OR REPLACE FUNCTION parley_keys_present() RETURNS trigger LANGUAGE plpgsql AS $check$
      DECLARE
        missing bigint;
      BEGIN
        FOR i IN 0 .. TG_NARGS / 2 - 1 LOOP
          IF TG_ARGV[2 * i] = 'document' AND TG_ARGV[2 * i + 1] = 'documents' THEN
            SELECT w.key INTO missing FROM (SELECT DISTINCT document AS key FROM added) w WHERE NOT EXISTS (SELECT FROM documents p WHERE p.key = w.key) LIMIT 1;
          ELSIF TG_ARGV[2 * i] = 'merged' AND TG_ARGV[2 * i + 1] = 'merged_events' THEN
            SELECT w.key INTO missing FROM (SELECT DISTINCT merged AS key FROM added) w WHERE NOT EXISTS (SELECT FROM merged_events p WHERE p.key = w.key) LIMIT 1;
          ELSE
            EXECUTE format('SELECT w.key FROM (SELECT DISTINCT %I AS key FROM added) w WHERE NOT EXISTS (SELECT FROM %I p WHERE p.key = w.key) LIMIT 1', TG_ARGV[2 * i], TG_ARGV[2 * i + 1]) INTO missing;
          END IF;
          IF missing IS NOT NULL THEN
            RAISE EXCEPTION 'insert or update on table "%" names %.key %, which is not stored', TG_TABLE_NAME, TG_ARGV[2 * i + 1], missing USING ERRCODE = 'foreign_key_violation';
          END IF;
        END LOOP;
        RETURN NULL;
      END
      $check$;

      -- (target_code, day) is the start of events_by_target (target_code, day, key): every event
      -- written updated both, and every query of the one can read the other
      DROP INDEX events_target;
    `,
  },
  {
    version: 7,
    name: "a pair's events and series read from one index without the table: events_pair (the codes' countries, day, key, with the columns the page and series read) in place of events_dyad",
    sql: `
      -- A pair's filter names the first three letters (the country) of both codes besides their
      -- prefixes, and each direction of a pair is then one seek of this index: events_dyad
      -- (source, target, day) read the whole range of the source prefix (USA: a tenth of the store)
      -- to pick the target's. The index also holds every column a pair's page (day, key) and series
      -- (status, quad class, Goldstein score, merged event) read, so that neither reads the table
      -- but for the page's 50 events (an index-only scan; the codes are included since the planner
      -- only reads an expression index alone when it holds the columns as well). Every query that
      -- read events_dyad has a pair, and so the countries, or the source alone (events_by_source).
      CREATE INDEX events_pair ON events((substr(source_code, 1, 3)), (substr(target_code, 1, 3)), day, key)
        INCLUDE (source_code, target_code, status_class, reported, quad_class, goldstein, merged);
      DROP INDEX events_dyad;
      -- the planner's statistics of the countries (an expression index's values are counted by ANALYZE only)
      ANALYZE events;
    `,
  },
];

/** The schema version this code writes. */
export const POSTGRES_SCHEMA_VERSION = POSTGRES_MIGRATIONS[POSTGRES_MIGRATIONS.length - 1].version;

/** The advisory lock key that migrations hold, so that two processes starting at once migrate once. */
const MIGRATION_LOCK = 7_140_001;

/** Brings the database up to the latest version; refuses a database written by a newer Parley. Returns the version. */
export async function migratePostgres(sql: Sql, where: string, migrations: readonly PostgresMigration[] = POSTGRES_MIGRATIONS): Promise<number> {
  const latest = migrations[migrations.length - 1].version;
  await sql.begin(async (tx) => {
    await tx.unsafe('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.unsafe('CREATE TABLE IF NOT EXISTS parley_schema (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())');
    const current = await postgresSchemaVersion(tx);
    if (current > latest) {
      throw new ParleyError('STORE_UNAVAILABLE', `${where} has schema version ${current}, newer than this Parley knows (${latest}): upgrade Parley`);
    }
    for (const migration of migrations) {
      if (migration.version <= current) continue;
      await tx.savepoint(async (step) => {
        await step.unsafe(migration.sql);
        await step.unsafe('INSERT INTO parley_schema (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
      });
    }
  });
  return latest;
}

/** The schema version of a database (0 when Parley has not written to it). */
export async function postgresSchemaVersion(sql: Pick<Sql, 'unsafe'>): Promise<number> {
  const [exists] = await sql.unsafe("SELECT to_regclass('parley_schema') IS NOT NULL AS present");
  if (!exists.present) return 0;
  const [row] = await sql.unsafe('SELECT coalesce(max(version), 0)::int AS version FROM parley_schema');
  return row.version as number;
}
