import { z } from 'zod';
import { code, listCell, text, type FlaggedName } from '../cells.ts';
import { nameEntry } from '../entries.ts';
import { nameKey } from '../normalise.ts';
import type { GazetteerSource } from '../source.ts';
import type { NameType } from '../types.ts';

/** countries.tsv, generated from world-countries: one country or territory per line. */
export const countryRowSchema = z.object({
  code: code(/^[A-Z]{3}$/, 'an ISO 3166-1 alpha-3 code'),
  iso2: code(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code'),
  independent: z.enum(['yes', 'no']),
  name: text,
  official: text,
  demonyms: listCell,
  capitals: listCell,
  aliases: listCell,
});

/** Countries: name, official name, aliases, demonyms and capitals, each a name of the country's code. */
export const countries: GazetteerSource<z.infer<typeof countryRowSchema>> = {
  file: 'countries.tsv',
  schema: countryRowSchema,
  addRow(row, source, build) {
    build.countryDisplay.set(row.code, row.name);
    const add = (item: FlaggedName, type: NameType) => {
      const id = `${row.code}\t${nameKey(item.text)}`;
      if (build.countryNames.has(id)) return; // "Djibouti" is name, demonym and capital: the first type wins.
      build.countryNames.set(id, nameEntry({ text: item.text, code: row.code, kind: 'country', type, actor: row.name, ambiguous: item.ambiguous, caseSensitive: item.caseSensitive, source, group: source }));
    };
    add({ text: row.name, ambiguous: false, caseSensitive: false }, 'name');
    add({ text: row.official, ambiguous: false, caseSensitive: false }, 'name');
    for (const item of row.aliases) add(item, 'alias');
    for (const item of row.demonyms) add(item, 'demonym');
    for (const item of row.capitals) add(item, 'capital');
  },
};
