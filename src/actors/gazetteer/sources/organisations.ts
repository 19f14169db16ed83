import { z } from 'zod';
import { countryOf } from '../../../core/actor-code.ts';
import { code, listCell, optionalText, text } from '../cells.ts';
import { namedActorEntries } from '../entries.ts';
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
    build.names.push(...namedActorEntries(row, kind, source));
  },
};
