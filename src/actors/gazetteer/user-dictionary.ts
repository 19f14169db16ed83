import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ParleyError } from '../../core/errors.ts';
import { nameEntry } from './entries.ts';
import { text } from './cells.ts';
import type { AgentEntry, GazetteerData, NameEntry } from './types.ts';

const userCode = z
  .string()
  .trim()
  .transform((value) => value.toUpperCase())
  .pipe(z.string().regex(/^(---|\+\+\+|[A-Z0-9]{3,12}(\/[A-Z0-9]{3,12})*)$/, 'expected a code such as ARN, USAGOV or IMGINSAQD, "---" for "not an actor", or codes joined by "/"'));
const userDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

/** A user dictionary (documented in data/actors/README.md); the PETRARCH validation file has this shape. */
export const userDictionarySchema = z.object({
  description: z.string().optional(),
  source: z.unknown().optional(),
  actors: z
    .array(
      z.object({
        names: z.array(text).min(1),
        codes: z
          .array(
            z
              .object({ code: userCode, from: userDate.optional(), to: userDate.optional(), before: userDate.optional(), after: userDate.optional() })
              .strict(),
          )
          .min(1),
        note: z.string().optional(),
      }),
    )
    .default([]),
  agents: z
    .array(
      z.object({
        names: z.array(text).min(1),
        code: z.string().regex(/^(~[A-Z0-9]{3,9}|[A-Z0-9]{3,9}~|[A-Z]{3})$/, 'expected a sector: "GOV", "~GOV" (after the actor code) or "NGO~" (before it)'),
        note: z.string().optional(),
      }),
    )
    .default([]),
  agent_substitutions: z.record(z.string(), z.array(text)).default({}),
});

export type UserDictionary = z.infer<typeof userDictionarySchema>;

function shiftDay(date: string, days: number): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

/** Expands PETRARCH-style substitutions: "!PERSON! OF THE YEAR" → "MAN OF THE YEAR", "WOMAN OF ...". */
function expandSubstitutions(name: string, substitutions: Record<string, string[]>): string[] {
  const match = /![A-Z]+!/.exec(name);
  if (!match || !substitutions[match[0]]) return [name];
  return substitutions[match[0]].flatMap((word) => expandSubstitutions(name.replace(match[0], word), substitutions));
}

/** Turns a parsed user dictionary into gazetteer entries on `layer` (1 for the first dictionary). */
export function userDictionaryEntries(dictionary: UserDictionary, label: string, layer = 1): GazetteerData {
  const names: NameEntry[] = [];
  dictionary.actors.forEach((actor, index) => {
    const source = `${label}: actors[${index}]`;
    const display = actor.names[0];
    for (const rawName of actor.names) {
      for (const name of expandSubstitutions(rawName, dictionary.agent_substitutions)) {
        for (const dated of actor.codes) {
          const start = dated.from ?? (dated.after ? shiftDay(dated.after, 1) : undefined);
          const end = dated.to ?? (dated.before ? shiftDay(dated.before, -1) : undefined);
          for (const part of dated.code.split('/')) {
            names.push(nameEntry({ text: name, code: part, kind: 'user', type: 'name', actor: display, start, end, ambiguous: false, caseSensitive: false, note: actor.note, source, group: source, layer }));
          }
        }
      }
    }
  });
  const agents: AgentEntry[] = [];
  dictionary.agents.forEach((agent, index) => {
    const source = `${label}: agents[${index}]`;
    const prefix = agent.code.endsWith('~');
    const sector = agent.code.replace('~', '');
    for (const rawName of agent.names) {
      for (const name of expandSubstitutions(rawName, dictionary.agent_substitutions)) {
        agents.push({ text: name, sector, prefix, note: agent.note, source, layer });
      }
    }
  });
  return { names, agents, nonActors: [] };
}

/** Reads and validates a user dictionary (JSON) into entries that sit on top of the built-in ones. */
export function loadUserDictionary(file: string, layer = 1): GazetteerData {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ParleyError('DATA_INVALID', `${file}: cannot read the user dictionary: ${(error as Error).message}`);
  }
  const parsed = userDictionarySchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${file}: ${issue.path.join('.')}: ${issue.message}`);
    throw new ParleyError('DATA_INVALID', `the user dictionary ${file} has ${problems.length} problem(s)`, problems);
  }
  return userDictionaryEntries(parsed.data, file, layer);
}

/** Puts gazetteer data together; entries keep their layers, so later user dictionaries win. */
export function mergeGazetteerData(...parts: Partial<GazetteerData>[]): GazetteerData {
  return {
    names: parts.flatMap((part) => part.names ?? []),
    agents: parts.flatMap((part) => part.agents ?? []),
    nonActors: parts.flatMap((part) => part.nonActors ?? []),
  };
}
