import { z } from 'zod';
import { agentPartOf, countryOf, isSector, SECTORS } from '../../../core/actor-code.ts';
import { code, listCell, optionalText, text } from '../cells.ts';
import { namedActorEntries } from '../entries.ts';
import { claimCode, type GazetteerSource } from '../source.ts';

/** groups.tsv: one armed or political group per line. */
export const groupRowSchema = z.object({
  code: code(/^[A-Z]{3}[A-Z]{3}[A-Z]{3}$/, 'country or IMG, sector, group (PSEINSHMS)').refine(
    (value) => isSector(agentPartOf(value)),
    { message: `letters 4-6 must be a sector: ${SECTORS.join(' ')}` },
  ),
  name: text,
  aliases: listCell,
  note: optionalText,
});

/** Armed and political groups of a country, or multinational (IMG). */
export const groups: GazetteerSource<z.infer<typeof groupRowSchema>> = {
  file: 'groups.tsv',
  schema: groupRowSchema,
  addRow(row, source, build) {
    claimCode(build, row.code, source);
    const country = countryOf(row.code);
    if (country !== 'IMG' && !build.countryDisplay.has(country)) build.problems.push(`${source}: code: ${country} is neither a country in countries.tsv nor IMG`);
    build.names.push(...namedActorEntries(row, 'group', source));
  },
};
