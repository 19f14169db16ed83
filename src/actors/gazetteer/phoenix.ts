// The Phoenix actor and agent dictionaries compiled by `npm run import:dictionaries` into
// data/actors/phoenix/*.tsv, as gazetteer entries beneath Parley's own: a name or agent word Parley
// already has is left out, so Parley's own entries and office holders win.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { SECTORS, sectorOf } from '../../core/actor-code.ts';
import { parseTsv } from '../../core/tsv.ts';
import { nameKey } from './normalise.ts';
import type { AgentEntry, GazetteerData, NameEntry } from './types.ts';

/** The compiled actor files, in load order (earlier files win a name both have). */
export const PHOENIX_ACTOR_FILES = ['countries.tsv', 'international.tsv', 'milnonstate.tsv'] as const;
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional();

const actorRowSchema = z.object({
  code: z.string().regex(/^[A-Z0-9]{3,15}$/),
  start: isoDay,
  end: isoDay,
  names: z.string(),
  source: z.string(),
});
const agentRowSchema = z.object({
  code: z.string().regex(/^(~[A-Z0-9]{3,9}|[A-Z0-9]{3,9}~)$/),
  words: z.string(),
  source: z.string(),
});

/**
 * Reads data/actors/phoenix (when present) into entries that do not clash with `own`: names whose
 * key `own` has, agent words `own` has as an agent or a name, codes of no known country, and agent
 * codes whose first three letters are no Parley sector are left out. Problems go to `problems`.
 */
export function readPhoenixData(dir: string, own: GazetteerData, problems: string[]): Pick<GazetteerData, 'names' | 'agents'> {
  const folder = path.join(dir, 'phoenix');
  if (!existsSync(folder)) return { names: [], agents: [] };
  const label = (file: string) => `data/actors/phoenix/${file}`;
  const taken = new Set(own.names.map((entry) => nameKey(entry.text)));
  const countries = new Set(own.names.filter((entry) => entry.kind === 'country').map((entry) => entry.country));
  const names: NameEntry[] = [];
  const added = new Map<string, string>();
  for (const file of PHOENIX_ACTOR_FILES) {
    if (!existsSync(path.join(folder, file))) continue;
    for (const { value: row, source } of parseTsv(readFileSync(path.join(folder, file), 'utf8'), label(file), actorRowSchema, problems)) {
      const country = row.code.slice(0, 3);
      if (!countries.has(country) && !['IGO', 'NGO', 'IMG'].includes(country)) continue;
      const dated = row.start !== undefined || row.end !== undefined;
      const kind = dated ? 'person' : country === 'IGO' ? 'igo' : country === 'NGO' ? 'ngo' : row.code.length === 3 ? 'country' : 'group';
      const type = kind === 'country' ? 'place' : 'name';
      const list = row.names.split(' | ').filter(Boolean);
      for (const text of list) {
        const key = nameKey(text);
        if (taken.has(key)) continue;
        // A name belongs to the first record that has it (a later record's same name would be a conflict).
        if (added.has(key) && added.get(key) !== row.source) continue;
        added.set(key, row.source);
        names.push({
          text, code: row.code, country, sector: sectorOf(row.code), kind, type, actor: list[0],
          ...(row.start && { start: row.start }), ...(row.end && { end: row.end }),
          ambiguous: false, caseSensitive: !text.includes(' '), source, group: row.source, layer: 0,
        });
      }
    }
  }
  const sectors = new Set<string>(SECTORS);
  const agents: AgentEntry[] = [];
  const ownAgents = new Set(own.agents.map((agent) => nameKey(agent.text)));
  const agentFile = path.join(folder, 'agents.tsv');
  if (existsSync(agentFile)) {
    for (const { value: row, source } of parseTsv(readFileSync(agentFile, 'utf8'), label('agents.tsv'), agentRowSchema, problems)) {
      const sector = row.code.replace('~', '').slice(0, 3);
      if (!sectors.has(sector)) continue;
      for (const text of row.words.split(' | ').filter(Boolean)) {
        const key = nameKey(text);
        if (ownAgents.has(key) || taken.has(key)) continue;
        ownAgents.add(key);
        agents.push({ text, sector, prefix: row.code.endsWith('~'), source, layer: 0 });
      }
    }
  }
  return { names, agents };
}
