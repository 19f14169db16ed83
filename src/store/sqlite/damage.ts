import type { Database } from 'better-sqlite3';
import { ParleyError } from '../../core/errors.ts';

/** SQLite's result codes for a file whose pages or header are not what they should be. */
const DAMAGE_CODES = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB', 'SQLITE_CORRUPT_INDEX', 'SQLITE_CORRUPT_SEQUENCE', 'SQLITE_CORRUPT_VTAB']);

/** True when `error` is SQLite reporting a damaged database file. */
export function isDamage(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && DAMAGE_CODES.has(code);
}

/** The error for a damaged store: what SQLite found, that nothing will be written, and how to recover. */
export function damagedStore(file: string, found: string): ParleyError {
  return new ParleyError(
    'STORE_UNAVAILABLE',
    `the store ${file} is damaged (SQLite: ${found}); Parley will not write to it. ` +
      `To recover: copy the file aside, then rebuild what can be read with \`sqlite3 ${file} .recover | sqlite3 recovered.db\` and use recovered.db, ` +
      'or ingest your sources again into a new store (--db new.db)',
  );
}

/**
 * Checks the store's pages (SQLite's quick_check, which reads the whole file once) before anything
 * is written, and throws `damagedStore` when they are not sound.
 */
export function checkIntegrity(db: Database, file: string): void {
  let problems: string[];
  try {
    problems = (db.pragma('quick_check(5)') as { quick_check: string }[]).map((row) => row.quick_check);
  } catch (error) {
    if (isDamage(error)) throw damagedStore(file, (error as Error).message);
    throw error;
  }
  if (problems.length !== 1 || problems[0] !== 'ok') throw damagedStore(file, problems.slice(0, 3).join('; '));
}
