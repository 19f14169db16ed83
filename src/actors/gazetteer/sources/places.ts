import { z } from 'zod';
import { code, listCell, oneName, optionalText } from '../cells.ts';
import { nameEntry } from '../entries.ts';
import type { GazetteerSource } from '../source.ts';

/** places.tsv: one city or region per line, with the country it stands for. */
export const placeRowSchema = z.object({
  code: code(/^[A-Z]{3}$/, 'an ISO 3166-1 alpha-3 code'),
  name: oneName,
  aliases: listCell,
  note: optionalText,
});

/** Places: cities and regions, each a name of its country (never of the government). */
export const places: GazetteerSource<z.infer<typeof placeRowSchema>> = {
  file: 'places.tsv',
  schema: placeRowSchema,
  addRow(row, source, build) {
    if (!build.countryDisplay.has(row.code)) {
      build.problems.push(`${source}: code: ${row.code} is not a country in countries.tsv`);
      return;
    }
    const actor = build.countryDisplay.get(row.code)!;
    for (const item of [row.name, ...row.aliases]) {
      build.names.push(nameEntry({ text: item.text, code: row.code, kind: 'country', type: 'place', actor, ambiguous: item.ambiguous, caseSensitive: item.caseSensitive, note: row.note, source, group: source }));
    }
  },
};
