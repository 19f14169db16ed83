import { createHash } from 'node:crypto';
import type { TransactionSql } from 'postgres';
import { mergeKey, type MergeOptions } from '../merge.ts';
import { textPrint } from '../text-print.ts';
import type { DocumentRecord } from '../store.ts';
import { prepared } from './prepared.ts';

/** The advisory lock every write takes: shared by a batch that locks its own keys, exclusive by one with too many keys to lock. */
const ALL_WRITES = 7_140_002n;
/** A batch needing more keys than this takes `ALL_WRITES` exclusively instead (advisory locks share one table on the server). */
const MOST_KEYS = 1000;

/** A 60-bit advisory lock key for a thing a write reads and writes. */
function lockKey(kind: string, value: string): string {
  return BigInt(`0x${createHash('sha256').update(`${kind}\u0000${value}`).digest('hex').slice(0, 15)}`).toString();
}

/**
 * The keys a batch of documents locks: each text, id and near-duplicate band key of its documents,
 * and the merge key (actors, code family, status class) of each event. Two batches that share no
 * key neither read nor write the same rows (near-duplicates share a band; reports of one merged
 * event share its merge key), so they are written at once; batches that share a key take turns,
 * and the store ends as if they had been written one after the other.
 */
export function writeLockKeys(records: readonly DocumentRecord[], merge: MergeOptions): string[] {
  const keys = new Set<string>();
  for (const { document } of records) {
    const print = textPrint(document);
    keys.add(lockKey('text', print.hash));
    keys.add(lockKey('id', document.id));
    for (const band of print.bands) keys.add(lockKey('band', band));
    for (const event of document.events ?? []) {
      const key = mergeKey(event, document.published, merge);
      if (key) keys.add(lockKey('merge', [key.source, key.target, key.family, key.statusClass].join('\u0000')));
    }
  }
  return [...keys];
}

/** Takes a batch's locks at the start of its transaction, in one order for every writer, so that no two writers wait on each other in a circle. */
export async function takeWriteLocks(tx: TransactionSql, keys: readonly string[]): Promise<void> {
  if (keys.length > MOST_KEYS) {
    await prepared(tx, 'SELECT pg_advisory_xact_lock($1::bigint)', [ALL_WRITES.toString()]);
    return;
  }
  // issued together (pipelined), run in this order
  await Promise.all([
    prepared(tx, 'SELECT pg_advisory_xact_lock_shared($1::bigint)', [ALL_WRITES.toString()]),
    prepared(tx, 'SELECT count(pg_advisory_xact_lock(key)) FROM (SELECT DISTINCT key FROM unnest($1::bigint[]) AS key ORDER BY key) keys', [[...keys]]),
  ]);
}
