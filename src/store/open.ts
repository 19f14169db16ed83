import { ParleyError } from '../core/errors.ts';
import { openPostgresStore, type PostgresStoreOptions } from './postgres/postgres-store.ts';
import { redactLocation } from './redact-location.ts';
import { openSqliteStore, type SqliteStoreOptions } from './sqlite/sqlite-store.ts';
import type { EventStore } from './store.ts';

/** Options for `openStore`; a back end ignores those it has no use for. */
export type OpenStoreOptions = SqliteStoreOptions & PostgresStoreOptions;

/** Where a store location points: a back end and what that back end needs to find the store. */
export type StoreLocation = { backend: 'sqlite'; file: string } | { backend: 'postgres'; url: string };

/**
 * Reads a store location: `sqlite:<file>` (`sqlite::memory:` for a store in memory,
 * `sqlite:///abs/path.db` also works), `postgres://…`, or a bare path, which means an SQLite
 * file. A location with another scheme (`mysql://…`) is refused, naming it.
 */
export function parseStoreLocation(location: string): StoreLocation {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(location)?.[1]?.toLowerCase();
  if (scheme === 'sqlite') {
    const rest = location.slice('sqlite:'.length);
    // sqlite:///abs/path.db and sqlite://./relative.db, as URLs spell them
    const file = rest.startsWith('//') ? rest.slice(2) : rest;
    if (!file) throw new ParleyError('USAGE', `the store location "${location}" names no file: write sqlite:./parley.db or sqlite::memory:`);
    return { backend: 'sqlite', file };
  }
  if (scheme === 'postgres' || scheme === 'postgresql') return { backend: 'postgres', url: location };
  // a single letter is a Windows drive (C:\data\parley.db); other names are schemes only when followed by //,
  // so that a file name with a colon in it stays a path
  if (scheme !== undefined && scheme.length > 1 && location.slice(scheme.length + 1).startsWith('//')) {
    throw new ParleyError('USAGE', `the store location "${redactLocation(location)}" has the scheme ${scheme}:, which Parley does not know: use a path, sqlite:<file> or postgres://…`);
  }
  return { backend: 'sqlite', file: location };
}

/** Opens the store at a location (see `parseStoreLocation`), creating and migrating it when it is opened for writing. */
export function openStore(location: string, options: OpenStoreOptions = {}): EventStore {
  const parsed = parseStoreLocation(location);
  if (parsed.backend === 'postgres') return openPostgresStore(parsed.url, options);
  return openSqliteStore(parsed.file, options);
}
