import type { Token } from '../core/document.ts';
import type { Gazetteer } from './gazetteer/index.ts';
import type { Unit } from './match-units.ts';

/** Words that open a name and may stand alone before "and" when the rest of the name is shared. */
const NAME_OPENERS: ReadonlySet<string> = new Set(['North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western']);

/**
 * "North and South Korean officials", "North and South Korea": a name opener standing alone
 * before "and", whose rest it shares with the name after "and", is that other name: the plain
 * unit "North" takes the readings of "North Korean". Other units are kept as they are.
 */
export function completeElidedNames(tokens: readonly Token[], units: readonly Unit[], gazetteer: Gazetteer, date?: string): Unit[] {
  return units.map((unit, i) => {
    if (unit.names.length > 0 || unit.agent || unit.end - unit.start !== 1 || !NAME_OPENERS.has(tokens[unit.start].form)) return unit;
    const [and, next] = [units[i + 1], units[i + 2]];
    if (!and || tokens[and.start].form.toLowerCase() !== 'and' || !next || next.names.length === 0 || next.end - next.start < 2) return unit;
    if (!NAME_OPENERS.has(tokens[next.start].form)) return unit;
    const rest = tokens.slice(next.start + 1, next.end).map((token) => token.form).join(' ');
    const names = gazetteer.lookup(`${tokens[unit.start].form} ${rest}`, date).filter((entry) => entry.kind === 'country');
    return names.length > 0 ? { ...unit, names } : unit;
  });
}
