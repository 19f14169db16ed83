import { isActiveOn } from './dates.ts';
import { caseMatches, firstWordOf, nameKey, wordKey } from './normalise.ts';
import type { AgentEntry, Gazetteer, GazetteerData, NameEntry, NonActorEntry } from './types.ts';

/** Builds the lookups from entries; pure, so a test can build one from three rows. */
export function createGazetteer(data: Partial<GazetteerData>): Gazetteer {
  const full: GazetteerData = { names: data.names ?? [], agents: data.agents ?? [], nonActors: data.nonActors ?? [] };
  const names = new Map<string, NameEntry[]>();
  const agents = new Map<string, AgentEntry>();
  const nonActors = new Map<string, NonActorEntry>();
  let maxWords = 1;
  const note = (key: string) => {
    maxWords = Math.max(maxWords, key.split(' ').length);
  };
  for (const entry of full.names) {
    const key = nameKey(entry.text);
    const list = names.get(key);
    if (list) list.push(entry);
    else names.set(key, [entry]);
    note(key);
  }
  for (const entry of full.agents) {
    const key = nameKey(entry.text);
    const existing = agents.get(key);
    if (!existing || entry.layer >= existing.layer) agents.set(key, entry);
    note(key);
  }
  for (const entry of full.nonActors) {
    nonActors.set(nameKey(entry.text), entry);
    note(nameKey(entry.text));
  }

  // The first word of every key, with the most words a key starting with it has, so that
  // matchPhrase skips words that start nothing and stops as soon as no key can be that long.
  const firstWords = new Map<string, number>();
  for (const map of [names, agents, nonActors] as Map<string, unknown>[]) {
    for (const key of map.keys()) {
      const words = key.split(' ');
      firstWords.set(words[0], Math.max(firstWords.get(words[0]) ?? 0, words.length));
    }
  }
  // Every key, names', agents' and non-actors', for one test per phrase.
  const known = new Set<string>([...names.keys(), ...agents.keys(), ...nonActors.keys()]);
  // The key of each word of a sentence and how many words that key has, computed once per words array.
  const wordKeys = new WeakMap<readonly string[], { keys: string[]; counts: number[] }>();
  const keysOf = (words: readonly string[]): { keys: string[]; counts: number[] } => {
    let found = wordKeys.get(words);
    if (!found) {
      const keys = words.map((word) => wordKey(word));
      found = { keys, counts: keys.map((key) => key.split(' ').length) };
      wordKeys.set(words, found);
    }
    return found;
  };

  /** An agent flagged `case` counts only as written (or in capitals). */
  function agentAsWritten(agent: AgentEntry | undefined, text: string): AgentEntry | undefined {
    return agent?.caseSensitive && !caseMatches(agent, text) ? undefined : agent;
  }

  function lookup(text: string, date?: string): NameEntry[] {
    const seen = new Set<string>();
    const entries = names.get(nameKey(text)) ?? [];
    // One row can list spellings that share a key ("NATO", "Nato"): report its actor once.
    let found = entries.filter((entry) => {
      if (entry.caseSensitive && !caseMatches(entry, text)) return false;
      if (entries.length === 1) return true;
      const id = `${entry.group}\t${entry.code}\t${entry.start}\t${entry.end}`;
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    });
    if (found.length === 0) return found;
    const top = Math.max(...found.map((entry) => entry.layer));
    found = found.filter((entry) => entry.layer === top);
    if (date === undefined) return found;
    found = found.filter((entry) => isActiveOn(entry, date));
    const datedGroups = new Set(found.filter((e) => e.start !== undefined || e.end !== undefined).map((e) => e.group));
    return found.filter((e) => e.start !== undefined || e.end !== undefined || !datedGroups.has(e.group));
  }

  return {
    data: full,
    maxWords,
    lookup,
    lookupDemonym: (text) => lookup(text).filter((entry) => entry.type === 'demonym'),
    lookupAgent: (text) => agentAsWritten(agents.get(nameKey(text)), text),
    lookupOfficeHolder: (text, date) => lookup(text, date).filter((entry) => entry.kind === 'person'),
    isNonActor: (text) => nonActors.has(nameKey(text)),
    matchPhrase(words, start, date, end = words.length) {
      // Most words begin no known phrase: look the first word up before building any phrase.
      const { keys, counts } = keysOf(words);
      const first = firstWordOf(words, keys, start);
      const most = first === undefined ? undefined : firstWords.get(first);
      if (most === undefined) return undefined;
      // Build the key word by word (the key of a phrase is its words' keys joined, less a
      // leading "the"), note the lengths that are known keys, then try them longest first.
      const stop = Math.min(end, words.length, start + maxWords);
      const hits: { length: number; key: string }[] = [];
      let key = '';
      let count = 0;
      for (let i = start; i < stop; i++) {
        const word = keys[i];
        if (word !== '') {
          key = key === '' ? word : `${key} ${word}`;
          count += counts[i];
        }
        const phraseKey = key.startsWith('the ') ? key.slice(4) : key;
        if (count > most + 1) break;
        if (phraseKey !== '' && known.has(phraseKey)) hits.push({ length: i - start + 1, key: phraseKey });
      }
      for (let h = hits.length - 1; h >= 0; h--) {
        const { length, key: phraseKey } = hits[h];
        const nonActor = nonActors.get(phraseKey);
        const agent = agentAsWritten(agents.get(phraseKey), words.slice(start, start + length).join(' '));
        const found = names.has(phraseKey) ? lookup(words.slice(start, start + length).join(' '), date) : [];
        if (nonActor || agent || found.length > 0) return { length, names: nonActor ? [] : found, agent, nonActor };
      }
      return undefined;
    },
  };
}

