import type { Sql, TransactionSql } from 'postgres';

/**
 * Runs a statement as a prepared statement of its connection: parsed and planned once per
 * connection, then only bound and run (`sql.unsafe` alone parses and plans its text on every call).
 * For the statements a writer runs on every batch, whose text does not change.
 */
export function prepared(sql: Sql | TransactionSql, text: string, params: readonly unknown[]) {
  return sql.unsafe(text, params as never[], { prepare: true });
}
