import { z } from 'zod';
import { countryOf } from '../../../core/actor-code.ts';
import { code, flagsCell, optionalText, text } from '../cells.ts';
import { nameEntry } from '../entries.ts';
import { nameKey } from '../normalise.ts';
import type { GazetteerSource } from '../source.ts';

/** countries-overlay.tsv, hand-written: one name per line, added to (or removed from) a country. */
export const overlayRowSchema = z.object({
  code: code(/^[A-Z]{3}([A-Z]{3})?$/, 'a country code, optionally with a sector (RUSGOV)'),
  type: z.enum(['name', 'alias', 'demonym', 'capital', 'seat', 'remove']),
  text,
  flags: flagsCell,
  note: optionalText,
});

/** The hand-written overlay: names added to, re-flagged in or removed from countries.tsv. */
export const countriesOverlay: GazetteerSource<z.infer<typeof overlayRowSchema>> = {
  file: 'countries-overlay.tsv',
  schema: overlayRowSchema,
  addRow(row, source, build) {
    const country = countryOf(row.code);
    if (!build.countryDisplay.has(country)) {
      build.problems.push(`${source}: code: ${country} is not a country in countries.tsv`);
      return;
    }
    const id = `${row.code}\t${nameKey(row.text)}`;
    if (row.type === 'remove') {
      if (!build.countryNames.delete(id)) build.problems.push(`${source}: text: "${row.text}" is not a name of ${row.code} in countries.tsv, nothing to remove`);
      return;
    }
    const previous = build.countryNames.get(id);
    if (previous && previous.source.startsWith(build.labelOf('countries-overlay.tsv'))) {
      build.problems.push(`${source}: text: "${row.text}" is already given to ${row.code} at ${previous.source}`);
      return;
    }
    build.countryNames.set(id, nameEntry({ text: row.text, code: row.code, kind: 'country', type: row.type, actor: build.countryDisplay.get(country)!, ambiguous: row.flags.ambiguous, caseSensitive: row.flags.caseSensitive, note: row.note, source, group: source }));
  },
};
