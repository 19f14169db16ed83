import { z } from 'zod';
import { countryOf } from '../../../core/actor-code.ts';
import { code, listCell, optionalText, text } from '../cells.ts';
import { nameEntry } from '../entries.ts';
import { claimCode, type GazetteerSource } from '../source.ts';

/** organisations.tsv: one IGO, NGO or organ per line. */
export const organisationRowSchema = z.object({
  code: code(/^(IGO|NGO)[A-Z]{3}([A-Z]{3})?$/, 'IGO or NGO, an organisation and an optional organ (IGOUNOUSC)'),
  name: text,
  aliases: listCell,
  note: optionalText,
});

/** Intergovernmental and non-governmental organisations and their organs. */
export const organisations: GazetteerSource<z.infer<typeof organisationRowSchema>> = {
  file: 'organisations.tsv',
  schema: organisationRowSchema,
  addRow(row, source, build) {
    claimCode(build, row.code, source);
    const kind = countryOf(row.code) === 'IGO' ? 'igo' : 'ngo';
    build.names.push(nameEntry({ text: row.name, code: row.code, kind, type: 'name', actor: row.name, ambiguous: false, caseSensitive: false, note: row.note, source, group: source }));
    for (const item of row.aliases) build.names.push(nameEntry({ text: item.text, code: row.code, kind, type: 'alias', actor: row.name, ambiguous: item.ambiguous, caseSensitive: item.caseSensitive, note: row.note, source, group: source }));
  },
};
