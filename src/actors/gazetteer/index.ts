/** The actor gazetteer: names, agents and non-actors read from data/actors, and lookups over them. */
export { SECTORS, sectorOf } from '../../core/actor-code.ts';
export type { ActorKind, AgentEntry, Gazetteer, GazetteerData, NameEntry, NameType, NonActorEntry, PhraseMatch } from './types.ts';
export { nameKey } from './normalise.ts';
export { createGazetteer } from './lookup.ts';
export { findConflicts } from './conflicts.ts';
export { DEFAULT_GAZETTEER_DIR, loadGazetteer, readGazetteerData } from './load.ts';
export { GAZETTEER_FILES, GAZETTEER_SOURCES } from './sources.ts';
export type { GazetteerBuild, GazetteerSource } from './source.ts';
export { loadUserDictionary, mergeGazetteerData, userDictionaryEntries, userDictionarySchema, type UserDictionary } from './user-dictionary.ts';
