import type { ActorRecord } from './actors.ts';
import type { AgentRecord } from './agents.ts';

/**
 * Actor and agent records in the shape of a Parley user dictionary (data/actors/README.md), which
 * `createCoder({ dictionaries })` and `parley code --dictionary` read.
 */
export function toUserDictionary(actors: readonly ActorRecord[], agents: readonly AgentRecord[], description: string): object {
  return {
    description,
    actors: actors.map((record) => ({
      names: record.names,
      codes: record.roles.map((role) => ({ code: role.code, ...(role.start && { from: role.start }), ...(role.end && { to: role.end }) })),
    })),
    agents: agents.map((record) => ({ names: record.names, code: record.code })),
  };
}
