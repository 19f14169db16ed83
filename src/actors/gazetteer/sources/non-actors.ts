import { z } from 'zod';
import { listCell, optionalText } from '../cells.ts';
import { nameKey } from '../normalise.ts';
import type { GazetteerSource } from '../source.ts';

/** non-actors.tsv: words and phrases that look like actors but are not. */
export const nonActorRowSchema = z.object({
  words: listCell.refine((items) => items.length > 0, 'needs at least one word'),
  note: optionalText,
});

/** Non-actors: words and phrases that look like actors but are not ("analysts", "New Mexico"). */
export const nonActors: GazetteerSource<z.infer<typeof nonActorRowSchema>> = {
  file: 'non-actors.tsv',
  schema: nonActorRowSchema,
  addRow(row, source, build) {
    for (const item of row.words) {
      const key = nameKey(item.text);
      if (build.agentSources.has(key)) build.problems.push(`${source}: words: "${item.text}" is also an agent at ${build.agentSources.get(key)}`);
      build.nonActors.push({ text: item.text, note: row.note, source });
    }
  },
};
