import { z } from 'zod';
import { countryOf } from '../../../core/actor-code.ts';
import { code, isoDate, listCell, optionalText, text } from '../cells.ts';
import { dayBounds } from '../dates.ts';
import { nameEntry } from '../entries.ts';
import type { GazetteerSource } from '../source.ts';

/** office-holders.tsv: one term of office per line. */
export const officeHolderRowSchema = z
  .object({
    code: code(/^([A-Z]{3}GOV|IGO[A-Z]{3}([A-Z]{3})?)$/, 'a government code (IRNGOV) or an IGO code'),
    title: text,
    name: text,
    short: listCell,
    start: isoDate.pipe(z.string()),
    end: isoDate,
    note: optionalText,
  })
  .refine((row) => row.end === undefined || dayBounds(row.start)[0] <= dayBounds(row.end)[1], {
    message: 'end is before start',
    path: ['end'],
  });

/** Office holders: full name and surnames of a person, valid for one term of office. */
export const officeHolders: GazetteerSource<z.infer<typeof officeHolderRowSchema>> = {
  file: 'office-holders.tsv',
  schema: officeHolderRowSchema,
  addRow(row, source, build) {
    const country = countryOf(row.code);
    if (country !== 'IGO' && !build.countryDisplay.has(country)) build.problems.push(`${source}: code: ${country} is not a country in countries.tsv`);
    if (country === 'IGO' && !build.codeSources.has(row.code)) build.problems.push(`${source}: code: ${row.code} is not in organisations.tsv`);
    const base = { code: row.code, kind: 'person' as const, actor: row.name, title: row.title, start: row.start, end: row.end, note: row.note, source, group: source };
    // People's names are proper nouns: "Rice", "May", "Brown" must not match the common words.
    build.names.push(nameEntry({ ...base, text: row.name, type: 'name', ambiguous: false, caseSensitive: true }));
    for (const item of row.short) build.names.push(nameEntry({ ...base, text: item.text, type: 'surname', ambiguous: item.ambiguous, caseSensitive: true }));
  },
};
