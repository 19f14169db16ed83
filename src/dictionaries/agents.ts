// Reads PETRARCH / Phoenix agent dictionaries (Phoenix.agents.txt, PETR.Validate.agents.txt):
// "PHRASE {PLURAL} [~SECTOR]" lines, with "!NAME! = A, B" substitution sets.
import { phraseText } from './actors.ts';

/** One agent line: its phrases (plurals added) and its code ("~GOV": after the actor's code; "NGO~": before it). */
export interface AgentRecord {
  names: string[];
  code: string;
  line: number;
}

/** Agent records and, per reason, what could not be read. */
export interface AgentDictionary {
  agents: AgentRecord[];
  skipped: Map<string, number>;
}

/** The regular plural of a phrase's last word: S, IES after a consonant + Y, ES after SS. */
function plural(phrase: string): string {
  const stem = phrase.replace(/_+$/, '');
  const upper = stem === stem.toUpperCase();
  const suffix = (text: string) => (upper ? text.toUpperCase() : text);
  if (/[^aeiou]y$/i.test(stem)) return `${stem.slice(0, -1)}${suffix('ies')}`;
  if (/ss$/i.test(stem)) return `${stem}${suffix('es')}`;
  return `${stem}${suffix('s')}`;
}

function substitute(phrase: string, sets: Map<string, string[]>): string[] {
  const match = /![A-Z]+!/.exec(phrase);
  if (!match) return [phrase];
  const words = sets.get(match[0]);
  if (!words) return [];
  return words.flatMap((word) => substitute(phrase.replace(match[0], word), sets));
}

/** Parses an agent dictionary; substitution sets are expanded, regular plurals added. */
export function parseAgentDictionary(text: string): AgentDictionary {
  const sets = new Map<string, string[]>();
  const agents: AgentRecord[] = [];
  const skipped = new Map<string, number>();
  const skip = (reason: string) => skipped.set(reason, (skipped.get(reason) ?? 0) + 1);
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    if (raw.trimStart().startsWith('<!--')) continue;
    const line = raw.replace(/#.*$/, '').trim();
    if (line === '') continue;
    const set = /^(![A-Z]+!)\s*=\s*(.*)$/.exec(line);
    if (set) {
      sets.set(set[1], set[2].split(',').map((word) => word.trim()).filter(Boolean));
      continue;
    }
    const code = /\[([^\]}]*)[\]}]/.exec(line)?.[1]?.trim().toUpperCase();
    if (!code || !/^(~[A-Z0-9]{3,9}|[A-Z0-9]{3,9}~)$/.test(code)) {
      skip('no agent code of the form ~ABC or ABC~');
      continue;
    }
    const pluralText = /\{([^}]*)\}/.exec(line)?.[1];
    const phrase = line.replace(/\[[^\]]*[\]}]/, ' ').replace(/\{[^}]*\}/, ' ').trim();
    const singulars = substitute(phrase, sets);
    if (!singulars.length) {
      skip('undefined substitution set');
      continue;
    }
    const hasMarker = /![A-Z]+!/.test(phrase);
    const plurals = pluralText === undefined ? (hasMarker ? [] : singulars.map(plural)) : pluralText.trim() ? substitute(pluralText.trim(), sets) : [];
    const names = [...new Set([...singulars, ...plurals].map(phraseText).filter(Boolean))];
    agents.push({ names, code, line: index + 1 });
  }
  return { agents, skipped };
}
