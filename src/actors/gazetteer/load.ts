import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ParleyError } from '../../core/errors.ts';
import { REPOSITORY_ROOT } from '../../core/paths.ts';
import { parseTsv } from '../../core/tsv.ts';
import { LIST_COLUMNS } from './cells.ts';
import { findConflicts } from './conflicts.ts';
import { readPhoenixData } from './phoenix.ts';
import { createGazetteer } from './lookup.ts';
import type { GazetteerBuild } from './source.ts';
import { GAZETTEER_SOURCES } from './sources.ts';
import type { Gazetteer, GazetteerData } from './types.ts';

/** The repository's data/actors folder, where the built-in gazetteer lives. */
export const DEFAULT_GAZETTEER_DIR = path.join(REPOSITORY_ROOT, 'data/actors');

/**
 * Reads and validates every file of the built-in gazetteer and builds it. Throws one
 * ParleyError('DATA_INVALID') listing every problem found, each with its file and line.
 */
export function loadGazetteer(dir: string = DEFAULT_GAZETTEER_DIR): Gazetteer {
  const data = readGazetteerData(dir);
  return createGazetteer(data);
}

/** Reads and validates the built-in data files without building the lookups. */
export function readGazetteerData(dir: string = DEFAULT_GAZETTEER_DIR): GazetteerData {
  const labelOf = (file: string) => path.relative(path.resolve(dir, '../..'), path.join(dir, file)).split(path.sep).join('/');
  const build: GazetteerBuild = {
    problems: [],
    countryNames: new Map(),
    countryDisplay: new Map(),
    codeSources: new Map(),
    agentSources: new Map(),
    names: [],
    agents: [],
    nonActors: [],
    labelOf,
  };
  for (const source of GAZETTEER_SOURCES) {
    const file = path.join(dir, source.file);
    const label = labelOf(source.file);
    if (!existsSync(file)) {
      build.problems.push(`${label}: file is missing`);
      continue;
    }
    for (const row of parseTsv(readFileSync(file, 'utf8'), label, source.schema, build.problems, { listColumns: LIST_COLUMNS })) {
      source.addRow(row.value, row.source, build);
    }
  }
  // Country names come first, as countries.tsv and its overlay left them.
  const data: GazetteerData = { names: [...build.countryNames.values(), ...build.names], agents: build.agents, nonActors: build.nonActors };
  const problems = [...build.problems, ...findConflicts(data)];
  // Phoenix actors compiled by `npm run import:dictionaries -- --actors` (not shipped: measured as no
  // gain), read from data/actors/phoenix when present, beneath Parley's own entries.
  const phoenix = readPhoenixData(dir, data, problems);
  data.names.push(...phoenix.names);
  data.agents.push(...phoenix.agents);
  if (problems.length) {
    throw new ParleyError('DATA_INVALID', `the actor gazetteer in ${dir} has ${problems.length} problem(s); fix them and run again`, problems);
  }
  return data;
}
