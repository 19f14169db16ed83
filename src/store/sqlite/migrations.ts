import type { Database } from 'better-sqlite3';
import { ParleyError } from '../../core/errors.ts';

/** One step of the schema. Steps run in order, each in its own transaction; `PRAGMA user_version` records the last one applied. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** The schema, step by step. Never edit a released step: add a new one. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'documents, sentences, mentions, events, merged events, near-duplicate bands, full-text search',
    sql: `
      CREATE TABLE documents (
        key INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        content_hash TEXT NOT NULL UNIQUE,
        text TEXT NOT NULL,
        title TEXT,
        url TEXT,
        outlet TEXT,
        origin TEXT NOT NULL,
        published TEXT,
        layers TEXT NOT NULL,
        dateline TEXT,
        minhash BLOB NOT NULL,
        -- the first stored document of this one's group of near-duplicates (syndicated copies)
        duplicate_of INTEGER REFERENCES documents(key),
        ingested_at TEXT NOT NULL
      );
      CREATE INDEX documents_published ON documents(published);

      -- locality-sensitive hashing: documents sharing a band key are near-duplicate candidates
      CREATE TABLE document_bands (
        band_key TEXT NOT NULL,
        document INTEGER NOT NULL REFERENCES documents(key),
        PRIMARY KEY (band_key, document)
      ) WITHOUT ROWID;

      CREATE TABLE sentences (
        document INTEGER NOT NULL REFERENCES documents(key),
        idx INTEGER NOT NULL,
        start_offset INTEGER NOT NULL,
        end_offset INTEGER NOT NULL,
        PRIMARY KEY (document, idx)
      ) WITHOUT ROWID;

      CREATE TABLE mentions (
        document INTEGER NOT NULL REFERENCES documents(key),
        idx INTEGER NOT NULL,
        sentence INTEGER NOT NULL,
        start_offset INTEGER NOT NULL,
        end_offset INTEGER NOT NULL,
        text TEXT NOT NULL,
        code TEXT NOT NULL,
        country TEXT,
        sector TEXT,
        name TEXT,
        title TEXT,
        entity TEXT,
        antecedent INTEGER,
        rule TEXT NOT NULL,
        PRIMARY KEY (document, idx)
      ) WITHOUT ROWID;
      CREATE INDEX mentions_code ON mentions(code);

      CREATE TABLE merged_events (
        key INTEGER PRIMARY KEY,
        source_code TEXT,
        target_code TEXT,
        family TEXT,
        status_class TEXT NOT NULL,
        first_day TEXT,
        last_day TEXT
      );
      CREATE INDEX merged_events_lookup ON merged_events(source_code, target_code, family, status_class, first_day);

      -- one row per report of an event; record holds the coder's whole Event as JSON, the
      -- columns beside it are copies for filtering and sorting
      CREATE TABLE events (
        key INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        document INTEGER NOT NULL REFERENCES documents(key),
        merged INTEGER NOT NULL REFERENCES merged_events(key),
        sentence INTEGER NOT NULL,
        trigger_start INTEGER NOT NULL,
        trigger_end INTEGER NOT NULL,
        trigger_text TEXT NOT NULL,
        source_code TEXT,
        target_code TEXT,
        cameo_code TEXT NOT NULL,
        cameo_root TEXT NOT NULL,
        goldstein REAL NOT NULL,
        quad_class INTEGER NOT NULL,
        plover_type TEXT,
        polarity TEXT NOT NULL,
        modality TEXT NOT NULL,
        conditional INTEGER NOT NULL,
        reported INTEGER NOT NULL,
        historical INTEGER NOT NULL,
        status_class TEXT NOT NULL,
        date TEXT,
        day TEXT,
        confidence REAL NOT NULL,
        rule TEXT NOT NULL,
        record TEXT NOT NULL
      );
      CREATE INDEX events_dyad ON events(source_code, target_code, day);
      CREATE INDEX events_target ON events(target_code, day);
      CREATE INDEX events_day ON events(day);
      CREATE INDEX events_cameo ON events(cameo_code);
      CREATE INDEX events_merged ON events(merged);
      CREATE INDEX events_document ON events(document);

      CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='key');
      CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
        INSERT INTO documents_fts(rowid, title, text) VALUES (new.key, coalesce(new.title, ''), new.text);
      END;
    `,
  },
  {
    version: 2,
    name: 'actor counts kept as events are written; indexes for pages of events by day',
    sql: `
      -- every actor of the stored events, once per event and side (the dashboard's actor list)
      CREATE TABLE actor_counts (
        code TEXT PRIMARY KEY,
        events INTEGER NOT NULL,
        as_source INTEGER NOT NULL,
        as_target INTEGER NOT NULL
      ) WITHOUT ROWID;
      INSERT INTO actor_counts (code, events, as_source, as_target)
        WITH sides AS (
          SELECT e.key AS event, json_extract(actor.value, '$.code') AS code, 'source' AS side FROM events e, json_each(e.record, '$.source') actor
          UNION
          SELECT e.key, json_extract(actor.value, '$.code'), 'target' FROM events e, json_each(e.record, '$.target') actor
        )
        SELECT code, count(DISTINCT event), sum(side = 'source'), sum(side = 'target') FROM sides WHERE code IS NOT NULL AND code != '' GROUP BY code;
      CREATE INDEX actor_counts_rank ON actor_counts(events DESC, code);

      -- pages of events in the order the queries ask for (undated last), oldest or newest first
      CREATE INDEX events_page ON events(day IS NULL, day, key);
      CREATE INDEX events_page_newest ON events(day IS NULL, day DESC, key DESC);
    `,
  },
  {
    version: 3,
    name: "events' locations: country and point as columns for filters by country and by a box on the map",
    sql: `
      ALTER TABLE events ADD COLUMN location_country TEXT;
      ALTER TABLE events ADD COLUMN location_lat REAL;
      ALTER TABLE events ADD COLUMN location_lon REAL;
      UPDATE events SET
        location_country = json_extract(record, '$.location.country'),
        location_lat = json_extract(record, '$.location.lat'),
        location_lon = json_extract(record, '$.location.lon')
      WHERE json_type(record, '$.location') = 'object';
      CREATE INDEX events_location_country ON events(location_country, day);
      CREATE INDEX events_location_point ON events(location_lat, location_lon);
    `,
  },
  {
    version: 4,
    name: "documents' place mentions and focus (the places layer): every place the text names, not only the events' locations",
    sql: `
      ALTER TABLE documents ADD COLUMN places TEXT;
      ALTER TABLE documents ADD COLUMN focus TEXT;
    `,
  },
  {
    version: 5,
    name: "indexes for the events page sorted by each column, both ways; the events' counts by the overview's breakdown values, kept as events are written and removed",
    sql: `
      -- the events page sorted by a column: its value (missing last), then by day (undated last), then as stored
      CREATE INDEX events_by_goldstein ON events(goldstein, day IS NULL, day, key);
      CREATE INDEX events_by_goldstein_desc ON events(goldstein DESC, day IS NULL, day DESC, key DESC);
      CREATE INDEX events_by_cameo ON events(cameo_code, day IS NULL, day, key);
      CREATE INDEX events_by_cameo_desc ON events(cameo_code DESC, day IS NULL, day DESC, key DESC);
      CREATE INDEX events_by_source ON events(source_code IS NULL, source_code, day IS NULL, day, key);
      CREATE INDEX events_by_source_desc ON events(source_code IS NULL, source_code DESC, day IS NULL, day DESC, key DESC);
      CREATE INDEX events_by_target ON events(target_code IS NULL, target_code, day IS NULL, day, key);
      CREATE INDEX events_by_target_desc ON events(target_code IS NULL, target_code DESC, day IS NULL, day DESC, key DESC);
      CREATE INDEX events_by_status ON events(status_class, day IS NULL, day, key);
      CREATE INDEX events_by_status_desc ON events(status_class DESC, day IS NULL, day DESC, key DESC);
      -- by document: the documents by id (their unique index), each one's events by day
      CREATE INDEX events_by_document ON events(document, day IS NULL, day, key);
      CREATE INDEX events_by_document_desc ON events(document, day IS NULL, day DESC, key DESC);
      DROP INDEX events_cameo;
      DROP INDEX events_document;

      -- events counted by what the overview breaks them down by (first source and target, CAMEO root,
      -- quad class, PLOVER type, status, whether dated): one row per combination, kept by triggers as
      -- events are written, changed and removed, whoever writes them
      CREATE TABLE event_tallies (
        source_code TEXT,
        target_code TEXT,
        cameo_root TEXT NOT NULL,
        quad_class INTEGER NOT NULL,
        plover_type TEXT,
        status_class TEXT NOT NULL,
        reported INTEGER NOT NULL,
        dated INTEGER NOT NULL,
        events INTEGER NOT NULL
      );
      CREATE UNIQUE INDEX event_tallies_key ON event_tallies(source_code IS NULL, coalesce(source_code, ''), target_code IS NULL, coalesce(target_code, ''), cameo_root, quad_class, plover_type IS NULL, coalesce(plover_type, ''), status_class, reported, dated);
      CREATE INDEX event_tallies_source ON event_tallies(source_code);
      CREATE INDEX event_tallies_target ON event_tallies(target_code);
      INSERT INTO event_tallies (source_code, target_code, cameo_root, quad_class, plover_type, status_class, reported, dated, events)
        SELECT source_code, target_code, cameo_root, quad_class, plover_type, status_class, reported, day IS NOT NULL, count(*) FROM events GROUP BY 1, 2, 3, 4, 5, 6, 7, 8;
      CREATE TRIGGER events_tally_insert AFTER INSERT ON events BEGIN
        INSERT INTO event_tallies (source_code, target_code, cameo_root, quad_class, plover_type, status_class, reported, dated, events)
          VALUES (new.source_code, new.target_code, new.cameo_root, new.quad_class, new.plover_type, new.status_class, new.reported, new.day IS NOT NULL, 1)
          ON CONFLICT (source_code IS NULL, coalesce(source_code, ''), target_code IS NULL, coalesce(target_code, ''), cameo_root, quad_class, plover_type IS NULL, coalesce(plover_type, ''), status_class, reported, dated) DO UPDATE SET events = events + 1;
      END;
      CREATE TRIGGER events_tally_delete AFTER DELETE ON events BEGIN
        UPDATE event_tallies SET events = events - 1 WHERE source_code IS old.source_code AND target_code IS old.target_code AND cameo_root = old.cameo_root AND quad_class = old.quad_class AND plover_type IS old.plover_type AND status_class = old.status_class AND reported = old.reported AND dated = (old.day IS NOT NULL);
        DELETE FROM event_tallies WHERE events = 0 AND source_code IS old.source_code AND target_code IS old.target_code AND cameo_root = old.cameo_root AND quad_class = old.quad_class AND plover_type IS old.plover_type AND status_class = old.status_class AND reported = old.reported AND dated = (old.day IS NOT NULL);
      END;
      CREATE TRIGGER events_tally_update AFTER UPDATE OF source_code, target_code, cameo_root, quad_class, plover_type, status_class, reported, day ON events BEGIN
        UPDATE event_tallies SET events = events - 1 WHERE source_code IS old.source_code AND target_code IS old.target_code AND cameo_root = old.cameo_root AND quad_class = old.quad_class AND plover_type IS old.plover_type AND status_class = old.status_class AND reported = old.reported AND dated = (old.day IS NOT NULL);
        DELETE FROM event_tallies WHERE events = 0 AND source_code IS old.source_code AND target_code IS old.target_code AND cameo_root = old.cameo_root AND quad_class = old.quad_class AND plover_type IS old.plover_type AND status_class = old.status_class AND reported = old.reported AND dated = (old.day IS NOT NULL);
        INSERT INTO event_tallies (source_code, target_code, cameo_root, quad_class, plover_type, status_class, reported, dated, events)
          VALUES (new.source_code, new.target_code, new.cameo_root, new.quad_class, new.plover_type, new.status_class, new.reported, new.day IS NOT NULL, 1)
          ON CONFLICT (source_code IS NULL, coalesce(source_code, ''), target_code IS NULL, coalesce(target_code, ''), cameo_root, quad_class, plover_type IS NULL, coalesce(plover_type, ''), status_class, reported, dated) DO UPDATE SET events = events + 1;
      END;
    `,
  },
  {
    version: 6,
    name: "a pair's series read from one index without the table: events_pair (the codes' countries, the codes, day, with the series' columns) in place of events_dyad",
    sql: `
      -- A pair's filter names the first three letters (the country) of both codes besides their
      -- prefixes, and each direction of a pair is then one seek of this index: events_dyad
      -- (source, target, day) read the whole range of the source prefix (USA: a tenth of the store)
      -- to pick the target's. The index also holds every column a pair's page (day; the key is
      -- every index's last column) and series (status, quad class, Goldstein score, merged event)
      -- read, so that neither reads the table but for the page's 50 events. Every query that read
      -- events_dyad has a pair, and so the countries, or the source alone (events_by_source).
      CREATE INDEX events_pair ON events(substr(source_code, 1, 3), substr(target_code, 1, 3), source_code, target_code, day, status_class, reported, quad_class, goldstein, merged);
      DROP INDEX events_dyad;
    `,
  },
];

/** The schema version this code writes. */
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

/** Brings the database up to `SCHEMA_VERSION`; refuses a database written by a newer Parley. */
export function migrate(db: Database, file: string, migrations: readonly Migration[] = MIGRATIONS): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = migrations[migrations.length - 1].version;
  if (current > latest) {
    throw new ParleyError('STORE_UNAVAILABLE', `${file} has schema version ${current}, newer than this Parley knows (${latest}): upgrade Parley`);
  }
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      // another process may have applied it since the version was read
      if ((db.pragma('user_version', { simple: true }) as number) >= migration.version) return;
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
  return latest;
}

/** The schema version of a database without changing it. */
export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}
