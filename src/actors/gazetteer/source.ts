import type { z } from 'zod';
import type { AgentEntry, NameEntry, NonActorEntry } from './types.ts';

/**
 * The gazetteer as the loader builds it, file after file. Sources add entries and report
 * problems here; later sources check their codes against what earlier ones defined.
 */
export interface GazetteerBuild {
  /** Every problem found so far, each with its file and line. */
  problems: string[];
  /** Country names keyed by `${code}\t${nameKey}`, so the overlay can re-flag or remove them; they come first in the gazetteer. */
  countryNames: Map<string, NameEntry>;
  /** Display name of each country in countries.tsv, by code. */
  countryDisplay: Map<string, string>;
  /** Organisation and group codes, with the line that defined them. */
  codeSources: Map<string, string>;
  /** Agent word keys, with the line that defined them. */
  agentSources: Map<string, string>;
  names: NameEntry[];
  agents: AgentEntry[];
  nonActors: NonActorEntry[];
  /** The label ("data/actors/countries.tsv") of a file of the gazetteer. */
  labelOf(file: string): string;
}

/**
 * One file of the built-in gazetteer: its name in data/actors, the schema of its rows, and how a
 * row becomes entries. Adding a source is adding one such module to GAZETTEER_SOURCES.
 */
export interface GazetteerSource<Row> {
  /** File name in the gazetteer folder ("countries.tsv"). */
  readonly file: string;
  /** Schema of one row (checked by parseTsv). */
  readonly schema: z.ZodType<Row> & { shape: object };
  /** Adds the entries of one valid row (read at `source`, "data/actors/x.tsv:14") to the build. */
  addRow(row: Row, source: string, build: GazetteerBuild): void;
}

/** Records that `code` is defined at `source`, reporting a second definition of it. */
export function claimCode(build: GazetteerBuild, code: string, source: string): void {
  const previous = build.codeSources.get(code);
  if (previous) build.problems.push(`${source}: code: ${code} is already defined at ${previous}`);
  build.codeSources.set(code, source);
}
