import { z } from 'zod';
import { composeCode, SECTORS, UNKNOWN_COUNTRY } from '../../../core/actor-code.ts';
import { listCell, oneName, optionalText } from '../cells.ts';
import { nameEntry } from '../entries.ts';
import type { GazetteerSource } from '../source.ts';

/** peoples.tsv: one ethnic, national or religious group per line. */
export const peopleRowSchema = z.object({
  countries: listCell.refine((items) => items.every((item) => /^[A-Z]{3}$/.test(item.text)), 'expected ISO 3166-1 alpha-3 codes'),
  sector: z.enum(SECTORS),
  name: oneName,
  aliases: listCell,
  note: optionalText,
});

/**
 * Peoples: one entry per country a people may be coded to, in the file's order (the resolver
 * chooses from the sentence); none means UNK until the sentence gives a country.
 */
export const peoples: GazetteerSource<z.infer<typeof peopleRowSchema>> = {
  file: 'peoples.tsv',
  schema: peopleRowSchema,
  addRow(row, source, build) {
    const countries = row.countries.map((item) => item.text);
    for (const country of countries) if (!build.countryDisplay.has(country)) build.problems.push(`${source}: countries: ${country} is not a country in countries.tsv`);
    for (const item of [row.name, ...row.aliases]) {
      for (const country of countries.length > 0 ? countries : [UNKNOWN_COUNTRY]) {
        build.names.push(nameEntry({ text: item.text, code: composeCode(country, row.sector), kind: 'country', type: 'people', actor: row.name.text, ambiguous: item.ambiguous, caseSensitive: item.caseSensitive, note: row.note, source, group: source }));
      }
    }
  },
};
