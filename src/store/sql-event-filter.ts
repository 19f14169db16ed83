import { REPORTABLE_CLASSES, type StatusFilter } from '../core/status-class.ts';
import type { EventQuery } from './store.ts';

/** What differs between the SQL back ends in an event filter: how a parameter is written, and how text is searched. */
export interface SqlDialect {
  /** The placeholder of the `index`-th parameter (from 1): `?` in SQLite, `$1` in PostgreSQL. */
  placeholder(index: number): string;
  /** The condition (over `e.document`) for documents holding every word of `text`, with `param` adding a parameter; null when no word can match. */
  textMatch(text: string, param: (value: unknown) => string): string | null;
}

/** A LIKE pattern that matches codes starting with `prefix`. */
function prefixPattern(prefix: string): string {
  return `${prefix.toUpperCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The first string after every string starting with `prefix` (`IRN` gives `IRO`), or null when there is none to give. */
function prefixEnd(prefix: string): string | null {
  const last = prefix.charCodeAt(prefix.length - 1);
  if (!prefix || last >= 0x7f) return null;
  return prefix.slice(0, -1) + String.fromCharCode(last + 1);
}

/** The first three letters of a code prefix of at least three printable ASCII characters (the country of a CAMEO actor code), upper-case; else null. */
function countryOf(prefix: string): string | null {
  return /^[\x20-\x7e]{3}/.test(prefix) ? prefix.slice(0, 3).toUpperCase() : null;
}

/** The WHERE clause (over `events e`) for a query's filters, with its parameters, in a back end's dialect. */
export function sqlEventFilter(query: EventQuery, dialect: SqlDialect): { where: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return dialect.placeholder(params.length);
  };
  // codes are upper-case ASCII: a range both back ends answer from a b-tree index, else a LIKE
  const startsWith = (column: string, prefix: string) => {
    const upper = prefix.toUpperCase();
    const end = /^[\x20-\x7e]+$/.test(upper) ? prefixEnd(upper) : null;
    return end === null ? `${column} LIKE ${param(prefixPattern(prefix))} ESCAPE '\\'` : `(${column} >= ${param(upper)} AND ${column} < ${param(end)})`;
  };
  // a pair: the two codes' first three letters (their country) as well, which the pair index
  // (events_pair) leads with: one seek to the pair, where the codes' ranges alone read every event
  // of the source's range (a frequent source's tens of thousands) to find the target's
  const pair = (source: string, target: string) => {
    const countries = [countryOf(source), countryOf(target)];
    const leading = countries[0] !== null && countries[1] !== null ? `substr(e.source_code, 1, 3) = ${param(countries[0])} AND substr(e.target_code, 1, 3) = ${param(countries[1])} AND ` : '';
    return `(${leading}${startsWith('e.source_code', source)} AND ${startsWith('e.target_code', target)})`;
  };
  if (query.source !== undefined && query.target !== undefined) {
    const forward = pair(query.source, query.target);
    clauses.push(query.eitherDirection ? `(${forward} OR ${pair(query.target, query.source)})` : forward);
  } else if (query.source !== undefined || query.target !== undefined) {
    const actor = (query.source ?? query.target) as string;
    if (query.eitherDirection) clauses.push(`(${startsWith('e.source_code', actor)} OR ${startsWith('e.target_code', actor)})`);
    else clauses.push(startsWith(query.source !== undefined ? 'e.source_code' : 'e.target_code', actor));
  }
  if (query.cameo !== undefined) clauses.push(startsWith('e.cameo_code', query.cameo));
  if (query.root !== undefined) clauses.push(`e.cameo_root = ${param(query.root)}`);
  if (query.ploverType !== undefined) clauses.push(`e.plover_type = ${param(query.ploverType.toUpperCase())}`);
  if (query.status !== undefined) {
    clauses.push(`(${query.status.map((status) => statusClause(status, param)).join(' OR ') || '1 = 0'})`);
  }
  if (query.from !== undefined) clauses.push(`e.day >= ${param(query.from)}`);
  if (query.to !== undefined) clauses.push(`e.day <= ${param(query.to)}`);
  if (query.country !== undefined) clauses.push(`e.location_country = ${param(query.country.toUpperCase())}`);
  if (query.bbox !== undefined) {
    const { west, south, east, north } = query.bbox;
    // parameters in the order they are written (SQLite's are positional); west beyond east is a
    // box across the 180th meridian: east of west or west of east
    const latitude = `e.location_lat BETWEEN ${param(south)} AND ${param(north)}`;
    const longitude = west <= east ? `e.location_lon BETWEEN ${param(west)} AND ${param(east)}` : `(e.location_lon >= ${param(west)} OR e.location_lon <= ${param(east)})`;
    clauses.push(`(${latitude} AND ${longitude})`);
  }
  if (query.located !== undefined) clauses.push(query.located ? 'e.location_country IS NOT NULL' : 'e.location_country IS NULL');
  if (query.documentId !== undefined) clauses.push(`e.document = (SELECT key FROM documents WHERE id = ${param(query.documentId)})`);
  if (query.text !== undefined) clauses.push(dialect.textMatch(query.text, param) ?? '1 = 0');
  if (query.dated !== undefined) clauses.push(query.dated ? 'e.day IS NOT NULL' : 'e.day IS NULL');
  if (query.mergedOnly) clauses.push('e.key = (SELECT min(x.key) FROM events x WHERE x.merged = e.merged)');
  return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

/** The status filter value an event answers to (see `statusClause`), as an SQL expression over `events e`. */
export const STATUS_VALUE = `CASE WHEN e.reported = 1 AND e.status_class IN (${REPORTABLE_CLASSES.map((name) => `'${name}'`).join(', ')}) THEN 'reported' ELSE e.status_class END`;

/** The condition for one status filter value: `reported` takes the relayed claims out of the classes it covers. */
function statusClause(status: StatusFilter, param: (value: unknown) => string): string {
  if (status === 'reported') return `(e.reported = 1 AND e.status_class IN (${REPORTABLE_CLASSES.map((name) => param(name)).join(', ')}))`;
  if (REPORTABLE_CLASSES.includes(status)) return `(e.status_class = ${param(status)} AND e.reported = 0)`;
  return `e.status_class = ${param(status)}`;
}

/** Plain words of a search text: whitespace-separated, each with at least one letter or digit. */
export function searchWords(text: string): string[] {
  return text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word));
}
