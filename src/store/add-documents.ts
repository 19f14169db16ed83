import { classifyStatus } from '../core/status-class.ts';
import { eventDay, placeInMergedEvent, type MergeOptions } from './merge.ts';
import { findNearDuplicate } from './near-duplicates.ts';
import { textPrint } from './text-print.ts';
import type { AddResult, DocumentRecord, StoreWriter } from './store.ts';

/**
 * Adds documents through a store's writer (the caller runs it in one transaction): a text stored
 * already is skipped, a known id with another text is refused, a near-duplicate is linked to its
 * group, and every new event is placed in its merged event.
 */
export async function addDocuments(writer: StoreWriter, records: readonly DocumentRecord[], merge: MergeOptions): Promise<AddResult> {
  const result: AddResult = { added: 0, duplicates: 0, conflicts: [], events: 0, nearDuplicates: 0 };
  const ingestedAt = new Date().toISOString();
  for (const record of records) {
    const doc = record.document;
    const { hash, signature, bands } = textPrint(doc);
    if (await writer.hasContent(hash)) {
      result.duplicates++;
      continue;
    }
    if (await writer.hasDocument(doc.id)) {
      result.conflicts.push(`${record.origin}: document id "${doc.id}" is stored already with a different text; skipped (give it another id)`);
      continue;
    }
    const duplicateOf = await findNearDuplicate(writer, signature, bands);
    const document = await writer.insertDocument({ record, contentHash: hash, signature, bands, duplicateOf, ingestedAt });
    result.added++;
    if (duplicateOf !== null) result.nearDuplicates++;
    for (const event of doc.events ?? []) {
      if (await writer.hasEvent(event.id)) continue;
      const merged = await placeInMergedEvent(writer, event, doc.published, merge);
      await writer.insertEvent({ event, document, merged, statusClass: classifyStatus(event), day: eventDay(event, doc.published) });
      result.events++;
    }
  }
  return result;
}
