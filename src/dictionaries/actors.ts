// Reads PETRARCH / Phoenix actor dictionaries (Phoenix.*.actors.txt, PETR.Validate.actors.txt):
// a primary phrase with an optional [CODE], "+" synonym lines, and tab-indented date restrictions
// ("[IRNGOV 130803-170803]", "[IGOUNO >20070101]", "[USAELI <450703]").

/** One role of an actor: a code, valid between two days (ISO, inclusive) when dated. */
export interface ActorRole {
  code: string;
  start?: string;
  end?: string;
}

/** One actor record: its names (the primary phrase first) and its roles. */
export interface ActorRecord {
  names: string[];
  roles: ActorRole[];
  /** Line of the primary phrase. */
  line: number;
}

/** Records and, per reason, what could not be read. */
export interface ActorDictionary {
  records: ActorRecord[];
  skipped: Map<string, number>;
}

function stripComment(line: string): string {
  if (line.trimStart().startsWith('<!--')) return '';
  return line.replace(/[#;].*$/, '').trimEnd();
}

/** A PETRARCH phrase as text: underscores are spaces, a final "_" (exact match) dropped. */
export function phraseText(phrase: string): string {
  return phrase.replace(/_+$/, '').replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
}

/** "130803" → "2013-08-03", "19450703" → "1945-07-03"; undefined when not a date. */
export function isoDate(text: string): string | undefined {
  let year: number;
  let rest: string;
  if (/^\d{8}$/.test(text)) [year, rest] = [Number(text.slice(0, 4)), text.slice(4)];
  else if (/^\d{6}$/.test(text)) [year, rest] = [Number(text.slice(0, 2)), text.slice(2)];
  else return undefined;
  if (text.length === 6) year += year <= 30 ? 2000 : 1900;
  const iso = `${year}-${rest.slice(0, 2)}-${rest.slice(2)}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || !date.toISOString().startsWith(iso) ? undefined : iso;
}

/**
 * "[IRNGOV 130803-170803]" → a role; a string names why it cannot be read. Spaces inside the range
 * are allowed ("[HOB < 950601]", "[HOBGOV 19950601 - 19990815]"); "ELR/GAL" is two actors' codes.
 */
function readRole(text: string): ActorRole | string {
  const [rawCode, range] = text.trim().replace(/\s*([<>])\s*/, ' $1').replace(/(\d)\s*-\s*(\d)/, '$1-$2').split(/\s+/);
  const code = rawCode.toUpperCase();
  if (!/^([A-Z0-9]{3,15}(\/[A-Z0-9]{3,15})*|---)$/.test(code)) return 'code not of letters and digits';
  if (!range) return { code };
  let match: RegExpExecArray | null;
  if ((match = /^<(\d+)$/.exec(range))) {
    const end = isoDate(match[1]);
    return end ? { code, end } : 'bad date';
  }
  if ((match = /^>(\d+)$/.exec(range))) {
    const start = isoDate(match[1]);
    return start ? { code, start } : 'bad date';
  }
  if ((match = /^(\d+)-(\d+)$/.exec(range))) {
    const [start, end] = [isoDate(match[1]), isoDate(match[2])];
    return start && end ? { code, start, end } : 'bad date';
  }
  return 'bad date';
}

/** Parses an actor dictionary. Roles with "---" are kept (the name is then not an actor). */
export function parseActorDictionary(text: string): ActorDictionary {
  const records: ActorRecord[] = [];
  const skipped = new Map<string, number>();
  const skip = (reason: string) => skipped.set(reason, (skipped.get(reason) ?? 0) + 1);
  let record: ActorRecord | undefined;
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const isDateLine = /^\s+\[/.test(raw) || /^\[/.test(raw.trim()) && /^\s/.test(raw);
    const line = stripComment(raw);
    if (line.trim() === '') continue;
    if (isDateLine) {
      if (!record) {
        skip('date line without a name');
        continue;
      }
      const role = readRole(line.trim().replace(/^\[|\].*$/g, ''));
      if (typeof role === 'string') skip(role);
      else record.roles.push(role);
      continue;
    }
    const code = /\[([^\]]*)\]/.exec(line)?.[1];
    const phrase = phraseText(line.replace(/\[[^\]]*\]/g, ' ').replace(/\{[^}]*\}/g, ' ').trim().replace(/^\+/, ''));
    if (line.trimStart().startsWith('+') && record) {
      if (phrase) record.names.push(phrase);
      continue;
    }
    if (!phrase) continue;
    record = { names: [phrase], roles: [], line: index + 1 };
    records.push(record);
    if (code !== undefined) {
      const role = readRole(code);
      if (typeof role === 'string') skip(role);
      else record.roles.push(role);
    }
  }
  return { records: records.filter((r) => r.roles.length > 0 || (skip('name without a code'), false)), skipped };
}
