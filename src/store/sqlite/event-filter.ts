import { REPORTABLE_CLASSES, type StatusFilter } from '../../core/status-class.ts';
import type { EventQuery } from '../store.ts';
import { textMatchExpression } from './text-match.ts';

/** A LIKE pattern that matches codes starting with `prefix`. */
function prefixPattern(prefix: string): string {
  return `${prefix.toUpperCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The WHERE clause (over `events e`) for a query's filters, with its parameters. */
export function eventFilter(query: EventQuery): { where: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const like = (column: string) => `${column} LIKE ? ESCAPE '\\'`;
  if (query.source !== undefined && query.target !== undefined) {
    const forward = `(${like('e.source_code')} AND ${like('e.target_code')})`;
    if (query.eitherDirection) {
      clauses.push(`(${forward} OR (${like('e.source_code')} AND ${like('e.target_code')}))`);
      params.push(prefixPattern(query.source), prefixPattern(query.target), prefixPattern(query.target), prefixPattern(query.source));
    } else {
      clauses.push(forward);
      params.push(prefixPattern(query.source), prefixPattern(query.target));
    }
  } else if (query.source !== undefined || query.target !== undefined) {
    const actor = (query.source ?? query.target) as string;
    if (query.eitherDirection) {
      clauses.push(`(${like('e.source_code')} OR ${like('e.target_code')})`);
      params.push(prefixPattern(actor), prefixPattern(actor));
    } else {
      clauses.push(like(query.source !== undefined ? 'e.source_code' : 'e.target_code'));
      params.push(prefixPattern(actor));
    }
  }
  if (query.cameo !== undefined) {
    clauses.push(like('e.cameo_code'));
    params.push(prefixPattern(query.cameo));
  }
  if (query.root !== undefined) {
    clauses.push('e.cameo_root = ?');
    params.push(query.root);
  }
  if (query.ploverType !== undefined) {
    clauses.push('e.plover_type = ?');
    params.push(query.ploverType.toUpperCase());
  }
  if (query.status !== undefined) {
    const statuses = query.status.map((status) => statusClause(status));
    clauses.push(`(${statuses.map((status) => status.sql).join(' OR ') || 'FALSE'})`);
    for (const status of statuses) params.push(...status.params);
  }
  if (query.from !== undefined) {
    clauses.push('e.day >= ?');
    params.push(query.from);
  }
  if (query.to !== undefined) {
    clauses.push('e.day <= ?');
    params.push(query.to);
  }
  if (query.country !== undefined) {
    clauses.push('e.location_country = ?');
    params.push(query.country.toUpperCase());
  }
  if (query.bbox !== undefined) {
    const { west, south, east, north } = query.bbox;
    clauses.push(`(e.location_lat BETWEEN ? AND ? AND ${west <= east ? 'e.location_lon BETWEEN ? AND ?' : '(e.location_lon >= ? OR e.location_lon <= ?)'})`);
    params.push(south, north, west, east);
  }
  if (query.located !== undefined) clauses.push(query.located ? 'e.location_country IS NOT NULL' : 'e.location_country IS NULL');
  if (query.documentId !== undefined) {
    clauses.push('e.document = (SELECT key FROM documents WHERE id = ?)');
    params.push(query.documentId);
  }
  if (query.text !== undefined) {
    clauses.push('e.document IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)');
    params.push(textMatchExpression(query.text));
  }
  if (query.dated !== undefined) clauses.push(query.dated ? 'e.day IS NOT NULL' : 'e.day IS NULL');
  if (query.mergedOnly) clauses.push('e.key = (SELECT min(x.key) FROM events x WHERE x.merged = e.merged)');
  return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

/** The status filter value an event answers to (see `statusClause`), as an SQL expression over `events e`. */
export const STATUS_VALUE = `CASE WHEN e.reported = 1 AND e.status_class IN (${REPORTABLE_CLASSES.map((name) => `'${name}'`).join(', ')}) THEN 'reported' ELSE e.status_class END`;

/** The condition for one status filter value: `reported` takes the relayed claims out of the classes it covers. */
function statusClause(status: StatusFilter): { sql: string; params: unknown[] } {
  const reportable = REPORTABLE_CLASSES.map(() => '?').join(', ');
  if (status === 'reported') return { sql: `(e.reported = 1 AND e.status_class IN (${reportable}))`, params: [...REPORTABLE_CLASSES] };
  if (REPORTABLE_CLASSES.includes(status)) return { sql: '(e.status_class = ? AND e.reported = 0)', params: [status] };
  return { sql: 'e.status_class = ?', params: [status] };
}
