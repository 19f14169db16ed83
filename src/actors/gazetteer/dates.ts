/** Days of validity of dated entries (office holders, user dictionaries). */

/** Lowest and highest ISO day a partial date ("2004", "2004-05") can mean. */
export function dayBounds(date: string): [string, string] {
  if (date.length === 4) return [`${date}-01-01`, `${date}-12-31`];
  if (date.length === 7) return [`${date}-01`, `${date}-31`];
  return [date, date];
}

/** True when an entry dated `start`..`end` holds on `date` (any ISO precision). */
export function isActiveOn(entry: { start?: string; end?: string }, date: string): boolean {
  const day = dayBounds(date)[0];
  if (entry.start !== undefined && day < dayBounds(entry.start)[0]) return false;
  if (entry.end !== undefined && day > dayBounds(entry.end)[1]) return false;
  return true;
}

/** True when two dated entries share at least one day. */
export function rangesOverlap(a: { start?: string; end?: string }, b: { start?: string; end?: string }): boolean {
  const aStart = a.start === undefined ? '0000' : dayBounds(a.start)[0];
  const aEnd = a.end === undefined ? '9999' : dayBounds(a.end)[1];
  const bStart = b.start === undefined ? '0000' : dayBounds(b.start)[0];
  const bEnd = b.end === undefined ? '9999' : dayBounds(b.end)[1];
  return aStart <= bEnd && bStart <= aEnd;
}
