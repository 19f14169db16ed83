import { countryOf, sectorOf } from '../../core/actor-code.ts';
import type { NameEntry } from './types.ts';

/** A name entry with its country and sector read from its code; layer 0 unless given. */
export function nameEntry(fields: Omit<NameEntry, 'country' | 'sector' | 'layer'> & { layer?: number }): NameEntry {
  return { ...fields, country: countryOf(fields.code), sector: sectorOf(fields.code), layer: fields.layer ?? 0 };
}
