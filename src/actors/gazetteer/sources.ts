import type { GazetteerSource } from './source.ts';
import { agents } from './sources/agents.ts';
import { countries } from './sources/countries.ts';
import { countriesOverlay } from './sources/countries-overlay.ts';
import { groups } from './sources/groups.ts';
import { nonActors } from './sources/non-actors.ts';
import { officeHolders } from './sources/office-holders.ts';
import { organisations } from './sources/organisations.ts';
import { peoples } from './sources/peoples.ts';
import { places } from './sources/places.ts';

/**
 * The sources of the built-in gazetteer, in load order: a source may check codes against the
 * ones before it (the overlay and places against countries, office holders against organisations).
 */
export const GAZETTEER_SOURCES: readonly GazetteerSource<unknown>[] = [
  countries,
  countriesOverlay,
  places,
  peoples,
  organisations,
  groups,
  officeHolders,
  agents,
  nonActors,
];

/** The file names of the built-in gazetteer, in load order. */
export const GAZETTEER_FILES: readonly string[] = GAZETTEER_SOURCES.map((source) => source.file);
