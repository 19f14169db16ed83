import { rangesOverlap } from './dates.ts';
import { nameKey } from './normalise.ts';
import type { GazetteerData, NameEntry } from './types.ts';

/**
 * Problems that make the data unusable as a whole: a name given to two codes at overlapping
 * dates, unless every entry sharing it is flagged ambiguous. Entries of one group never conflict.
 */
export function findConflicts(data: GazetteerData): string[] {
  const byKey = new Map<string, NameEntry[]>();
  for (const entry of data.names) {
    const key = nameKey(entry.text);
    const list = byKey.get(key);
    if (list) list.push(entry);
    else byKey.set(key, [entry]);
  }
  const problems: string[] = [];
  for (const entries of byKey.values()) {
    if (entries.length === 1) continue;
    for (const [index, entry] of entries.entries()) {
      const clash = entries
        .slice(0, index)
        .find(
          (other) =>
            other.code !== entry.code &&
            other.group !== entry.group &&
            other.layer === entry.layer &&
            (!other.ambiguous || !entry.ambiguous) &&
            rangesOverlap(other, entry),
        );
      if (clash) {
        problems.push(
          `${entry.source}: ${entry.type} "${entry.text}" already belongs to ${clash.code} (${clash.source}); ` +
            'flag both ambiguous if both readings are real',
        );
      }
    }
  }
  return problems;
}
