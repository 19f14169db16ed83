import { countryOf, sectorOf } from '../../core/actor-code.ts';
import type { FlaggedName } from './cells.ts';
import type { ActorKind, NameEntry } from './types.ts';

/** A name entry with its country and sector read from its code; layer 0 unless given. */
export function nameEntry(fields: Omit<NameEntry, 'country' | 'sector' | 'layer'> & { layer?: number }): NameEntry {
  return { ...fields, country: countryOf(fields.code), sector: sectorOf(fields.code), layer: fields.layer ?? 0 };
}

/** The entries of a row that names one actor and its aliases (organisations, groups): the name first. */
export function namedActorEntries(row: { code: string; name: string; aliases: FlaggedName[]; note?: string }, kind: ActorKind, source: string): NameEntry[] {
  const base = { code: row.code, kind, actor: row.name, note: row.note, source, group: source };
  return [
    nameEntry({ ...base, text: row.name, type: 'name', ambiguous: false, caseSensitive: false }),
    ...row.aliases.map((item) => nameEntry({ ...base, text: item.text, type: 'alias', ambiguous: item.ambiguous, caseSensitive: item.caseSensitive })),
  ];
}
