import { z } from 'zod';
import { SECTORS } from '../../../core/actor-code.ts';
import { listCell, optionalText } from '../cells.ts';
import { nameKey } from '../normalise.ts';
import type { GazetteerSource } from '../source.ts';

/** agents.tsv: one sector-giving word per line with its forms. */
export const agentRowSchema = z.object({
  sector: z.enum(SECTORS),
  words: listCell.refine((items) => items.length > 0, 'needs at least one word'),
  note: optionalText,
});

/** Agents: words that give a sector to the actor they belong to ("troops" → MIL). */
export const agents: GazetteerSource<z.infer<typeof agentRowSchema>> = {
  file: 'agents.tsv',
  schema: agentRowSchema,
  addRow(row, source, build) {
    for (const item of row.words) {
      const key = nameKey(item.text);
      const previous = build.agentSources.get(key);
      if (previous) build.problems.push(`${source}: words: "${item.text}" is already an agent at ${previous}`);
      build.agentSources.set(key, source);
      build.agents.push({ text: item.text, sector: row.sector, prefix: false, caseSensitive: item.caseSensitive || undefined, note: row.note, source, layer: 0 });
    }
  },
};
